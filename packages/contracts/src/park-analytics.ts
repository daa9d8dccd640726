import { z } from "zod";

/**
 * Park analytics the web app's park page needs beyond the KPI history: 36 months of aggregated
 * monthly reporting (trend charts with year-on-year lines) and the industry mix of one year.
 * Sums are in the catalogue units (万元, kWh); null when no enterprise reported the value that
 * month, so "unknown" never shows as zero.
 */
export const ZParkMonthlyPoint = z.object({
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be YYYY-MM"),
  output: z.number().nullable(),
  revenue: z.number().nullable(),
  taxPaid: z.number().nullable(),
  electricityKwh: z.number().nullable(),
  /** Enterprises that reported anything for the month. */
  reporting: z.number().int(),
});
export type TParkMonthlyPoint = z.infer<typeof ZParkMonthlyPoint>;

/** GET /api/parks/:id/monthly: the last 36 months with data, oldest first. */
export const ZParkMonthly = z.object({ series: z.array(ZParkMonthlyPoint) });
export type TParkMonthly = z.infer<typeof ZParkMonthly>;

export const ZParkIndustryMixQuery = z.object({ year: z.coerce.number().int().min(1990).max(2100).optional() });

export const ZParkIndustryMixItem = z.object({
  /** GB/T 4754-2017 code the enterprises are grouped by (a 2-digit division). */
  industryCode: z.string(),
  industryName: z.string(),
  /** The 2-digit division of industryCode. */
  division: z.string(),
  output: z.number().nullable(),
  revenue: z.number().nullable(),
  enterprises: z.number().int(),
  /** Whether the code belongs to one of the park's declared leading industries. */
  isLeading: z.boolean(),
});
export type TParkIndustryMixItem = z.infer<typeof ZParkIndustryMixItem>;

/** GET /api/parks/:id/industry-mix?year=: default year is the latest with annual data. */
export const ZParkIndustryMix = z.object({ year: z.number().int().nullable(), items: z.array(ZParkIndustryMixItem) });
export type TParkIndustryMix = z.infer<typeof ZParkIndustryMix>;
