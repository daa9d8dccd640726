import { sql } from "drizzle-orm";
import type { TEvaluateTiersResult } from "@parkpilot/contracts";
import { evaluateRuleSets, isIsoDate, type PopulationResult } from "@parkpilot/core";
import { ANALYZE_AFTER_ROWS, refreshPlannerStatistics, rowsOf } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import { forbidden, validationError } from "../../errors/app-error";
import type { TenantScope } from "../../tenancy/actor";
import { enterpriseVisibility, requireVisiblePark } from "../../tenancy/visibility";
import { factPlan } from "../facts/fact-plan";
import { batchMembership } from "../facts/batch-rows";
import { loadFactBatch, loadListedTiers, type FactBatch } from "../facts/load-fact-batch";
import { populationWhere } from "../facts/population-sql";
import { compileCached, provinceRuleSets } from "../rules/province-rule-sets";
import { selectRuleSets } from "../rules/select-rule-sets";
import { evaluationDateFor, loadGradientSettings } from "../settings/gradient-settings";
import { SIZE_RULE_SET_ID } from "../tiers";
import { applyTierStage } from "./apply-tier-stage";
import { conditionsOf } from "./assessment-summary";
import { stageLines, type RuleSetRun, type StoredHashes } from "./stage-lines";
import { createTierStage, dropTierStage, STAGE_COLUMNS } from "./tier-stage";

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
  /** Summaries, hashes and compact explanations, streamed by COPY into the stage. */
  readonly stageMs: number;
  /** The one transaction: delete, upsert, stale rows. */
  readonly applyMs: number;
}

/**
 * Version of what a stored row holds (summary rules, compact explanation): part of every input
 * hash, so changing how rows are derived rewrites them instead of leaving old ones "unchanged".
 */
export const STORED_FORMAT = 4;

/**
 * Assesses every enterprise of a scope for one data year under every rule set in force on the
 * evaluation date (the province's overlays applied), in one columnar pass per rule set over
 * batches of the population, and stores the result in tier_assessments.
 *
 * What is stored: the assessments someone acts on (see isStored: eligible, pending or not
 * eligible with ≥ 80% of the conditions met); everything else is shown live on the card. Each row carries the rule-set version, the evaluation
 * date, its closeness, a compact explanation and an input hash; a row whose hash is unchanged is
 * not rewritten. All writes of a run happen in one transaction (COPY into a staging table while
 * streaming, then one delete and one upsert).
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

  const stage = await createTierStage(ctx.database, started);
  let done = 0;
  let unchanged = 0;
  const timing = { loadMs: 0, evaluateMs: 0, stageMs: 0, applyMs: 0 };
  const clock = () => performance.now();
  const loadBatch = async (after: number): Promise<{ batch: FactBatch; previous: StoredHashes }> => {
    const batch = await loadFactBatch(db, { plan, year: input.year, asOf, listedTiers }, sql.join([where, sql` AND enterprises.id > ${after}`]), batchSize);
    return { batch, previous: batch.ids.length > 0 ? await storedHashes(ctx, input.year, batch.ids) : new Map() };
  };
  // The next batch loads while this one is evaluated and staged: the server reads while the
  // engine computes.
  let next = loadBatch(0);
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
      const staged = storedRuns.map((run) => ({ run, result: results[compiled.indexOf(run.rs)] as PopulationResult }));
      await ctx.database.copyFromCsv(
        stage,
        STAGE_COLUMNS.map((c) => c.name),
        stageLines(staged, batch, previous, salt, () => unchanged++),
      );
      timing.stageMs += clock() - t;
      done += n;
      input.onProgress?.(done, total);
      if (last === null) break;
    }
    const applyStart = clock();
    const { written, removed } = await db.transaction((tx) =>
      applyTierStage(tx, {
        stage,
        year: input.year,
        asOf,
        computedAt: started.toISOString(),
        scopeWhere: sql.join([enterpriseVisibility(input.scope), ...(input.parkId ? [sql` AND enterprises.park_id = ${input.parkId}`] : [])]),
        ruleSetIds: storedRuns.map((r) => r.rs.id),
        lockKey: `gradient:${input.scope.provinceCode}:${input.year}`,
      }),
    );
    // A large run rewrites much of the table: fresh planner statistics now, not when autovacuum
    // gets to it, so the funnel and candidate lists read right after it get the right plans.
    if (written + removed >= ANALYZE_AFTER_ROWS) await refreshPlannerStatistics(ctx.database, ["tier_assessments"]);
    timing.applyMs = clock() - applyStart;
    input.onTiming?.(timing);
    return {
      year: input.year,
      asOf,
      enterprises: done,
      ruleSets: runs.map((r) => ({ id: r.rs.id, version: r.rs.version, ...r.counts })),
      written,
      unchanged,
      removed,
      durationMs: Math.round(performance.now() - t0),
    };
  } finally {
    await next.catch(() => undefined);
    await dropTierStage(ctx.database, stage).catch(() => undefined);
  }
};

/**
 * Input hashes of the stored assessments of a batch. Read as one text for the whole batch: a
 * re-run of a province reads millions of them.
 */
const storedHashes = async (ctx: ServiceContext, year: number, ids: Int32Array): Promise<StoredHashes> => {
  const [row] = rowsOf<{ h: string | null }>(
    await ctx.database.db.execute(
      sql`SELECT string_agg(rule_set_id || '|' || enterprise_id || '|' || coalesce(input_hash, ''), ',') AS h
            FROM tier_assessments WHERE year = ${year} AND ${batchMembership("enterprise_id", ids)}`,
    ),
  );
  const out = new Map<string, Map<number, string>>();
  if (!row?.h) return out;
  for (const entry of row.h.split(",")) {
    const [ruleSetId = "", enterpriseId, hash = ""] = entry.split("|");
    let hashes = out.get(ruleSetId);
    if (!hashes) out.set(ruleSetId, (hashes = new Map()));
    hashes.set(Number(enterpriseId), hash);
  }
  return out;
};
