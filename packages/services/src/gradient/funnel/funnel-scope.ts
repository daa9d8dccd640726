import { sql } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "@parkpilot/db";
import { forbidden } from "../../errors/app-error";
import type { TenantScope } from "../../tenancy/actor";
import { requireVisiblePark } from "../../tenancy/visibility";
import { populationWhere } from "../facts/population-sql";
import { evaluationDateFor, loadGradientSettings } from "../settings/gradient-settings";

/**
 * The population a funnel or candidate list is about (the scope, optionally one of its parks)
 * and the date recognition is judged on: the evaluation date the year's assessments were made
 * for, or the province's evaluation day when the year was never evaluated.
 */
export const funnelScope = async (db: DbOrTx, scope: TenantScope, year: number, parkId?: number) => {
  if (scope.kind === "enterprise") throw forbidden("Funnels and candidate lists are for park and province accounts");
  if (parkId) await requireVisiblePark(db, scope, parkId);
  const where = populationWhere(scope, parkId);
  const [row] = rowsOf<{ d: string | null }>(
    await db.execute(sql`SELECT max(t.evaluated_for)::text AS d FROM tier_assessments t JOIN enterprises ON enterprises.id = t.enterprise_id WHERE t.year = ${year} AND ${where}`),
  );
  const settings = await loadGradientSettings(db, scope.provinceCode);
  return { where, asOf: row?.d ?? evaluationDateFor(year, settings.evaluationDay), settings };
};
