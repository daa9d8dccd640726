import { and, gte, inArray, isNull, lte, or } from "drizzle-orm";
import { tables, type DbOrTx } from "@parkpilot/db";

/**
 * Tier keys of the honours each enterprise holds on `today` (enterprise_honours of the gradient
 * database: recognised, not merely eligible). Honours are public lists, so they may describe
 * enterprises outside the tenant.
 */
export const validHonourTiers = async (db: DbOrTx, enterpriseIds: readonly number[], today: string): Promise<Map<number, string[]>> => {
  const out = new Map<number, string[]>();
  if (enterpriseIds.length === 0) return out;
  const h = tables.enterpriseHonours;
  const rows = await db
    .selectDistinct({ enterpriseId: h.enterpriseId, tier: h.tier })
    .from(h)
    .where(and(inArray(h.enterpriseId, [...enterpriseIds]), lte(h.validFrom, today), or(isNull(h.validUntil), gte(h.validUntil, today))));
  for (const r of rows) out.set(r.enterpriseId, [...(out.get(r.enterpriseId) ?? []), r.tier].sort());
  return out;
};
