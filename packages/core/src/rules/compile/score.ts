/**
 * Points tables. Every item yields an interval [lo, hi] of points: exact when its inputs are
 * known, the span of the points it could still take when they are not. Sums of intervals decide
 * pass marks and group minimums whenever the data already settles them (a firm at 80 known points
 * passes a 60 mark whatever its unknown item scores) and leave them undetermined otherwise.
 */
import type { CGroup, CItem, CScore, Citation } from "../compiled";
import type { ScoreDef, ScoreGroupDef, ScoreItemDef } from "../types";
import { cite, joinNotes, type CompileEnv } from "./env";
import { declaredInput } from "./inputs";
import { checkOrder, compileNode } from "./nodes";
import { tolerance } from "./program";
import { bandsAtLeastKernel, bandsAtMostKernel, bestOfKernel, groupKernel, meets, pointsFromKernel, scoreKernel, tableKernel } from "./score-kernels";

interface ItemHeader {
  readonly id: string;
  readonly label: ScoreItemDef["label"];
  readonly citation: Citation;
  readonly uncertain: boolean;
  readonly note?: string;
  readonly st: number;
  readonly pts: number;
}

const itemHeader = (env: CompileEnv, def: ScoreItemDef, path: string, inherited: Citation, inheritedUncertain: boolean): ItemHeader => {
  if (env.ids.has(def.id)) env.problems.add(`${path}.id`, `duplicate id "${def.id}"`);
  env.ids.add(def.id);
  const st = env.b.slot("st");
  env.named.set(def.id, st);
  const note = joinNotes(def.note);
  return {
    id: def.id,
    label: def.label,
    citation: def.source ? cite(env, def.source, `${path}.source`) : inherited,
    // A group marked uncertain (rows from a single source) makes each of its items uncertain.
    uncertain: inheritedUncertain || def.uncertain === true,
    st,
    pts: env.b.slot("pts"),
    ...(note ? { note } : {}),
  };
};

const compileItem = (env: CompileEnv, def: ScoreItemDef, path: string, inherited: Citation, inheritedUncertain: boolean): CItem | undefined => {
  const h = itemHeader(env, def, path, inherited, inheritedUncertain);

  if ("bands" in def) {
    const b = def.bands;
    const input = declaredInput(env, b.input, `${path}.bands.input`);
    if (!input) return undefined;
    if (input.type !== "number") env.problems.add(`${path}.bands.input`, `"${b.input}" is not numeric`);
    if ((b.at_least === undefined) === (b.at_most === undefined)) env.problems.add(`${path}.bands`, "give exactly one of at_least, at_most");
    const dir = b.at_most ? "at_most" : "at_least";
    const rows = b.at_most ?? b.at_least ?? [];
    checkOrder(env, rows, dir, `${path}.bands.${dir}`);
    const all = [...rows.map((r) => r[1]), b.else];
    if (all.some((p) => p < 0)) env.problems.add(`${path}.bands`, "points must not be negative");
    const [minPoints, maxPoints] = [Math.min(...all), Math.max(...all)];
    // Bounds with the tolerance folded in, so the loop is two array reads and a compare per band.
    const bounds = Float64Array.from(rows, ([x]) => (dir === "at_least" ? x - tolerance(x) : x + tolerance(x)));
    const points = Float64Array.from(rows, (r) => r[1]);
    const otherwise = b.else;
    env.b.emit(dir === "at_least" ? bandsAtLeastKernel : bandsAtMostKernel, { input: input.slot, pts: h.pts, st: h.st, bounds, points, otherwise, minPoints, maxPoints });
    return { ...h, kind: "bands", input, dir, rows, otherwise, minPoints, maxPoints };
  }

  if ("table" in def) {
    const rows = def.table.rows
      .map((r, i) => {
        const when = compileNode(env, r.when, `${path}.table.rows.${i}.when`, h.citation, { fallbackId: `${h.id}.${i}` });
        return when ? { when, points: r.points } : undefined;
      })
      .filter((r): r is NonNullable<typeof r> => r !== undefined);
    if (rows.length !== def.table.rows.length) return undefined;
    const otherwise = def.table.else;
    const all = [...rows.map((r) => r.points), otherwise];
    if (all.some((p) => p < 0)) env.problems.add(`${path}.table`, "points must not be negative");
    env.b.emit(tableKernel, { conds: rows.map((r) => r.when.st), points: Float64Array.from(rows, (r) => r.points), otherwise, pts: h.pts, st: h.st });
    return { ...h, kind: "table", rows, otherwise, minPoints: Math.min(...all), maxPoints: Math.max(...all) };
  }

  if ("best_of" in def) {
    const options = def.best_of.map((o, i) => compileItem(env, o, `${path}.best_of.${i}`, h.citation, h.uncertain)).filter((o): o is CItem => o !== undefined);
    if (options.length !== def.best_of.length || options.length === 0) {
      if (options.length === 0) env.problems.add(`${path}.best_of`, "no options");
      return undefined;
    }
    env.b.emit(bestOfKernel, { options: options.map((o) => ({ pts: o.pts, st: o.st })), pts: h.pts, st: h.st, kind: env.b.slot("st") });
    return {
      ...h,
      kind: "best_of",
      options,
      minPoints: Math.max(...options.map((o) => o.minPoints)),
      maxPoints: Math.max(...options.map((o) => o.maxPoints)),
    };
  }

  if ("points_from" in def) {
    const input = declaredInput(env, def.points_from.input, `${path}.points_from.input`);
    if (!input) return undefined;
    if (input.type !== "number") env.problems.add(`${path}.points_from.input`, `"${def.points_from.input}" is not numeric`);
    const max = def.points_from.max;
    env.b.emit(pointsFromKernel, { input: input.slot, max, pts: h.pts, st: h.st });
    return { ...h, kind: "points_from", input, minPoints: 0, maxPoints: max };
  }

  env.problems.add(path, "unrecognised score item");
  return undefined;
};

