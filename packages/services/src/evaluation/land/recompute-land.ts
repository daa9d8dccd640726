import { compactLandJson, evaluateLandPopulation, EXCLUDED, OUT_OF_SCOPE, SCORED, sig6, type LandRun } from "@parkpilot/core";
import { copyTextField, type Database } from "@parkpilot/db";
import { parkSubject, provinceSubject, regionSubject, replaceIndicatorValues, type IndicatorValueRow } from "../indicator-values";
import { landRuleSetFor } from "../land-rule-set";
import { conversionsFor } from "../policies";
import type { VisiblePark } from "../visible-parks";
import { loadLandPopulation } from "./load-land-population";

const PIECE = 1 << 20;
const NULL = copyTextField(null);

export interface LandRecomputeResult {
  readonly evaluated: number;
  readonly ruleSet: { readonly id: string; readonly version: string };
}

/**
 * Per-mu evaluation of a province's enterprises for a data year: the province's rule set, the
 * population (and the year before when a benchmark looks back), the compiled scorer, and every
 * enterprise's result with its explanation stored in land_evaluations, replacing the year's
 * previous results in one transaction. Then the share of land held by the two lowest classes per
 * park, region and province.
 */
export const recomputeLandEvaluations = async (database: Database, provinceCode: string, parks: readonly VisiblePark[], year: number, computedAt: string): Promise<LandRecomputeResult> => {
  const { ruleSet, compiled } = await landRuleSetFor(database.db, provinceCode, year);
  const conv = conversionsFor(ruleSet.energy_set);
  const looksBack = compiled.methods.some((m) => m.items.some((i) => i.def.benchmark?.fallback?.year_offset === -1 && i.def.benchmark.published?.[String(year)] === undefined));
  const [pop, previous] = await Promise.all([
    loadLandPopulation(database, compiled, provinceCode, year),
    looksBack ? loadLandPopulation(database, compiled, provinceCode, year - 1) : Promise.resolve(null),
  ]);
  const run = evaluateLandPopulation(compiled, year, pop, conv, previous);
  // One transaction on one connection: the year's previous results go, the new ones arrive by
  // COPY (at a million: 21 s → 10 s against an INSERT … SELECT over JSON documents). The lines are
  // produced lazily, piece by piece, so Node writes the next rows while PostgreSQL stores the last.
  await database.copyTransaction(async (session) => {
    await session.query(`DELETE FROM land_evaluations WHERE year = $1 AND enterprise_id IN (SELECT id FROM enterprises WHERE province_code = $2)`, [year, provinceCode]);
    await session.copyFromText("land_evaluations", STORED_COLUMNS, storedRows(run, [String(year), ruleSet.id, ruleSet.version].map(copyTextField).join("\t"), computedAt));
  });
  await recomputeLandSummaries(database, provinceCode, parks, year, run, computedAt);
  return { evaluated: pop.n, ruleSet: { id: ruleSet.id, version: ruleSet.version } };
};

const STORED_COLUMNS = ["enterprise_id", "year", "rule_set_id", "rule_set_version", "method", "score", "land_class", "explanation", "computed_at"] as const;

/**
 * The stored rows as COPY text lines, about a megabyte at a time: id, the run's year and rule
 * set, the method applied (or why none was: excluded / out_of_scope), score, class, the compact
 * explanation (JSON needs no escaping in this format but for a rare backslash), the run's time.
 */
function* storedRows(run: LandRun, yearAndRuleSet: string, computedAt: string): Generator<string> {
  const { scores, classes, assignment, compiled } = run;
  const bands = compiled.ruleSet.classes.bands;
  const methods = compiled.methods.map((m) => copyTextField(m.def.id));
  const classIds = bands.map((b) => copyTextField(b.id));
  let piece = "";
  for (let i = 0; i < run.pop.n; i++) {
    const status = scores.status[i]!;
    const k = assignment.method[i]!;
    const method = k >= 0 ? methods[k]! : status === EXCLUDED ? "excluded" : "out_of_scope";
    const score = status === SCORED ? sig6(scores.score[i]!) : null;
    const klass = classes.klass[i]! >= 0 ? (classIds[classes.klass[i]!] ?? NULL) : NULL;
    piece += `${run.pop.enterpriseId[i]!}\t${yearAndRuleSet}\t${method}\t${score ?? NULL}\t${klass}\t${copyTextField(compactLandJson(run, i))}\t${computedAt}\n`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = "";
    }
  }
  if (piece) yield piece;
}

