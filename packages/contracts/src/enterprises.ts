import { z } from "zod";
import { ZIdText, ZPage, ZPageQuery } from "./common";
import { ZSourcedValue } from "./provenance";

export const ZOperatingStatus = z.enum(["operating", "suspended", "deregistered", "relocated"]);

export const ZEnterpriseListQuery = ZPageQuery.extend({
  parkId: ZIdText.optional(),
  /** GB/T 4754 code or prefix (division 36, group 367, class 3670). */
  industry: z.string().regex(/^[A-Z]$|^\d{2,4}$/, "a GB/T 4754 section letter or 2–4 digit code").optional(),
  q: z.string().max(100).optional(),
  status: ZOperatingStatus.optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  sort: z.enum(["name", "revenue", "taxPaid", "industrialOutput"]).default("name"),
  order: z.enum(["asc", "desc"]).default("asc"),
});
export type TEnterpriseListQuery = z.infer<typeof ZEnterpriseListQuery>;

export const ZEnterpriseSummary = z.object({
  id: z.number().int(),
  creditCode: z.string(),
  name: z.string(),
  parkId: z.number().int().nullable(),
  parkName: z.string().nullable(),
  industryCode: z.string().nullable(),
  industryName: z.string().nullable(),
  operatingStatus: ZOperatingStatus,
  aboveDesignatedSize: z.boolean().nullable(),
  isGenerated: z.boolean(),
  year: z.number().int().nullable(),
  revenue: z.number().nullable(),
  industrialOutput: z.number().nullable(),
  taxPaid: z.number().nullable(),
  employees: z.number().nullable(),
});
export type TEnterpriseSummary = z.infer<typeof ZEnterpriseSummary>;
export const ZEnterpriseList = ZPage(ZEnterpriseSummary);

export const ZAnnualRecord = z.object({ year: z.number().int(), values: z.record(z.string(), ZSourcedValue) });
export const ZMonthlyRecord = z.object({ period: z.string(), values: z.record(z.string(), ZSourcedValue) });
export type TAnnualRecord = z.infer<typeof ZAnnualRecord>;
export type TMonthlyRecord = z.infer<typeof ZMonthlyRecord>;

export const ZEnterpriseDetail = ZEnterpriseSummary.extend({
  provinceCode: z.string(),
  regionCode: z.string().nullable(),
  foundedOn: z.string().nullable(),
  registeredCapital: z.number().nullable(),
  listed: z.boolean(),
  mainProducts: z.string().nullable(),
  businessScope: z.string().nullable(),
  annual: z.array(ZAnnualRecord),
  monthly: z.array(ZMonthlyRecord),
});
export type TEnterpriseDetail = z.infer<typeof ZEnterpriseDetail>;

/** A correction or report of annual values: only the keys given are changed; null clears a value. */
export const ZAnnualUpsert = z.object({
  values: z.record(z.string(), z.number().finite().nullable()).refine((v) => Object.keys(v).length > 0, "at least one value"),
  note: z.string().max(500).optional(),
});
export type TAnnualUpsert = z.infer<typeof ZAnnualUpsert>;

export const ZMonthlyUpsert = ZAnnualUpsert;
export type TMonthlyUpsert = z.infer<typeof ZMonthlyUpsert>;