const compileGroup = (env: CompileEnv, def: ScoreGroupDef, path: string, inherited: Citation): CGroup | undefined => {
  if (env.ids.has(def.id)) env.problems.add(`${path}.id`, `duplicate id "${def.id}"`);
  env.ids.add(def.id);
  const citation = def.source ? cite(env, def.source, `${path}.source`) : inherited;
  const items = def.items.map((it, i) => compileItem(env, it, `${path}.items.${i}`, citation, def.uncertain === true)).filter((i): i is CItem => i !== undefined);
  if (items.length !== def.items.length) return undefined;
  if (items.length === 0) env.problems.add(`${path}.items`, "a group needs items");
  const st = env.b.slot("st");
  env.named.set(def.id, st);
  const pts = env.b.slot("pts");
  const min = def.min;
  env.b.emit(groupKernel, { parts: items.map((i) => i.pts), items: items.map((i) => i.st), pts, st, kind: env.b.slot("st"), min });
  const note = joinNotes(def.note);
  return {
    id: def.id,
    label: def.label,
    citation,
    uncertain: def.uncertain === true,
    ...(note ? { note } : {}),
    st,
    pts,
    ...(min ? { min } : {}),
    items,
    maxPoints: items.reduce((s, i) => s + i.maxPoints, 0),
  };
};

/** Compiles a score; `st` is the status slot of the score criterion (pass mark and group minimums). */
export const compileScore = (env: CompileEnv, def: ScoreDef, path: string, citation: Citation, st: number): CScore | undefined => {
  if (env.score) env.problems.add(path, "a rule set has at most one score");
  const groups = def.groups.map((g, i) => compileGroup(env, g, `${path}.groups.${i}`, citation)).filter((g): g is CGroup => g !== undefined);
  if (groups.length !== def.groups.length) return undefined;
  const pts = env.b.slot("pts");
  const [op, mark] = def.pass;
  const maxPoints = groups.reduce((s, g) => s + g.maxPoints, 0);
  if (!meets(op, maxPoints, mark)) env.problems.add(`${path}.pass`, `pass mark ${op} ${mark} is out of reach (max ${maxPoints} points)`);
  const items = groups.flatMap((g) => g.items);
  const gated = groups.filter((g) => g.min !== undefined);
  env.b.emit(scoreKernel, { groups: groups.map((g) => g.pts), gates: gated.map((g) => g.st), items: items.map((i) => i.st), pts, st, kind: env.b.slot("st"), op, mark });
  const score: CScore = { pass: def.pass, groups, pts, maxPoints };
  env.score = score;
  return score;
};
