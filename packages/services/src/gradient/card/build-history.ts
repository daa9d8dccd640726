import type { TAssessmentOutcome, TTierHistoryEntry } from "@parkpilot/contracts";
import { TIERS } from "../tiers";

type HistoryEntry = TTierHistoryEntry;

interface StoredRow {
  readonly year: number;
  readonly ruleSetId: string;
  readonly ruleSetVersion: string;
  readonly outcome: TAssessmentOutcome;
  readonly closeness: number | null;
}

interface HonourSpan {
  readonly tier: string;
  readonly validFrom: string;
  readonly validUntil: string | null;
}

const MAX_YEARS = 10;

/**
 * Tier history over data years: what each year's stored assessment said (and under which rule
 * version) beside whether the title was held on that year's evaluation date. Only (year, tier)
 * pairs with something to say are listed, newest year first.
 */
export const buildHistory = (stored: readonly StoredRow[], honours: readonly HonourSpan[], evaluationDate: (year: number) => string, currentYear: number): HistoryEntry[] => {
  const firstHonourYear = Math.min(...honours.map((h) => Number(h.validFrom.slice(0, 4)) - 1), currentYear);
  const firstYear = Math.max(currentYear - MAX_YEARS + 1, Math.min(firstHonourYear, ...stored.map((s) => s.year)));
  const lastYear = Math.max(currentYear, ...stored.map((s) => s.year));
  const out: HistoryEntry[] = [];
  for (let year = lastYear; year >= firstYear; year--) {
    const date = evaluationDate(year);
    for (const tier of TIERS) {
      const s = stored.find((r) => r.year === year && r.ruleSetId === tier.ruleSetId);
      const recognised = honours.some((h) => (tier.honourTiers as readonly string[]).includes(h.tier) && h.validFrom <= date && (h.validUntil === null || h.validUntil >= date));
      if (!s && !recognised) continue;
      out.push({ year, tier: tier.key, outcome: s?.outcome ?? null, ruleSetVersion: s?.ruleSetVersion ?? null, closeness: s?.closeness ?? null, recognised });
    }
  }
  return out;
};
