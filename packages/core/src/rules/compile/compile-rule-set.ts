/**
 * compileRuleSet: checks a definition's cross-references (documents, inputs, parameters, ids,
 * classes) and turns it into kernels. The zod schema in @parkpilot/rules checks the shape of a
 * file; this checks what a schema cannot, and runs the same whether the definition came from a
 * shipped YAML file, an overlay or a test.
 */
import { isIsoDate } from "../dates";
import { resolveFact } from "../fact-keys";
import { ALL_TABLE, FAIL, MANUAL, PASS, UNKNOWN } from "../status";
import type { CClass, CNode, CompiledRuleSet } from "../compiled";
import type { RuleSetDef } from "../types";
import { cite, type CompileEnv } from "./env";
import { declaredInput } from "./inputs";
import { compileNode, emitNot, enabled } from "./nodes";
import { Problems, RuleSetError, type RuleProblem } from "./problems";
import { ProgramBuilder, type BlockContext } from "./program";
import { combineKernel } from "./kernels";

const MAX_CLASSES = 16;

/**
 * A ceiling (NodeMeta.ceiling) is a top-level condition of eligible_when with an id: the one
 * place where "outgrown" has a meaning (the conditions closeness counts). Anywhere else it is
 * a mistake in the file, reported where it stands.
 */
