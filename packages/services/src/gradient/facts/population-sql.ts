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
 * The population's input columns, one row per enterprise: register attributes and the annual
 * indicators the rule sets read, one LEFT JOIN per year offset (a missing year reads as null,
 * i.e. unknown). Selected columns are c0, c1 … in plan order; the year is an integer from code.
 * Exposed as text so the benchmark can COPY exactly this SELECT as its baseline.
 */
export const populationSelectText = (plan: FactPlan, year: number): string => {
  const cols = plan.annual.map((a, i) => `a${a.lag}.${a.column} AS c${i}`);
  return `SELECT enterprises.id, enterprises.industry_code, (enterprises.founded_on - DATE '1970-01-01') AS founded, enterprises.listed${cols.map((c) => `, ${c}`).join("")} ${populationFrom(plan, year)}`;
};

/** Separators of the one-text-field rows: ASCII unit and record separators, never in the data. */
export const FIELD = "\u001f";
export const RECORD = "\u001e";

/**
 * The same inputs as populationSelectText, as one text field per enterprise (column r, beside
 * the id to order by): id,
 * industry code, founded (epoch day), listed (t/f), then the annual columns in plan order, each
 * empty when null. float8 prints its shortest exact form, so Number() reads back the same value.
 */
export const populationRowText = (plan: FactPlan, year: number): string => {
  const cells = [
    "enterprises.id::text",
    "coalesce(enterprises.industry_code, '')",
    "coalesce((enterprises.founded_on - DATE '1970-01-01')::text, '')",
    "CASE WHEN enterprises.listed THEN 't' ELSE 'f' END",
    ...plan.annual.map((a) => `coalesce(a${a.lag}.${a.column}::text, '')`),
  ];
  return `SELECT enterprises.id, concat_ws(chr(31), ${cells.join(", ")}) AS r ${populationFrom(plan, year)}`;
};

/** Which enterprises: the scope's, optionally one park, assessed ones only. */
export const populationWhere = (scope: TenantScope, parkId?: number | null): SQL =>
  sql.join([enterpriseVisibility(scope), sql.raw(` AND ${ASSESSED_STATUS}`), ...(parkId ? [sql` AND enterprises.park_id = ${parkId}`] : [])]);
