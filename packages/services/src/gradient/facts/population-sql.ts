import { sql, type SQL } from "drizzle-orm";
import type { TenantScope } from "../../tenancy/actor";
import { enterpriseVisibility } from "../../tenancy/visibility";
import type { FactPlan } from "./fact-plan";

/** Enterprises that are assessed: those still operating (suspended ones may resume). */
export const ASSESSED_STATUS = "enterprises.operating_status IN ('operating', 'suspended')";

const populationFrom = (plan: FactPlan, year: number): string => {
  if (!Number.isInteger(year)) throw new Error(`year must be an integer: ${year}`);
  const joins = plan.lags.map((lag) => `LEFT JOIN enterprise_annual a${lag} ON a${lag}.enterprise_id = enterprises.id AND a${lag}.year = ${year - lag}`);
  return ["FROM enterprises", ...joins].join(" ");
};

/**
 * The population's inputs as one plain SELECT, one row per enterprise: register attributes and
 * the annual indicators the rule sets read, one LEFT JOIN per year offset. The loader reads the
 * same values in pieces (loadFactBatch); this is the benchmark's baseline, what a plain read of
 * them costs. The year is an integer from code.
 */
export const populationSelectText = (plan: FactPlan, year: number): string => {
  const cols = plan.annual.map((a, i) => `a${a.lag}.${a.column} AS c${i}`);
  return `SELECT enterprises.id, enterprises.industry_code, (enterprises.founded_on - DATE '1970-01-01') AS founded, enterprises.listed${cols.map((c) => `, ${c}`).join("")} ${populationFrom(plan, year)}`;
};

/** Which enterprises: the scope's, optionally one park, assessed ones only. */
export const populationWhere = (scope: TenantScope, parkId?: number | null): SQL =>
  sql.join([enterpriseVisibility(scope), sql.raw(` AND ${ASSESSED_STATUS}`), ...(parkId ? [sql` AND enterprises.park_id = ${parkId}`] : [])]);
