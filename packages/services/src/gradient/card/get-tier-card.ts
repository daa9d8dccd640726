import { and, asc, eq, getTableColumns, isNull, or } from "drizzle-orm";
import type { TStoredAssessment, TTierCard, TTierCardEntry, TTierCardQuery, TTierKey } from "@parkpilot/contracts";
import type { CompiledRuleSet } from "@parkpilot/core";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import { isoUtcColumn } from "../../evaluation/iso-timestamp";
import type { TenantScope } from "../../tenancy/actor";
import { requireVisibleEnterprise } from "../../tenancy/visibility";
import { chinaToday } from "../dates";
import { conditionsOf, summarize } from "../evaluate/assessment-summary";
import { evaluateLive } from "../evaluate/evaluate-live";
import { STORED_FORMAT } from "../evaluate/evaluate-tiers";
import { rowHasher } from "../evaluate/input-hash";
import { readStoredExplanation, type StoredExplanation } from "../evaluate/stored-explanation";
import { presentHonour } from "../honours/present-honour";
import { selectHonours } from "../honours/select-honours";
import { selectMeasures } from "../measures/list-support-measures";
import { provinceRuleSets, shippedRuleSets } from "../rules/province-rule-sets";
import { selectRuleSets } from "../rules/select-rule-sets";
import { evaluationDateFor, loadGradientSettings } from "../settings/gradient-settings";
import { SIZE_RULE_SET_ID, TIERS, type TierDef } from "../tiers";
import { buildHistory } from "./build-history";
import { presentExplanation } from "./present-explanation";

type AssessmentRow = typeof tables.tierAssessments.$inferSelect;

/** The stored assessment of a tier; its explanation is read when it was stored under the card's rule version. */
const presentStored = (r: AssessmentRow, rs: CompiledRuleSet): TStoredAssessment => ({
  ruleSetId: r.ruleSetId,
  ruleSetVersion: r.ruleSetVersion,
  year: r.year,
  evaluatedFor: r.evaluatedFor,
  outcome: r.outcome,
  score: r.score,
  classification: r.classification,
  closeness: r.closeness,
  failedCount: r.failedCount,
  unknownCount: r.unknownCount,
  computedAt: r.computedAt,
  open: r.ruleSetVersion === rs.version ? unmetConditions(readStoredExplanation(r.explanation, rs), rs) : null,
});

/**
 * The conditions of the policy text (and its vetoes) a stored assessment found not met. Not every
 * open criterion: an alternative route not taken (direct confirmation, where the score passed)
 * never stood in the way.
 */
const unmetConditions = (stored: StoredExplanation | null, rs: CompiledRuleSet): string[] | null => {
  if (!stored) return null;
  const { vetoes, ids } = conditionsOf(rs);
  return [...vetoes, ...ids].filter((id) => stored.criteria.get(id) !== "pass");
};

/** The honour that makes `tier` held on `date`, if any. */
const heldOn = <H extends { tier: string; validFrom: string; validUntil: string | null }>(tier: TierDef, honours: readonly H[], date: string): H | undefined =>
  honours.find((h) => (tier.honourTiers as readonly string[]).includes(h.tier) && h.validFrom <= date && (h.validUntil === null || h.validUntil >= date));

/**
 * An enterprise's tier card ("what moves me up", 晋级差距): the titles it holds on the evaluation
 * date, its rung on the ladder and the next one, and for every tier a live explanation of every
 * criterion (pass / fail / unknown, observed vs required with unit, citation, uncertain mark)
 * next to the stored assessment of the year (flagged stale when data or rules changed since).
 * `ruleVersion` shows the same enterprise under the 2022 or the 2026 SME-ladder rules.
 */
