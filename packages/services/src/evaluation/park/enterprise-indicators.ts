import { annualFieldByKey, describeUnknown, measureEnterprise, quantityLabel, type FieldValues } from "@parkpilot/core";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { requireVisibleEnterprise } from "../../tenancy/visibility";
import { conversionsFor, evaluationPolicies } from "../policies";

/**
 * GET /api/evaluation/enterprises/:id/indicators: the catalogue's enterprise-level indicators of
 * one enterprise-year, each with the reason when it is unknown (no land, no energy reported …).
 * Enterprise accounts see their own.
 */
export const enterpriseIndicators = async (ctx: ServiceContext, scope: TenantScope, enterpriseId: number, year?: number) => {
  await requireVisibleEnterprise(ctx.database.db, scope, enterpriseId);
  const columns = [...annualFieldByKey.values()].map((f) => `${f.column} AS "${f.key}"`).join(", ");
  const [row] = await ctx.database.query<FieldValues & { year: number }>(
    `SELECT year::int AS year, ${columns} FROM enterprise_annual WHERE enterprise_id = $1 ${year !== undefined ? "AND year = $2" : ""} ORDER BY year DESC LIMIT 1`,
    year !== undefined ? [enterpriseId, year] : [enterpriseId],
  );
  if (!row) return { enterpriseId, year: year ?? null, values: [] };
  const conv = conversionsFor();
  const values: FieldValues = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? null : Number(v)]));
  const defs = evaluationPolicies().catalogue.indicators.filter((d) => d.levels.includes("enterprise") && (d.formula.kind === "sum" || d.formula.kind === "ratio"));
  return {
    enterpriseId,
    year: row.year,
    values: defs.map((d) => {
      const m = measureEnterprise(d.formula, values, conv);
      return { key: d.key, value: m.value, missing: m.reason ? describeUnknown(m.reason, quantityLabel) : null };
    }),
  };
};
