/**
 * Criteria: each node becomes one kernel writing a status slot for a block of rows. Children are
 * compiled (and so emitted) before their parent, which makes the kernel list a valid evaluation
 * order without any scheduling.
 */
import { ALL_TABLE, ANY_TABLE, FAIL, MANUAL, NOT_TABLE, PASS, UNKNOWN } from "../status";
import type { CInput, CNode, CThreshold, Citation } from "../compiled";
import type { CompareOp, LocalizedText, NodeDef, NodeMeta, ThresholdDef } from "../types";
import { cite, joinNotes, param, type CompileEnv } from "./env";
import { declaredInput } from "./inputs";
import { combineKernel, compareConstKernel, compareRowKernel, fillKernel, flagKernel, inKernel, lookupKernel, notKernel, passRange, switchKernel } from "./kernels";
import { compileScore } from "./score";

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

/** Shared node fields: id, label, citation, uncertainty; registers named ids. */
interface Header {
  readonly id: string;
  readonly named: boolean;
  readonly citation: Citation;
  readonly uncertain: boolean;
  readonly note?: string;
  readonly st: number;
  readonly miss: number;
  readonly missingReason?: LocalizedText;
  readonly ceiling?: true;
}

const header = (env: CompileEnv, def: NodeMeta, path: string, inherited: Citation, naming: Naming): Header => {
  const explicit = naming.ignoreOwnId ? undefined : def.id;
  const id = explicit ?? naming.fallbackId;
  if (env.ids.has(id)) env.problems.add(`${path}.id`, `duplicate id "${id}"`);
  env.ids.add(id);
  const st = env.b.slot("st");
  if (explicit !== undefined) env.named.set(explicit, st);
  const citation = def.source ? cite(env, def.source, `${path}.source`) : inherited;
  const note = joinNotes(def.note);
  return {
    id,
    named: explicit !== undefined,
    citation,
    uncertain: def.uncertain === true,
    st,
    miss: def.if_missing ? MANUAL : UNKNOWN,
    ...(note ? { note } : {}),
    ...(def.if_missing ? { missingReason: def.if_missing.manual } : {}),
    ...(def.ceiling ? { ceiling: true as const } : {}),
  };
};

/**
 * Identical leaf conditions (the size table repeats "staff ≥ 20" across industries) are computed
 * once per block: the first emits its kernel, later ones reuse its status slot.
 */
const reuse = (env: CompileEnv, h: Header, key: string, emit: () => void): number => {
  const known = env.cse.get(key);
  if (known === undefined) {
    emit();
    env.cse.set(key, h.st);
    return h.st;
  }
  if (h.named) env.named.set(h.id, known);
  return known;
};

/** Children that are switched on: a child with enabled_by drops out when its parameter is false. */
export const enabled = (env: CompileEnv, nodes: readonly NodeDef[], path: string): { node: NodeDef; index: number }[] =>
  nodes
    .map((node, index) => ({ node, index }))
    .filter(({ node, index }) => {
      if (node.enabled_by === undefined) return true;
      const on = param(env, node.enabled_by, "boolean", `${path}.${index}.enabled_by`)?.value !== false;
      // A switched-off criterion still declares what it would read: its inputs are not "unused".
      if (!on) markInputsOf(env, node);
      return on;
    });