/** Per-park class figures stored with the values, so a park page reads them without touching a million rows. */
export const landSummaryKeys = (bands: readonly string[]): string[] => [
  "land_cd_share",
  ...bands.flatMap((b) => [`land_class_count:${b}`, `land_class_mu:${b}`]),
  ...UNCLASSIFIED.map((u) => `land_unclassified:${u}`),
];

const UNCLASSIFIED = ["excluded", "out_of_scope", "data_missing"] as const;

/**
 * From the run itself (no query): per park, region and province, enterprises and land per class,
 * the unclassified by reason, and land_cd_share = land of the two lowest classes ÷ land of classed
 * enterprises (enterprises whose land is unknown or zero count in the numbers, not in the land).
 */
const recomputeLandSummaries = async (database: Database, provinceCode: string, parks: readonly VisiblePark[], year: number, run: LandRun, computedAt: string) => {
  const bands = run.compiled.ruleSet.classes.bands.map((b) => b.id);
  const low = new Set(bands.slice(Math.max(0, bands.length - 2)).map((_, k) => bands.length - 2 + k).filter((k) => k >= 0));
  const regionOf = new Map(parks.map((p) => [p.id, p.regionCode]));
  type Acc = { count: number[]; mu: number[]; unclassified: number[]; classedMu: number; lowMu: number; n: number };
  const acc = new Map<string, Acc>();
  const get = (subject: string) => {
    let a = acc.get(subject);
    if (!a) acc.set(subject, (a = { count: bands.map(() => 0), mu: bands.map(() => 0), unclassified: [0, 0, 0], classedMu: 0, lowMu: 0, n: 0 }));
    return a;
  };
  const land = run.pop.fields.landAreaMu;
  const parkIds = run.pop.parkId;
  for (let i = 0; i < run.pop.n; i++) {
    const park = parkIds ? parkIds[i]! : -1;
    if (park < 0) continue;
    const region = regionOf.get(park);
    const subjects = [parkSubject(park), provinceSubject(provinceCode), ...(region ? [regionSubject(region)] : [])];
    const status = run.scores.status[i]!;
    const k = run.classes.klass[i]!;
    const mu = land ? land[i]! : Number.NaN;
    for (const subject of subjects) {
      const a = get(subject);
      a.n += 1;
      if (status === EXCLUDED) a.unclassified[0]! += 1;
      else if (status === OUT_OF_SCOPE) a.unclassified[1]! += 1;
      else if (k < 0) a.unclassified[2]! += 1;
      else {
        a.count[k]! += 1;
        if (mu > 0) {
          a.mu[k]! += mu;
          a.classedMu += mu;
          if (low.has(k)) a.lowMu += mu;
        }
      }
    }
  }
  const period = String(year);
  const out: IndicatorValueRow[] = [];
  for (const [subject, a] of acc) {
    out.push({ key: "land_cd_share", subject, period, value: a.classedMu > 0 ? (a.lowMu / a.classedMu) * 100 : null, reporting: a.count.reduce((x, y) => x + y, 0), population: a.n });
    bands.forEach((b, k) => {
      out.push({ key: `land_class_count:${b}`, subject, period, value: a.count[k]!, reporting: null, population: a.n });
      out.push({ key: `land_class_mu:${b}`, subject, period, value: a.mu[k]!, reporting: a.count[k]!, population: a.n });
    });
    UNCLASSIFIED.forEach((u, j) => out.push({ key: `land_unclassified:${u}`, subject, period, value: a.unclassified[j]!, reporting: null, population: a.n }));
  }
  const subjects = [...parks.map((p) => parkSubject(p.id)), ...new Set(parks.flatMap((p) => (p.regionCode ? [regionSubject(p.regionCode)] : []))), provinceSubject(provinceCode)];
  // Keys of every band any rule set may use, so a switch of rule set leaves no stale class rows.
  await replaceIndicatorValues(database, out, { keys: landSummaryKeys(["A", "B", "C", "D"]), periods: [period], subjects }, computedAt);
};
