import { sql, type SQL } from "drizzle-orm";
import { TIERS } from "../tiers";

/** (rule_set_id, honour tiers) of every tier, as a VALUES list to join assessments with honours. */
export const tierMapSql = (): SQL =>
  sql.raw(`(VALUES ${TIERS.map((t) => `('${t.ruleSetId}', '${t.key}', ARRAY[${t.honourTiers.map((h) => `'${h}'`).join(", ")}]::text[])`).join(", ")}) AS m(rule_set_id, tier, honour_tiers)`);

/** True when enterprise `enterpriseColumn` holds one of m.honour_tiers on `asOf`: recognised, not merely eligible. */
export const heldSql = (enterpriseColumn: string, asOf: string): SQL =>
  sql`EXISTS (SELECT 1 FROM enterprise_honours h WHERE h.enterprise_id = ${sql.raw(enterpriseColumn)} AND h.tier = ANY(m.honour_tiers)
        AND h.valid_from <= ${asOf}::date AND (h.valid_until IS NULL OR h.valid_until >= ${asOf}::date))`;

/** A near miss, as decided when the assessment was made (NEAR_MISS_SHARE): never eligible, vetoed or outgrown. */
export const nearMissSql = (): SQL => sql`t.near_miss`;