/** Records the inputs a criterion refers to, transitively, without compiling it. */
const markInputsOf = (env: CompileEnv, node: NodeDef): void => {
  const mark = (id: string): void => {
    const def = env.def.inputs[id];
    if (!def || env.usedInputs.has(id)) return;
    env.usedInputs.add(id);
    const walk = (v: unknown): void => {
      if (typeof v === "string") mark(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    walk(def);
  };
  const visit = (n: NodeDef): void => {
    if ("all" in n) n.all.forEach(visit);
    else if ("any" in n) n.any.forEach(visit);
    else if ("not" in n) visit(n.not);
    else if ("compare" in n) {
      mark(n.compare[0]);
      const th = n.compare[2];
      if (typeof th === "object" && "lookup" in th) mark(th.lookup.input);
    } else if ("flag" in n) mark(n.flag);
    else if ("in" in n) mark(n.in[0]);
    else if ("manual" in n) {
      if (n.manual.fact !== undefined) mark(n.manual.fact);
      if (n.manual.detail !== undefined) mark(n.manual.detail);
    } else if ("switch" in n) {
      mark(n.switch.on);
      Object.values(n.switch.cases).forEach(visit);
    }
  };
  visit(node);
};

const threshold = (env: CompileEnv, def: ThresholdDef, path: string): CThreshold | undefined => {
  if (typeof def === "number") return { kind: "const", value: def, uncertain: false };
  if ("param" in def) {
    const p = param(env, def.param, "number", `${path}.param`);
    if (!p || typeof p.value !== "number") return undefined;
    const paramCitation = p.source ? cite(env, p.source, `parameters.${def.param}.source`) : undefined;
    return {
      kind: "const",
      value: p.value,
      param: def.param,
      uncertain: p.uncertain === true,
      ...(paramCitation ? { paramCitation } : {}),
      ...(p.note ? { note: p.note } : {}),
    };
  }
  const l = def.lookup;
  const input = declaredInput(env, l.input, `${path}.lookup.input`);
  if (!input) return undefined;
  if (input.type !== "number") env.problems.add(`${path}.lookup.input`, `"${l.input}" is not numeric`);
  const dir = l.at_most ? "at_most" : "at_least";
  const rows = l.at_most ?? l.at_least ?? [];
  if ((l.at_most === undefined) === (l.at_least === undefined)) env.problems.add(`${path}.lookup`, "give exactly one of at_most, at_least");
  checkOrder(env, rows, dir, `${path}.lookup.${dir}`);
  const slot = env.b.slot("num");
  const otherwise = l.else;
  env.b.emit(lookupKernel, { input: input.slot, out: slot, dir, rows, otherwise });
  return { kind: "lookup", slot, input, dir, rows, otherwise };
};

/** Band and lookup rows must be ordered so that the first matching row is the intended one. */
export const checkOrder = (env: CompileEnv, rows: readonly (readonly [number, number])[], dir: "at_most" | "at_least", path: string): void => {
  for (let i = 1; i < rows.length; i++) {
    const prev = (rows[i - 1] as readonly [number, number])[0];
    const cur = (rows[i] as readonly [number, number])[0];
    if (dir === "at_least" ? cur >= prev : cur <= prev) {
      env.problems.add(`${path}.${i}`, `${dir} bounds must be strictly ${dir === "at_least" ? "descending" : "ascending"}`);
    }
  }
};

const OP_TEXT: Readonly<Record<CompareOp, string>> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "=", "!=": "≠" };

const compareLabel = (input: CInput, op: CompareOp, th: CThreshold): LocalizedText => {
  const v = th.kind === "const" ? String(th.value) : "…";
  return t(`${input.label.zh} ${OP_TEXT[op]} ${v}`, `${input.label.en} ${OP_TEXT[op]} ${v}`);
};

const typed = (env: CompileEnv, input: CInput | undefined, type: CInput["type"], path: string): CInput | undefined => {
  if (!input) return undefined;
  if (input.type !== type) {
    env.problems.add(path, `"${input.id}" is a ${input.type}, expected a ${type}`);
    return undefined;
  }
  return input;
};

/**
 * How an unnamed node is called: after its nearest named ancestor (`route.1`, `i_ip.0`), so ids
 * stay short and stable when unrelated parts of the file change. `ignoreOwnId`: a veto's id names
 * the veto, not the condition inside it.
 */
export interface Naming {
  readonly fallbackId: string;
  readonly ignoreOwnId?: boolean;
}

/** Compiles a criterion and its sub-criteria; undefined after recording a problem. */
export const compileNode = (env: CompileEnv, def: NodeDef, path: string, inherited: Citation, naming: Naming): CNode | undefined => {
  const h = header(env, def, path, inherited, naming);
  const { st, miss } = h;
  const base = { id: h.id, named: h.named, citation: h.citation, uncertain: h.uncertain, st, ...(h.note ? { note: h.note } : {}), ...(h.missingReason ? { missingReason: h.missingReason } : {}), ...(h.ceiling ? { ceiling: h.ceiling } : {}) };

  if ("all" in def || "any" in def) {
    const [kind, list] = "all" in def ? (["all", def.all] as const) : (["any", def.any] as const);
    const kids = enabled(env, list, `${path}.${kind}`)
      .map(({ node, index }) => compileNode(env, node, `${path}.${kind}.${index}`, h.citation, { fallbackId: `${h.id}.${index}` }))
      .filter((c): c is CNode => c !== undefined);
    if (kids.length === 0) {
      env.problems.add(`${path}.${kind}`, "no criteria (after parameters switched some off)");
      return undefined;
    }
    const table = kind === "all" ? ALL_TABLE : ANY_TABLE;
    env.b.emit(combineKernel, { st, children: kids.map((c) => c.st), table, init: -1 });
    const label = def.label ?? (kind === "all" ? t("同时满足以下条件", "All of the following") : t("满足以下任一条件", "Any of the following"));
    return { ...base, kind, label, children: kids };
  }

  if ("not" in def) {
    const child = compileNode(env, def.not, `${path}.not`, h.citation, { fallbackId: `${h.id}.not` });
    if (!child) return undefined;
    emitNot(env, st, child.st);
    return { ...base, kind: "not", label: def.label ?? t(`不得：${child.label.zh}`, `Must not: ${child.label.en}`), child };
  }

  if ("compare" in def) {
    const [inputId, op, thDef] = def.compare;
    const input = typed(env, declaredInput(env, inputId, `${path}.compare.0`), "number", `${path}.compare.0`);
    const th = threshold(env, thDef, `${path}.compare.2`);
    if (!input || !th) return undefined;
    const shared = reuse(env, h, `compare|${input.slot}|${op}|${th.kind === "const" ? th.value : `row${th.slot}`}|${miss}`, () => {
      if (th.kind === "const") {
        const [lo, hi, inside, outside] = passRange(op, th.value);
        env.b.emit(compareConstKernel, { input: input.slot, st, lo, hi, inside, outside, miss });
      } else {
        env.b.emit(compareRowKernel, { input: input.slot, bound: th.slot, st, op, miss });
      }
    });
    const uncertain = h.uncertain || input.uncertain || (th.kind === "const" && th.uncertain);
    const note = joinNotes(h.note, input.note, th.kind === "const" ? th.note : undefined);
    return { ...base, st: shared, uncertain, ...(note ? { note } : {}), kind: "compare", label: def.label ?? compareLabel(input, op, th), input, op, threshold: th };
  }

  if ("flag" in def) {
    const input = typed(env, declaredInput(env, def.flag, `${path}.flag`), "boolean", `${path}.flag`);
    if (!input) return undefined;
    const expect = def.expect ?? true;
    if (!expect && !def.label) env.problems.add(`${path}.label`, "a flag expecting false needs its own label (the condition as it must hold)");
    const shared = reuse(env, h, `flag|${input.slot}|${expect}|${miss}`, () => emitFlag(env, st, input.slot, expect, miss));
    return { ...base, st: shared, uncertain: h.uncertain || input.uncertain, kind: "flag", label: def.label ?? input.label, input, expect };
  }

  if ("in" in def) {
    const [inputId, values] = def.in;
    const input = typed(env, declaredInput(env, inputId, `${path}.in.0`), "category", `${path}.in.0`);
    if (!input) return undefined;
    if (input.values) {
      for (const v of values) if (!input.values.includes(v)) env.problems.add(`${path}.in.1`, `"${v}" is not a value of ${inputId} (${input.values.join(", ")})`);
    }
    emitIn(env, st, input, values, miss);
    return { ...base, kind: "in", label: def.label ?? t(`${input.label.zh}属于${values.join("、")}`, `${input.label.en} in ${values.join(", ")}`), input, values };
  }

  if ("manual" in def) {
    const m = def.manual;
    const input = m.fact === undefined ? undefined : typed(env, declaredInput(env, m.fact, `${path}.manual.fact`), "boolean", `${path}.manual.fact`);
    const detail = m.detail === undefined ? undefined : declaredInput(env, m.detail, `${path}.manual.detail`);
    if (m.fact === undefined && !def.label) env.problems.add(`${path}.label`, "a manual criterion without a fact needs a label");
    if (input) emitFlag(env, st, input.slot, true, MANUAL);
    else env.b.emit(fillKernel, { st, value: MANUAL });
    const label = def.label ?? input?.label ?? t("人工审核", "Manual review");
    return { ...base, kind: "manual", label, reason: m.reason, ...(input ? { input } : {}), ...(detail ? { detail } : {}) };
  }

  if ("switch" in def) {
    const sw = def.switch;
    const input = typed(env, declaredInput(env, sw.on, `${path}.switch.on`), "category", `${path}.switch.on`);
    if (!input) return undefined;
    if (!input.values) {
      env.problems.add(`${path}.switch.on`, `"${sw.on}" must be a derived category (gbt4754) so every value has a case`);
      return undefined;
    }
    for (const key of Object.keys(sw.cases)) if (!input.values.includes(key)) env.problems.add(`${path}.switch.cases.${key}`, `"${key}" is not a value of ${sw.on}`);
    const cases: CNode[] = [];
    for (const value of input.values) {
      const caseDef = sw.cases[value];
      if (!caseDef) {
        env.problems.add(`${path}.switch.cases`, `no case for "${value}"`);
        continue;
      }
      const c = compileNode(env, caseDef, `${path}.switch.cases.${value}`, h.citation, { fallbackId: `${h.id}.${value}` });
      if (c) cases.push(c);
    }
    if (cases.length !== input.values.length) return undefined;
    env.b.emit(switchKernel, { input: input.slot, st, miss, cases: cases.map((c) => c.st) });
    return { ...base, kind: "switch", label: def.label ?? t(`按${input.label.zh}适用`, `By ${input.label.en}`), input, cases };
  }

  if ("score" in def) {
    const score = compileScore(env, def.score, `${path}.score`, h.citation, st);
    if (!score) return undefined;
    return { ...base, kind: "score", label: def.label ?? t("评价得分", "Score"), score };
  }

  env.problems.add(path, "unrecognised criterion");
  return undefined;
};

export const emitNot = (env: CompileEnv, st: number, child: number): void => {
  env.b.emit(notKernel, { src: child, st, map: NOT_TABLE });
};

const emitFlag = (env: CompileEnv, st: number, slot: number, expect: boolean, miss: number): void => {
  // Indexed by the boolean encoding: unknown, false, true.
  const map = Uint8Array.of(miss, expect ? FAIL : PASS, expect ? PASS : FAIL);
  env.b.emit(flagKernel, { src: slot, st, map });
};

const emitIn = (env: CompileEnv, st: number, input: CInput, values: readonly string[], miss: number): void => {
  const match = input.values ? Uint8Array.from(input.values, (v) => (values.includes(v) ? 1 : 0)) : undefined;
  env.b.emit(inKernel, { input: input.slot, st, miss, match, rawKey: input.rawCategoryKey, values });
};
