import { asc, eq } from "drizzle-orm";
import type { TEnterpriseDetail } from "@parkpilot/contracts";
import { ANNUAL_FIELDS, MONTHLY_FIELDS } from "@parkpilot/core";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../context";
import type { TenantScope } from "../tenancy/actor";
import { requireVisibleEnterprise } from "../tenancy/visibility";
import { loadSourceNames, sourcedValues } from "../indicators/resolve-provenance";

/** An enterprise's profile with its full annual and monthly history, every value with its source. */
export const getEnterprise = async (ctx: ServiceContext, scope: TenantScope, enterpriseId: number): Promise<TEnterpriseDetail> => {
  const { db } = ctx.database;
  const e = await requireVisibleEnterprise(db, scope, enterpriseId);
  const [park] = e.parkId === null ? [] : await db.select({ name: tables.parks.name }).from(tables.parks).where(eq(tables.parks.id, e.parkId));
  const [industry] =
    e.industryCode === null ? [] : await db.select({ name: tables.industries.name }).from(tables.industries).where(eq(tables.industries.code, e.industryCode));
  const annual = await db.select().from(tables.enterpriseAnnual).where(eq(tables.enterpriseAnnual.enterpriseId, e.id)).orderBy(asc(tables.enterpriseAnnual.year));
  const monthly = await db
    .select()
    .from(tables.enterpriseMonthly)
    .where(eq(tables.enterpriseMonthly.enterpriseId, e.id))
    .orderBy(asc(tables.enterpriseMonthly.period));
  const names = await loadSourceNames(db, [...annual, ...monthly]);
  const latest = annual.at(-1);
  return {
    id: e.id,
    creditCode: e.creditCode,
    name: e.name,
    parkId: e.parkId,
    parkName: park?.name ?? null,
    industryCode: e.industryCode,
    industryName: industry?.name ?? null,
    operatingStatus: e.operatingStatus,
    aboveDesignatedSize: e.aboveDesignatedSize,
    isGenerated: e.isGenerated,
    year: latest?.year ?? null,
    revenue: latest?.revenue ?? null,
    industrialOutput: latest?.industrialOutput ?? null,
    taxPaid: latest?.taxPaid ?? null,
    employees: latest?.employees ?? null,
    provinceCode: e.provinceCode,
    regionCode: e.regionCode,
    foundedOn: e.foundedOn,
    registeredCapital: e.registeredCapital,
    listed: e.listed,
    mainProducts: e.mainProducts,
    businessScope: e.businessScope,
    annual: annual.map((row) => ({ year: row.year, values: sourcedValues(row, ANNUAL_FIELDS, names) })),
    monthly: monthly.map((row) => ({ period: row.period, values: sourcedValues(row, MONTHLY_FIELDS, names) })),
  };
};
