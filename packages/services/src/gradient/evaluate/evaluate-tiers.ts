import { sql } from "drizzle-orm";
import type { TEvaluateTiersResult } from "@parkpilot/contracts";
import { evaluateRuleSets, isIsoDate, type PopulationResult } from "@parkpilot/core";
import { ANALYZE_AFTER_ROWS, inlineSql, readColumns, refreshPlannerStatistics, rowsOf, sqlLiteral, type BulkReader } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import { forbidden, validationError } from "../../errors/app-error";
import type { TenantScope } from "../../tenancy/actor";
import { enterpriseVisibility, requireVisiblePark } from "../../tenancy/visibility";
import { factPlan } from "../facts/fact-plan";
import { BATCH_READ, batchMembership } from "../facts/batch-rows";
import { loadFactBatch, loadListedTiers, type FactBatch } from "../facts/load-fact-batch";
import { populationWhere } from "../facts/population-sql";
import { compileCached, provinceRuleSets } from "../rules/province-rule-sets";
import { selectRuleSets } from "../rules/select-rule-sets";
import { evaluationDateFor, loadGradientSettings } from "../settings/gradient-settings";
import { SIZE_RULE_SET_ID } from "../tiers";
import { conditionsOf } from "./assessment-summary";
import { batchWrites, type RuleSetRun, type StoredHashes } from "./assessment-rows";
import { removeStaleAssessments, writeBatch } from "./write-assessments";

export interface EvaluateTiersInput {
  readonly scope: TenantScope;
  /** Data year: its annual figures are the `@y` facts. */
  readonly year: number;
  /** Evaluation date; default: the province's evaluation day of year + 1. */
  readonly asOf?: string | null;
  readonly parkId?: number | null;
  /** Enterprises per streamed batch (bounded memory). */
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Time spent per phase, summed over batches (benchmarks). */
  readonly onTiming?: (timing: TierRunTiming) => void;
}

export interface TierRunTiming {
  /** Waiting for the population's inputs and the stored hashes (each batch loads while the previous one is evaluated). */
  readonly loadMs: number;
  /** The engine's columnar pass over every rule set. */
  readonly evaluateMs: number;
  /** Summaries, hashes and compact explanations written as COPY lines. */
  readonly rowsMs: number;
  /** Waiting for the writes (each batch's DELETE and COPY run while the next is evaluated; the stale rows at the end). */
  readonly writeMs: number;
}

/**
 * Version of what a stored row holds (summary rules, compact explanation): part of every input
 * hash, so changing how rows are derived rewrites them instead of leaving old ones "unchanged".
 */
export const STORED_FORMAT = 5;

/**
 * Assesses every enterprise of a scope for one data year under every rule set in force on the
 * evaluation date (the province's overlays applied), in one columnar pass per rule set over
 * batches of the population, and stores the result in tier_assessments.
 *
 * What is stored: the assessments someone acts on (see isStored: eligible, pending or not
 * eligible with ≥ 80% of the conditions met); everything else is shown live on the card. Each row carries the rule-set version, the evaluation
 * date, its closeness, a compact explanation and an input hash; a row whose hash is unchanged is
 * not rewritten. All writes of a run happen in one transaction, batch by batch as the population
 * streams (the rows a batch replaces deleted, its new rows COPYed in), so a failure at any point
 * leaves the stored assessments as they were.
 */