const checkCeilings = (def: RuleSetDef, problems: Problems): void => {
  const root = def.eligible_when;
  const allowed = new Set<unknown>(root ? ("all" in root ? root.all : [root]) : []);
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}.${i}`));
      return;
    }
    if (value === null || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    if (record.ceiling === true) {
      if (!allowed.has(value)) problems.add(`${path}.ceiling`, "a ceiling must be a top-level condition of eligible_when");
      else if (typeof record.id !== "string") problems.add(`${path}.ceiling`, "a ceiling needs an id");
    }
    for (const [key, v] of Object.entries(record)) visit(v, `${path}.${key}`);
  };
  for (const key of ["eligible_when", "vetoes", "classes"] as const) visit(def[key], key);
};

const build = (def: RuleSetDef): { compiled: CompiledRuleSet | undefined; problems: readonly RuleProblem[] } => {
  const problems = new Problems();
  const env: CompileEnv = {
    def,
    b: new ProgramBuilder(),
    problems,
    inputs: new Map(),
    factInputs: new Map(),
    inProgress: new Set(),
    usedInputs: new Set(),
    usedDocs: new Set(),
    usedParams: new Set(),
    reads: new Set(),
    ids: new Set(),
    named: new Map(),
    cse: new Map(),
    score: undefined,
  };

  if (!isIsoDate(def.effective_from)) problems.add("effective_from", `not a date: ${def.effective_from}`);
  if (def.effective_to !== undefined && def.effective_to !== null) {
    if (!isIsoDate(def.effective_to)) problems.add("effective_to", `not a date: ${def.effective_to}`);
    else if (def.effective_to <= def.effective_from) problems.add("effective_to", "must be after effective_from");
  }
  const citation = cite(env, def.source, "source");
  for (const [id, p] of Object.entries(def.parameters ?? {})) {
    if (p.source) cite(env, p.source, `parameters.${id}.source`);
    else problems.add(`parameters.${id}.source`, "every parameter needs a citation");
  }
  if (def.overlay) cite(env, def.overlay.source, "overlay.source");
  checkCeilings(def, problems);

  const vetoes: CNode[] = [];
  let eligibleWhen: CNode | undefined;
  let classes: CClass[] | undefined;
  let rootSlot = -1;

  if (def.kind === "eligibility") {
    if (!def.eligible_when) problems.add("eligible_when", "an eligibility rule set needs eligible_when");
    if (def.classes || def.exports) problems.add("classes", "classes and exports belong to classification rule sets");
    for (const { node, index } of enabled(env, def.vetoes ?? [], "vetoes")) {
      const path = `vetoes.${index}`;
      const id = node.id ?? `veto.${index}`;
      const inner = compileNode(env, node, path, citation, { fallbackId: `${id}.if`, ignoreOwnId: true });
      if (!inner) continue;
      if (env.ids.has(id)) problems.add(`${path}.id`, `duplicate id "${id}"`);
      env.ids.add(id);
      const st = env.b.slot("st");
      if (node.id !== undefined) env.named.set(node.id, st);
      emitNot(env, st, inner.st);
      vetoes.push({
        id,
        named: node.id !== undefined,
        label: node.label ?? inner.label,
        citation: inner.citation,
        uncertain: inner.uncertain,
        ...(inner.note ? { note: inner.note } : {}),
        st,
        kind: "veto",
        child: inner,
      });
    }
    if (def.eligible_when) eligibleWhen = compileNode(env, def.eligible_when, "eligible_when", citation, { fallbackId: "eligible_when" });
    const parts = [...vetoes.map((v) => v.st), ...(eligibleWhen ? [eligibleWhen.st] : [])];
    rootSlot = env.b.slot("st");
    env.b.emit(combineKernel, { st: rootSlot, children: parts, table: ALL_TABLE, init: PASS });
  } else {
    if (def.eligible_when || def.vetoes) problems.add("eligible_when", "eligible_when and vetoes belong to eligibility rule sets");
    classes = compileClasses(env, def, citation);
    rootSlot = emitClassification(env, classes);
    for (const [key, ids] of Object.entries(def.exports ?? {})) {
      const fact = resolveFact(key);
      if (!fact || fact.type !== "boolean") problems.add(`exports.${key}`, "exports must be boolean facts of the catalogue");
      for (const c of ids) if (!classes.some((k) => k.id === c)) problems.add(`exports.${key}`, `unknown class "${c}"`);
    }
  }

  const unused = Object.keys(def.inputs).filter((id) => !env.usedInputs.has(id));
  for (const id of unused) {
    problems.add(`inputs.${id}`, "declared but never read");
    declaredInput(env, id, `inputs.${id}`); // still checked, so its own problems show too
  }
  // An overlay may leave a base document uncited (its thresholds now cite the local one).
  if (!def.overlay) for (const id of Object.keys(def.documents)) if (!env.usedDocs.has(id)) problems.add(`documents.${id}`, "declared but never cited");
  for (const id of Object.keys(def.parameters ?? {})) if (!env.usedParams.has(id)) problems.add(`parameters.${id}`, "declared but never used");

  const scoreNode = findScore([...vetoes, ...(eligibleWhen ? [eligibleWhen] : []), ...(classes ?? []).flatMap((c) => (c.when ? [c.when] : []))]);
  const compiled: CompiledRuleSet = {
    def,
    id: def.id,
    version: def.version,
    kind: def.kind,
    reads: [...env.reads].sort(),
    inputs: [...env.inputs.values()],
    vetoes,
    ...(eligibleWhen ? { eligibleWhen } : {}),
    ...(classes ? { classes } : {}),
    ...(scoreNode && scoreNode.kind === "score" ? { score: { node: scoreNode, score: scoreNode.score } } : {}),
    named: env.named,
    rootSlot,
    kernels: env.b.kernels,
    slots: env.b.slotCounts(),
  };
  return { compiled, problems: problems.list };
};

const findScore = (nodes: readonly CNode[]): CNode | undefined => {
  for (const n of nodes) {
    if (n.kind === "score") return n;
    const kids = n.kind === "all" || n.kind === "any" ? n.children : n.kind === "not" || n.kind === "veto" ? [n.child] : n.kind === "switch" ? n.cases : [];
    const found = findScore(kids);
    if (found) return found;
  }
  return undefined;
};

const compileClasses = (env: CompileEnv, def: RuleSetDef, citation: CNode["citation"]): CClass[] => {
  const defs = def.classes ?? [];
  if (defs.length < 2 || defs.length > MAX_CLASSES) env.problems.add("classes", `a classification needs 2 to ${MAX_CLASSES} classes`);
  const seen = new Set<string>();
  return defs.map((c, i) => {
    if (seen.has(c.id)) env.problems.add(`classes.${i}.id`, `duplicate class "${c.id}"`);
    seen.add(c.id);
    const last = i === defs.length - 1;
    if (last && c.when) env.problems.add(`classes.${i}.when`, "the last class is the fallback and has no condition");
    if (!last && !c.when) env.problems.add(`classes.${i}.when`, "only the last class may have no condition");
    const when = c.when ? compileNode(env, c.when, `classes.${i}.when`, citation, { fallbackId: `${c.id}.when` }) : undefined;
    return { id: c.id, label: c.label, ...(when ? { when } : {}) };
  });
};

interface Classify {
  readonly st: number;
  readonly conds: readonly { readonly bit: number; readonly st: number }[];
  readonly fallbackBit: number;
}
const classifyKernel = (p: Classify, ctx: BlockContext): void => {
  const out = ctx.s.st[p.st] as Uint8Array;
  const mask = ctx.s.mask;
  const conds = p.conds.map((c) => ({ bit: c.bit, st: ctx.s.st[c.st] as Uint8Array }));
  for (let k = 0; k < ctx.len; k++) {
    let m = 0;
    let undecided = MANUAL;
    let settled = false;
    for (const c of conds) {
      const s = c.st[k] as number;
      if (s === FAIL) continue;
      m |= c.bit;
      if (s === PASS) {
        settled = true;
        break;
      }
      if (s === UNKNOWN) undecided = UNKNOWN;
    }
    if (!settled) m |= p.fallbackBit;
    mask[k] = m >>> 0;
    out[k] = (m & (m - 1)) === 0 ? PASS : undecided;
  }
};

/**
 * First matching class wins. Classes whose condition is undecided before the first that matches
 * stay possible, so the result is a set: decided when exactly one class remains.
 */
const emitClassification = (env: CompileEnv, classes: readonly CClass[]): number => {
  const root = env.b.slot("st");
  const conds = classes.flatMap((c, i) => (c.when ? [{ bit: 1 << i, st: c.when.st }] : []));
  const fallbackBit = 1 << (classes.length - 1);
  env.b.emit(classifyKernel, { st: root, conds, fallbackBit });
  return root;
};

/** Problems of a definition (empty when it compiles). */
export const validateRuleSet = (def: RuleSetDef): readonly RuleProblem[] => build(def).problems;

/**
 * Compiles a rule-set definition once into columnar kernels; throws RuleSetError listing every
 * problem when the definition is inconsistent.
 */
export const compileRuleSet = (def: RuleSetDef): CompiledRuleSet => {
  const { compiled, problems } = build(def);
  if (problems.length > 0 || !compiled) throw new RuleSetError(`${def.id}@${def.version}`, problems);
  return compiled;
};