export const getTierCard = async (ctx: ServiceContext, scope: TenantScope, enterpriseId: number, query: TTierCardQuery): Promise<TTierCard> => {
  const { db } = ctx.database;
  const e = await requireVisibleEnterprise(db, scope, enterpriseId);
  const [park] = e.parkId === null ? [] : await db.select({ name: tables.parks.name }).from(tables.parks).where(eq(tables.parks.id, e.parkId));
  const today = chinaToday(ctx.clock.now());
  const settings = await loadGradientSettings(db, e.provinceCode);
  const year = query.year ?? Number(today.slice(0, 4)) - 1;
  const asOf = query.asOf ?? evaluationDateFor(year, settings.evaluationDay);
  const defs = provinceRuleSets(settings);
  const selected = selectRuleSets(defs, asOf, query.ruleVersion);
  const live = await evaluateLive(ctx.database, { provinceCode: e.provinceCode, enterpriseIds: [e.id], year, asOf, defs: selected });
  const row = live.row(e.id) ?? 0;

  const honours = (await selectHonours(db, eq(tables.enterpriseHonours.enterpriseId, e.id))).map((h) => presentHonour(h, today));
  const stored = await db
    .select({ ...getTableColumns(tables.tierAssessments), computedAt: isoUtcColumn(tables.tierAssessments.computedAt) })
    .from(tables.tierAssessments)
    .where(eq(tables.tierAssessments.enterpriseId, e.id))
    .orderBy(asc(tables.tierAssessments.year));
  const storedNow = new Map(stored.filter((s) => s.year === year).map((s) => [s.ruleSetId, s]));
  const salt = `${STORED_FORMAT}|${asOf}|${year}`;

  const entries: TTierCardEntry[] = TIERS.flatMap((tier) => {
    const result = live.result(tier.ruleSetId);
    if (!result) return [];
    const summary = summarize(result, conditionsOf(result.ruleSet), row);
    const honour = heldOn(tier, honours, asOf);
    const s = storedNow.get(tier.ruleSetId);
    const hash = rowHasher(result.ruleSet, live.batch.facts, salt).hash(row);
    return [
      {
        tier: tier.key,
        label: tier.label,
        rung: tier.rung,
        recognised: honour !== undefined,
        honour: honour ? { tier: honour.tier, validFrom: honour.validFrom, validUntil: honour.validUntil, certificateNo: honour.certificateNo } : null,
        isNext: false,
        outgrown: summary.outgrown,
        closeness: summary.closeness,
        explanation: presentExplanation(result.explain(row)),
        stored: s ? presentStored(s, result.ruleSet) : null,
        storedIsStale: s !== undefined && (s.inputHash !== hash || s.ruleSetVersion !== result.ruleSet.version),
        versions: shippedRuleSets()
          .filter((d) => d.id === tier.ruleSetId)
          .map((d) => d.version),
      },
    ];
  });

  const rungs = entries.filter((t) => t.recognised && t.rung !== null).map((t) => t.rung ?? 0);
  const currentRung = rungs.length > 0 ? Math.max(...rungs) : 0;
  const current = entries.find((t) => t.recognised && t.rung === currentRung && t.tier !== "tech_innovative_sme") ?? entries.find((t) => t.recognised && t.rung === currentRung);
  const nextTiers = nextRungTiers(entries, currentRung);
  for (const t of entries) if (nextTiers.includes(t.tier)) t.isNext = true;

  const size = live.result(SIZE_RULE_SET_ID);
  const sizeId = size?.classification(row);
  const sizeLabel = sizeId ? size?.ruleSet.classes?.find((c) => c.id === sizeId)?.label : undefined;
  const m = tables.supportMeasures;
  const measures = await selectMeasures(
    db,
    and(eq(m.active, true), or(and(isNull(m.parkId), eq(m.provinceCode, e.provinceCode)), e.parkId === null ? undefined : eq(m.parkId, e.parkId))),
  );

  return {
    enterprise: { id: e.id, name: e.name, creditCode: e.creditCode, parkId: e.parkId, parkName: park?.name ?? null, isGenerated: e.isGenerated },
    year,
    asOf,
    ruleVersion: query.ruleVersion ?? null,
    sizeClass: sizeId && sizeLabel ? { id: sizeId, label: sizeLabel } : null,
    currentTier: current ? { tier: current.tier, label: current.label } : null,
    nextTiers,
    tiers: entries,
    honours,
    history: buildHistory(stored, honours, (y) => evaluationDateFor(y, settings.evaluationDay), year),
    measures,
  };
};

/**
 * The tiers of the next rung up an enterprise can still climb to: the first rung above its
 * current one with a tier it neither holds nor has outgrown. A large manufacturer has outgrown
 * the SME rungs (their caps are ceilings), so its next step is the rung above them.
 */
export const nextRungTiers = (entries: readonly Pick<TTierCardEntry, "tier" | "rung" | "recognised" | "outgrown">[], currentRung: number): TTierKey[] => {
  const open = entries.filter((t) => t.rung !== null && t.rung > currentRung && !t.recognised && !t.outgrown);
  const rung = Math.min(...open.map((t) => t.rung ?? Number.POSITIVE_INFINITY));
  return open.filter((t) => t.rung === rung).map((t) => t.tier);
};