export const evaluateTiers = async (ctx: ServiceContext, input: EvaluateTiersInput): Promise<TEvaluateTiersResult> => {
  const started = ctx.clock.now();
  const t0 = performance.now();
  const { db } = ctx.database;
  if (input.scope.kind === "enterprise") throw forbidden("Enterprise accounts cannot run population evaluations");
  if (!Number.isInteger(input.year) || input.year < 1990 || input.year > 2100) throw validationError("Invalid year", [{ path: "year", message: "a year between 1990 and 2100" }]);
  if (input.parkId) await requireVisiblePark(db, input.scope, input.parkId);
  const settings = await loadGradientSettings(db, input.scope.provinceCode);
  const asOf = input.asOf ?? evaluationDateFor(input.year, settings.evaluationDay);
  if (!isIsoDate(asOf)) throw validationError("Invalid evaluation date", [{ path: "asOf", message: "a date YYYY-MM-DD" }]);

  const compiled = selectRuleSets(provinceRuleSets(settings), asOf).map(compileCached);
  const runs: RuleSetRun[] = compiled.map((rs) => ({ rs, conditions: conditionsOf(rs), counts: { eligible: 0, notEligible: 0, undetermined: 0, nearMiss: 0, stored: 0 } }));
  const storedRuns = runs.filter((r) => r.rs.id !== SIZE_RULE_SET_ID);
  const plan = factPlan(compiled);
  const listedTiers = await loadListedTiers(db, input.scope.provinceCode);
  const where = populationWhere(input.scope, input.parkId);
  const [{ n: total } = { n: 0 }] = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM enterprises WHERE ${where}`));
  const batchSize = input.batchSize ?? 50_000;
  const salt = `${STORED_FORMAT}|${asOf}|${input.year}`;

  const run = { year: input.year, asOf, computedAt: started.toISOString() };
  const scopeWhere = sql.join([enterpriseVisibility(input.scope), ...(input.parkId ? [sql` AND enterprises.park_id = ${input.parkId}`] : [])]);
  const timing = { loadMs: 0, evaluateMs: 0, rowsMs: 0, writeMs: 0 };
  const clock = () => performance.now();
  const totals = { done: 0, unchanged: 0, written: 0, removed: 0 };
  await ctx.database.copyTransaction(async (session) => {
    await session.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`gradient:${input.scope.provinceCode}:${input.year}`]);
    // On a server the population is read from the pool, so the next batch loads while this one is
    // evaluated and written; PGlite is one connection, on which the run's transaction is open, so
    // there every read goes through the transaction too.
    const reader = ctx.database.target.kind === "postgres" ? ctx.database : session;
    const loadBatch = async (after: number): Promise<{ batch: FactBatch; previous: StoredHashes }> => {
      const batch = await loadFactBatch(reader, { plan, year: input.year, asOf, listedTiers }, sql.join([where, sql` AND enterprises.id > ${after}`]), batchSize);
      return { batch, previous: batch.ids.length > 0 ? await storedHashes(reader, input.year, batch.ids) : new Map() };
    };
    let next = loadBatch(0);
    // The previous batch's DELETE and COPY run on the transaction's connection while this batch is
    // evaluated.
    let writing: Promise<void> = Promise.resolve();
    try {
      for (;;) {
        let t = clock();
        const { batch, previous } = await next;
        timing.loadMs += clock() - t;
        const n = batch.ids.length;
        if (n === 0) break;
        const last = n < batchSize ? null : (batch.ids[n - 1] as number);
        if (last !== null) {
          next = loadBatch(last);
          // Awaited on the next turn; if this batch fails first, its error is the one to report.
          next.catch(() => undefined);
        }
        t = clock();
        const results = evaluateRuleSets(compiled, batch.facts, { date: asOf, referenceYear: input.year });
        timing.evaluateMs += clock() - t;
        t = clock();
        const staged = storedRuns.map((r) => ({ run: r, result: results[compiled.indexOf(r.rs)] as PopulationResult }));
        const writes = batchWrites(staged, batch, previous, salt, run, () => totals.unchanged++);
        totals.written += writes.written;
        totals.removed += writes.dropped;
        timing.rowsMs += clock() - t;
        t = clock();
        await writing;
        timing.writeMs += clock() - t;
        writing = writeBatch(session, input.year, writes);
        writing.catch(() => undefined);
        totals.done += n;
        input.onProgress?.(totals.done, total);
        if (last === null) break;
      }
      const t = clock();
      await writing;
      totals.removed += await removeStaleAssessments(session.db, { year: input.year, scopeWhere, ruleSetIds: storedRuns.map((r) => r.rs.id) });
      timing.writeMs += clock() - t;
    } finally {
      await next.catch(() => undefined);
      await writing.catch(() => undefined);
    }
  });
  // A large run rewrites much of the table: fresh planner statistics now, not when autovacuum
  // gets to it, so the funnel and candidate lists read right after it get the right plans.
  if (totals.written + totals.removed >= ANALYZE_AFTER_ROWS) await refreshPlannerStatistics(ctx.database, ["tier_assessments"]);
  input.onTiming?.(timing);
  return {
    year: input.year,
    asOf,
    enterprises: totals.done,
    ruleSets: runs.map((r) => ({ id: r.rs.id, version: r.rs.version, ...r.counts })),
    written: totals.written,
    unchanged: totals.unchanged,
    removed: totals.removed,
    durationMs: Math.round(performance.now() - t0),
  };
};

/**
 * Input hashes of the stored assessments of a batch, by binary COPY: a re-run of a province reads
 * millions of them. A row without a hash reads as "" (never equal to a computed one).
 */
const storedHashes = async (reader: BulkReader, year: number, ids: Int32Array): Promise<StoredHashes> => {
  const { n, columns } = await readColumns(
    reader,
    `SELECT rule_set_id::text, enterprise_id, coalesce(input_hash, '')::text FROM tier_assessments
      WHERE year = ${sqlLiteral(year)} AND ${inlineSql(batchMembership("enterprise_id", ids))}`,
    { ruleSet: "text", enterprise: "int4", hash: "text" },
    BATCH_READ,
  );
  const out = new Map<string, Map<number, string>>();
  for (let k = 0; k < n; k++) {
    const ruleSetId = columns.ruleSet[k] ?? "";
    let hashes = out.get(ruleSetId);
    if (!hashes) out.set(ruleSetId, (hashes = new Map()));
    hashes.set(columns.enterprise[k]!, columns.hash[k] ?? "");
  }
  return out;
};
