import { z } from "zod";
import { ZPage, ZPageQuery } from "./common";

export const ZParkKind = z.enum(["etdz", "hitech", "customs", "border", "other", "provincial_ez", "industrial"]);
export const ZParkLevel = z.enum(["national", "provincial"]);

export const ZLeadingIndustry = z.object({
  position: z.number().int(),
  label: z.string(),
  industryCodes: z.array(z.string()),
  industryNames: z.array(z.string()),
  mappingStatus: z.string(),
});

/** Headline figures of a park for one year; null when no enterprise reported the input. */
export const ZParkKpis = z.object({
  year: z.number().int(),
  enterprises: z.number().int(),
  reporting: z.number().int(),
  industrialOutput: z.number().nullable(),
  revenue: z.number().nullable(),
  taxPaid: z.number().nullable(),
  valueAdded: z.number().nullable(),
  rdExpense: z.number().nullable(),
  landAreaMu: z.number().nullable(),
  /** 万元/亩: Σ tax ÷ Σ land of enterprises reporting both (never an average of ratios). */
  taxPerMu: z.number().nullable(),
  /** R&D expense ÷ revenue, as a fraction. */
  rdIntensity: z.number().nullable(),
});
export type TParkKpis = z.infer<typeof ZParkKpis>;

export const ZParkListQuery = ZPageQuery.extend({
  q: z.string().max(100).optional(),
  level: ZParkLevel.optional(),
  kind: ZParkKind.optional(),
  provinceCode: z.string().regex(/^\d{2}$/).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  sort: z.enum(["name", "industrialOutput", "revenue", "taxPaid", "valueAdded", "enterprises", "taxPerMu", "rdIntensity"]).default("name"),
  order: z.enum(["asc", "desc"]).default("asc"),
});
export type TParkListQuery = z.infer<typeof ZParkListQuery>;

export const ZParkSummary = z.object({
  id: z.number().int(),
  catalogueCode: z.string().nullable(),
  name: z.string(),
  level: ZParkLevel,
  kind: ZParkKind,
  kindText: z.string(),
  provinceCode: z.string(),
  regionCode: z.string().nullable(),
  approvedOn: z.string().nullable(),
  approvedAreaKm2: z.number().nullable(),
  leadingIndustriesText: z.string().nullable(),
  leadingIndustryCount: z.number().int(),
  longitude: z.number().nullable(),
  latitude: z.number().nullable(),
  kpis: ZParkKpis.nullable(),
});
export type TParkSummary = z.infer<typeof ZParkSummary>;

export const ZParkList = ZPage(ZParkSummary);

export const ZParkDetail = ZParkSummary.extend({
  approvalText: z.string().nullable(),
  source: z.string(),
  locationSource: z.string().nullable(),
  leadingIndustries: z.array(ZLeadingIndustry),
  /** KPIs of every year with data, oldest first. */
  kpiHistory: z.array(ZParkKpis),
});
export type TParkDetail = z.infer<typeof ZParkDetail>;
