import type { THonour, THonourLevel, THonourState, THonourTier } from "@parkpilot/contracts";
import type { SourceKind } from "@parkpilot/db/schema";
import { daysBetween, EXPIRING_WITHIN_DAYS } from "../dates";
import { honourTierByKey, isHonourTier } from "../tiers";

export interface HonourRow {
  readonly id: number;
  readonly enterpriseId: number;
  readonly enterpriseName: string;
  readonly creditCode: string;
  readonly parkId: number | null;
  readonly parkName: string | null;
  readonly isGenerated: boolean;
  readonly tier: string;
  readonly level: string | null;
  readonly batch: string | null;
  readonly year: number | null;
  readonly validFrom: string;
  readonly validUntil: string | null;
  readonly certificateNo: string | null;
  readonly sourceKind: SourceKind;
  readonly sourceNote: string | null;
  readonly recordedAt: string;
}

/** Where an honour stands on `today`. */
export const honourState = (validFrom: string, validUntil: string | null, today: string): THonourState => {
  if (validFrom > today) return "future";
  if (validUntil !== null && validUntil < today) return "expired";
  if (validUntil !== null && daysBetween(today, validUntil) <= EXPIRING_WITHIN_DAYS) return "expiring";
  return "valid";
};

const LEVELS: ReadonlySet<string> = new Set<THonourLevel>(["national", "provincial", "municipal", "district"]);
const isLevel = (value: string): value is THonourLevel => LEVELS.has(value);

export const presentHonour = (row: HonourRow, today: string): THonour => {
  // Rows come from this service's writes; an unknown tier would be a bug, not user input.
  if (!isHonourTier(row.tier)) throw new Error(`honour ${row.id}: unknown tier ${row.tier}`);
  const tier: THonourTier = row.tier;
  return {
    ...row,
    tier,
    tierLabel: honourTierByKey.get(tier)?.label ?? { zh: tier, en: tier },
    level: row.level !== null && isLevel(row.level) ? row.level : null,
    state: honourState(row.validFrom, row.validUntil, today),
    daysLeft: row.validUntil === null ? null : daysBetween(today, row.validUntil),
  };
};
