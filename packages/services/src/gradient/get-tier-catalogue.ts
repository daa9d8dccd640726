import type { TTierCatalogue } from "@parkpilot/contracts";
import { shippedRuleSets } from "./rules/province-rule-sets";
import { HONOUR_TIERS, NEAR_MISS_SHARE, TIERS } from "./tiers";

/** The tiers, the honour tiers and every shipped rule-set version with its dates: what the UI labels and selects from. */
export const getTierCatalogue = (): TTierCatalogue => ({
  tiers: TIERS.map((t) => ({
    key: t.key,
    label: t.label,
    rung: t.rung,
    ruleSetId: t.ruleSetId,
    honourTiers: [...t.honourTiers],
    validityYears: HONOUR_TIERS.find((h) => h.key === t.key)?.validityYears ?? null,
  })),
  honourTiers: HONOUR_TIERS.map((h) => ({ key: h.key, label: h.label, validityYears: h.validityYears })),
  ruleSets: shippedRuleSets().map((d) => ({
    id: d.id,
    version: d.version,
    title: d.title,
    kind: d.kind,
    scope: d.scope,
    effectiveFrom: d.effective_from,
    ...(d.effective_to ? { effectiveTo: d.effective_to } : {}),
  })),
  nearMissShare: NEAR_MISS_SHARE,
});
