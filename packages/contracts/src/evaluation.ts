import { z } from "zod";
import { ZBilingualText, ZId, ZIdText, ZPage, ZPageQuery, ZPeriod } from "./common";

/**
 * Park evaluation API (/api/evaluation/...): indicator catalogue and values, leading industries
 * and homogeneity, per-mu (亩均) classes with explanations, the Guidance scorecard, monitoring and
 * alerts. Values are in the catalogue units; null means unknown (never zero).
 */

export const ZPolicyCitation = z.object({
  number: z.string(),
  title: z.string(),
  article: z.string(),
  url: z.string().optional(),
  /** [P]/[U] in the reference: the value needs checking against the original. */
  uncertain: z.boolean(),
  note: z.string().optional(),
});
export type TPolicyCitation = z.infer<typeof ZPolicyCitation>;

const year = z.coerce.number().int().min(1990).max(2100);
const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be YYYY-MM");
const share = z.number();

export const ZEvaluationYearQuery = z.object({ year: year.optional() });

// ——— indicator catalogue and values ———

/**
 * What a value's "reporting of population" counts: enterprises, or land parcels, or alerts; none
 * for a value no one reports (the leading industries the park declared), which has no completeness.
 */
export const ZCountedUnit = z.enum(["enterprises", "parcels", "alerts", "none"]);

export const ZIndicatorMeta = z.object({
  key: z.string(),
  name: ZBilingualText,
  formulaText: ZBilingualText,
  unit: ZBilingualText,
  frequency: z.enum(["annual", "quarterly", "monthly"]),
  direction: z.enum(["higher_better", "lower_better", "neutral"]),
  dataSource: z.enum(["import", "api", "manual", "computed"]),
  owner: ZBilingualText,
  alarm: z.number().nullable(),
  excellent: z.number().nullable(),
  thresholdCitation: ZPolicyCitation.nullable(),
  orientations: z.array(z.number().int()),
  levels: z.array(z.string()),
  citation: ZPolicyCitation,
  counts: ZCountedUnit,
});
export type TIndicatorMeta = z.infer<typeof ZIndicatorMeta>;

export const ZIndicatorCatalogueResponse = z.object({ id: z.string(), version: z.string(), indicators: z.array(ZIndicatorMeta) });
export type TIndicatorCatalogue = z.infer<typeof ZIndicatorCatalogueResponse>;

export const ZIndicatorRating = z.enum(["excellent", "normal", "alarm", "unknown"]);

/**
 * Why a park value is unknown (core parkUnknownReason): nothing computed for the year, no per-mu
 * classification, no parcels, no alerts, nothing to count over, no one reported the inputs, the
 * reported denominator is zero, no leading industry declared, or the declared ones not GB/T classes.
 */
export const ZParkUnknownCode = z.enum([
  "not_computed",
  "not_classified",
  "no_parcels",
  "no_alerts",
  "empty_population",
  "no_reporters",
  "zero_denominator",
  "none_declared",
  "declaration_unmapped",
]);

/** The reason with the counts it rests on: reporting of population, in the unit the indicator counts. */
export const ZParkUnknownReason = z.object({
  code: ZParkUnknownCode,
  counts: ZCountedUnit,
  reporting: z.number().int().nullable(),
  population: z.number().int().nullable(),
});
export type TParkUnknownReason = z.infer<typeof ZParkUnknownReason>;

export const ZIndicatorValue = z.object({
  key: z.string(),
  value: z.number().nullable(),
  /** Enterprises whose data entered the value, of those that should have reported. */
  reporting: z.number().int().nullable(),
  population: z.number().int().nullable(),
  /** Why the value is unknown; null when it is known. */
  unknown: ZParkUnknownReason.nullable(),
  rating: ZIndicatorRating,
  /** The province's parks: median and number of parks with a value (same year). */
  provinceMedian: z.number().nullable(),
  provinceParks: z.number().int(),
});
export type TIndicatorValue = z.infer<typeof ZIndicatorValue>;

export const ZParkIndicators = z.object({ parkId: z.number().int(), year: z.number().int().nullable(), values: z.array(ZIndicatorValue) });
export type TParkIndicators = z.infer<typeof ZParkIndicators>;

export const ZEnterpriseIndicators = z.object({
  enterpriseId: z.number().int(),
  year: z.number().int().nullable(),
  values: z.array(z.object({ key: z.string(), value: z.number().nullable(), missing: ZBilingualText.nullable() })),
});
export type TEnterpriseIndicators = z.infer<typeof ZEnterpriseIndicators>;

// ——— monitoring ———

export const ZMonthFigures = z.object({
  period,
  value: z.number().nullable(),
  yoy: z.number().nullable(),
  mom: z.number().nullable(),
  /** January to the month: the sum of the months, or their average for a stock (month-end employees). */
  ytd: z.number().nullable(),
  ytdYoy: z.number().nullable(),
  reporting: z.number().int().nullable(),
  population: z.number().int().nullable(),
});
export type TMonthFigures = z.infer<typeof ZMonthFigures>;

export const ZMonitoringField = z.enum(["output", "revenue", "taxPaid", "electricityKwh", "employees"]);
export const ZParkMonitoringQuery = z.object({ period: ZPeriod.optional(), field: ZMonitoringField.default("output") });

export const ZIndustryMonth = z.object({
  division: z.string(),
  name: z.string(),
  isLeading: z.boolean(),
  value: z.number().nullable(),
  yoy: z.number().nullable(),
  ytd: z.number().nullable(),
  ytdYoy: z.number().nullable(),
  /** Contribution to the park's year-on-year growth of the month (share of last year's park total). */
  contribution: z.number().nullable(),
});

export const ZParkMonitoring = z.object({
  parkId: z.number().int(),
  field: ZMonitoringField,
  period: period.nullable(),
  series: z.array(ZMonthFigures),
  industries: z.array(ZIndustryMonth),
});
export type TParkMonitoring = z.infer<typeof ZParkMonitoring>;

// ——— dashboard ———

export const ZClassCount = z.object({ class: z.string(), label: ZBilingualText, enterprises: z.number().int(), landMu: z.number().nullable() });

/**
 * Unresolved alerts counted by state: open (raised, not yet acknowledged) and acknowledged (someone
 * works on it); unresolved is the two together. Resolved alerts are not counted.
 */
export const ZUnresolvedAlertCounts = z.object({ unresolved: z.number().int(), open: z.number().int(), acknowledged: z.number().int() });
export type TUnresolvedAlertCounts = z.infer<typeof ZUnresolvedAlertCounts>;

export const ZParkDashboard = z.object({
  park: z.object({ id: z.number().int(), name: z.string(), provinceCode: z.string() }),
  year: z.number().int().nullable(),
  headline: z.array(ZIndicatorValue),
  classes: z.array(ZClassCount),
  /** The park's unresolved alerts by state, in all and per severity. */
  alerts: ZUnresolvedAlertCounts.extend({
    bySeverity: z.object({ critical: ZUnresolvedAlertCounts, warning: ZUnresolvedAlertCounts, info: ZUnresolvedAlertCounts }),
  }),
  month: ZMonthFigures.nullable(),
  /** When the park's monthly figures were last computed (ISO 8601, UTC), or null before the first recomputation. */
  computedAt: z.iso.datetime().nullable(),
});
export type TParkDashboard = z.infer<typeof ZParkDashboard>;

// ——— leading industries and homogeneity ———

export const ZLeadingIndustryCheck = z.object({
  parkId: z.number().int(),
  year: z.number().int().nullable(),
  declared: z.array(z.object({ label: z.string(), codes: z.array(z.string()), divisions: z.array(z.string()) })),
  declaredCount: z.number().int(),
  unmappedDeclared: z.array(z.string()),
  maxLeading: z.number().int(),
  declaredWithinLimit: z.boolean(),
  observedShareThreshold: share,
  observed: z.array(z.object({ division: z.string(), name: z.string(), share, declared: z.boolean() })).nullable(),
  observedCount: z.number().int().nullable(),
  observedWithinLimit: z.boolean().nullable(),
  declaredNotObserved: z.array(z.string()).nullable(),
  concentration: share.nullable(),
  concentrationTrend: z.array(z.object({ year: z.number().int(), share: share.nullable() })),
  findings: z.array(ZBilingualText),
  citation: ZPolicyCitation,
});
export type TLeadingIndustryCheck = z.infer<typeof ZLeadingIndustryCheck>;

export const ZHomogeneityQuery = z.object({
  year: year.optional(),
  basis: z.enum(["declared", "output"]).default("declared"),
  provinceCode: z.string().regex(/^\d{2}$/).optional(),
  /** S_ij line for this view (the cited policy value when absent). */
  threshold: z.coerce.number().min(0.5).max(1).optional(),
});

export const ZHomogeneity = z.object({
  provinceCode: z.string(),
  year: z.number().int().nullable(),
  basis: z.enum(["declared", "output"]),
  threshold: z.number(),
  /** The policy's S_ij line (threshold differs when the view asked for another). */
  defaultThreshold: z.number(),
  requireSharedDeclared: z.boolean(),
  parks: z.array(
    z.object({ id: z.number().int(), name: z.string(), declaredCount: z.number().int(), observedCount: z.number().int().nullable(), tooMany: z.boolean(), hasVector: z.boolean() }),
  ),
  industries: z.array(z.object({ division: z.string(), name: z.string() })),
  /** Park × industry shares (declared weights or output shares); only positive cells. */
  heat: z.array(z.object({ parkId: z.number().int(), division: z.string(), share, lq: z.number().nullable() })),
  compared: z.number().int(),
  pairs: z.array(
    z.object({
      a: z.object({ id: z.number().int(), name: z.string() }),
      b: z.object({ id: z.number().int(), name: z.string() }),
      similarity: z.number(),
      shared: z.array(z.string()),
      sharedDeclared: z.array(z.string()),
    }),
  ),
  duplicated: z.array(z.object({ division: z.string(), name: z.string(), parks: z.number().int() })),
  citation: ZPolicyCitation,
  thresholdCitation: ZPolicyCitation,
});
export type THomogeneity = z.infer<typeof ZHomogeneity>;

// ——— per-mu (亩均) ———

export const ZLandRuleSetRef = z.object({
  id: z.string(),
  version: z.string(),
  title: ZBilingualText,
  jurisdiction: ZBilingualText,
  citation: ZPolicyCitation,
  custom: z.boolean(),
  /**
   * The coefficients that convert energy carriers into tce for this method (e.g. Zhejiang's
   * equal-value basis): per-mu energy figures can differ from the indicator pages, which use the
   * catalogue's default set.
   */
  energyBasis: ZBilingualText,
});
export type TLandRuleSetRef = z.infer<typeof ZLandRuleSetRef>;

export const ZPlotRatioWhatIf = z.object({
  targetPlotRatio: z.number(),
  parcelsConsidered: z.number().int(),
  parcelsUnknown: z.number().int(),
  currentFloorM2: z.number(),
  extraFloorM2: z.number(),
  medianOutputPerM2: z.number().nullable(),
  outputSample: z.number().int(),
  projectedOutput: z.number().nullable(),
});
export const ZPlotRatioQuery = z.object({ target: z.coerce.number().min(0.1).max(20).default(2), year: year.optional() });

export const ZInefficientParcel = z.object({
  parcelId: z.number().int(),
  parcelCode: z.string(),
  areaMu: z.number(),
  status: z.string(),
  reason: z.enum(["idle", "vacant", "held_by_lowest_class"]),
  holder: z.object({ id: z.number().int(), name: z.string(), class: z.string().nullable(), score: z.number().nullable() }).nullable(),
});

export const ZLandParkSummary = z.object({
  parkId: z.number().int(),
  year: z.number().int().nullable(),
  ruleSet: ZLandRuleSetRef.nullable(),
  classes: z.array(ZClassCount),
  unclassified: z.object({ excluded: z.number().int(), outOfScope: z.number().int(), dataMissing: z.number().int() }),
  landHeldByLowClasses: z.number().nullable(),
  landClassified: z.number().nullable(),
  inefficient: z.array(ZInefficientParcel),
  inefficientAreaMu: z.number(),
  plotRatio: ZPlotRatioWhatIf,
});
export type TLandParkSummary = z.infer<typeof ZLandParkSummary>;

export const ZLandEnterpriseQuery = ZPageQuery.extend({
  year: year.optional(),
  class: z.enum(["A", "B", "C", "D"]).optional(),
  status: z.enum(["scored", "excluded", "out_of_scope", "data_missing"]).optional(),
});

export const ZLandEnterpriseRow = z.object({
  enterpriseId: z.number().int(),
  name: z.string(),
  isGenerated: z.boolean(),
  method: z.string().nullable(),
  status: z.string(),
  score: z.number().nullable(),
  class: z.string().nullable(),
  rank: z.number().int().nullable(),
  poolSize: z.number().int().nullable(),
});
export const ZLandEnterpriseList = ZPage(ZLandEnterpriseRow).extend({ year: z.number().int().nullable() });

export const ZLandItemExplained = z.object({
  id: z.string(),
  indicator: z.string(),
  name: ZBilingualText,
  unit: ZBilingualText,
  value: z.number().nullable(),
  missing: z.object({ code: z.string(), field: z.string() }).nullable(),
  benchmark: z.number().nullable(),
  benchmarkOrigin: z.string().nullable(),
  benchmarkYear: z.number().int().nullable(),
  weight: z.number(),
  points: z.number().nullable(),
  state: z.string(),
  citation: ZPolicyCitation,
});

export const ZLandExplanation = z.object({
  enterpriseId: z.number().int(),
  name: z.string(),
  year: z.number().int(),
  ruleSet: ZLandRuleSetRef,
  status: z.string(),
  method: z.string().nullable(),
  score: z.number().nullable(),
  class: z.string().nullable(),
  classLabel: ZBilingualText.nullable(),
  rank: z.number().int().nullable(),
  poolSize: z.number().int().nullable(),
  items: z.array(ZLandItemExplained),
  adjustments: z.array(z.object({ id: z.string(), label: ZBilingualText, points: z.number() })),
  moveUp: z
    .object({
      to: z.string(),
      cut: z.number(),
      scoreGap: z.number(),
      options: z.array(z.object({ indicator: z.string(), name: ZBilingualText, unit: ZBilingualText, delta: z.number(), from: z.number(), text: ZBilingualText })),
    })
    .nullable(),
  lines: z.array(ZBilingualText),
  /** When this result was computed (ISO 8601, UTC). */
  computedAt: z.iso.datetime(),
});
export type TLandExplanation = z.infer<typeof ZLandExplanation>;

export const ZParkRanking = z.object({
  provinceCode: z.string(),
  year: z.number().int().nullable(),
  items: z.array(
    z.object({
      parkId: z.number().int(),
      name: z.string(),
      outputPerMu: z.number().nullable(),
      taxPerMu: z.number().nullable(),
      outputRank: z.number().int().nullable(),
      taxRank: z.number().int().nullable(),
      reporting: z.number().int().nullable(),
      population: z.number().int().nullable(),
    }),
  ),
});
export type TParkRanking = z.infer<typeof ZParkRanking>;

// ——— scorecard ———

export const ZEvidenceReviewStatus = z.enum(["submitted", "accepted", "returned"]);
export type TEvidenceReviewStatus = z.infer<typeof ZEvidenceReviewStatus>;

export const ZEvidence = z.object({
  id: z.number().int(),
  itemKey: z.string(),
  year: z.number().int(),
  note: z.string(),
  attachmentName: z.string().nullable(),
  attachmentType: z.string().nullable(),
  attachmentBytes: z.number().int().nullable(),
  /** When the evidence was filed (ISO 8601, UTC). */
  createdAt: z.iso.datetime(),
  /**
   * The province's review: evidence a park files is submitted and scores once accepted; evidence
   * the province files is accepted as filed; returned evidence says why in `note`.
   */
  review: z.object({
    status: ZEvidenceReviewStatus,
    note: z.string().nullable(),
    /** ISO 8601, UTC; null while submitted. */
    at: z.iso.datetime().nullable(),
    reviewer: z.string().nullable(),
  }),
});
export type TEvidence = z.infer<typeof ZEvidence>;

/** PUT …/evidence/:itemKey/review: the province accepts the evidence or returns it with a reason. */
export const ZEvidenceReviewBody = z
  .object({
    year,
    decision: z.enum(["accept", "return"]),
    note: z.string().trim().max(500).optional(),
  })
  .refine((b) => b.decision === "accept" || (b.note !== undefined && b.note.length > 0), { path: ["note"], message: "a returned piece of evidence needs the reason" });
export type TEvidenceReviewBody = z.infer<typeof ZEvidenceReviewBody>;

/** Attachments are small base64 files (a scan, a PDF page): 512 KB decoded at most. */
export const EVIDENCE_MAX_BYTES = 512 * 1024;

export const ZEvidenceBody = z.object({
  year,
  note: z.string().trim().min(1).max(2000),
  attachment: z
    .object({
      name: z.string().min(1).max(200),
      type: z.string().min(1).max(100),
      base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64").max(Math.ceil((EVIDENCE_MAX_BYTES * 4) / 3) + 4, "attachment larger than 512 KB"),
    })
    .optional(),
});
export type TEvidenceBody = z.infer<typeof ZEvidenceBody>;
export const ZEvidenceParams = z.object({ id: ZIdText, itemKey: z.string().regex(/^[a-z0-9_]+$/) });
export const ZEvidenceDeleteQuery = z.object({ year });

export const ZScorecardItem = z.object({
  id: z.string(),
  kind: z.enum(["indicator", "target", "checklist"]),
  indicator: z.string().nullable(),
  label: ZBilingualText,
  unit: ZBilingualText,
  weight: z.number(),
  value: z.number().nullable(),
  median: z.number().nullable(),
  fullMarksAt: z.number().nullable(),
  target: z.number().nullable(),
  points: z.number().nullable(),
  status: z.enum(["scored", "unknown", "not_evidenced", "pending_review", "returned"]),
  finding: ZBilingualText,
  evidence: ZEvidence.nullable(),
  evidenceHint: ZBilingualText.nullable(),
});

export const ZScorecardOrientation = z.object({
  number: z.number().int(),
  name: ZBilingualText,
  score: z.number().nullable(),
  completeness: z.number(),
  items: z.array(ZScorecardItem),
  citation: ZPolicyCitation,
});

export const ZParkScorecard = z.object({
  parkId: z.number().int(),
  parkName: z.string(),
  year: z.number().int().nullable(),
  scorecard: z.object({ id: z.string(), version: z.string(), citation: ZPolicyCitation }),
  total: z.number().nullable(),
  completeness: z.number(),
  rank: z.number().int().nullable(),
  of: z.number().int(),
  previous: z.object({ year: z.number().int(), total: z.number().nullable(), rank: z.number().int().nullable() }).nullable(),
  dimensions: z.array(z.object({ id: z.string(), name: ZBilingualText, score: z.number().nullable(), completeness: z.number(), orientations: z.array(ZScorecardOrientation) })),
});
export type TParkScorecard = z.infer<typeof ZParkScorecard>;

export const ZProvinceScorecard = z.object({
  provinceCode: z.string(),
  year: z.number().int().nullable(),
  dimensions: z.array(z.object({ id: z.string(), name: ZBilingualText })),
  items: z.array(
    z.object({
      parkId: z.number().int(),
      name: z.string(),
      total: z.number().nullable(),
      completeness: z.number(),
      rank: z.number().int().nullable(),
      previousRank: z.number().int().nullable(),
      previousTotal: z.number().nullable(),
      dimensions: z.array(z.object({ id: z.string(), score: z.number().nullable() })),
    }),
  ),
});
export type TProvinceScorecard = z.infer<typeof ZProvinceScorecard>;

// ——— alerts ———

export const ZAlertStatus = z.enum(["open", "acknowledged", "resolved"]);
export const ZAlertSeverity = z.enum(["info", "warning", "critical"]);

/** A status to filter the inbox by, or unresolved: open and acknowledged together. */
export const ZAlertStatusFilter = z.enum([...ZAlertStatus.options, "unresolved"]);
export type TAlertStatusFilter = z.infer<typeof ZAlertStatusFilter>;

export const ZAlertListQuery = ZPageQuery.extend({
  status: ZAlertStatusFilter.optional(),
  severity: ZAlertSeverity.optional(),
  parkId: ZIdText.optional(),
  ruleId: z.string().max(64).optional(),
  period: ZPeriod.optional(),
});

export const ZAlertSummary = z.object({
  id: z.number().int(),
  ruleId: z.string(),
  ruleVersion: z.string(),
  ruleTitle: ZBilingualText,
  subject: z.string(),
  parkId: z.number().int().nullable(),
  parkName: z.string().nullable(),
  enterpriseId: z.number().int().nullable(),
  enterpriseName: z.string().nullable(),
  period,
  severity: ZAlertSeverity,
  /** The rule's alert title filled in for this alert, in both languages. */
  title: ZBilingualText,
  status: ZAlertStatus,
  ownerUserId: z.number().int().nullable(),
  ownerName: z.string().nullable(),
  /** When the alert was raised and last changed (ISO 8601, UTC). */
  raisedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TAlertSummary = z.infer<typeof ZAlertSummary>;
export const ZAlertList = ZPage(ZAlertSummary);

export const ZEvidencePoint = z.object({ period, value: z.number().nullable(), base: z.number().nullable().optional(), growth: z.number().nullable().optional() });

export const ZAlertDetail = ZAlertSummary.extend({
  note: z.string().nullable(),
  evidence: z.object({
    /** The series behind the alert (value and the value a year before), oldest first. */
    series: z.array(ZEvidencePoint),
    seriesLabel: ZBilingualText,
    /** A second series where the rule compares two (electricity against output). */
    secondary: z.array(ZEvidencePoint).nullable(),
    secondaryLabel: ZBilingualText.nullable(),
    measured: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
    decisive: z.array(period),
  }),
  rule: z.object({ title: ZBilingualText, rationale: ZBilingualText, citation: ZPolicyCitation, params: z.record(z.string(), z.union([z.number(), z.string()])) }),
  events: z.array(
    z.object({ fromStatus: z.string().nullable(), toStatus: z.string(), userId: z.number().int().nullable(), userName: z.string().nullable(), note: z.string().nullable(), at: z.string() }),
  ),
});
export type TAlertDetail = z.infer<typeof ZAlertDetail>;

export const ZAlertTransitionBody = z
  .object({ to: ZAlertStatus, note: z.string().trim().max(2000).optional() })
  .refine((b) => b.to !== "resolved" || (b.note !== undefined && b.note.length > 0), { message: "a note is required to resolve an alert", path: ["note"] });
export const ZAlertAssignBody = z.object({ ownerUserId: ZId.nullable() });

// ——— recompute and settings ———

export const ZRecomputeBody = z.object({ year: year.optional(), period: ZPeriod.optional() });
export const ZRecomputeResult = z.object({
  provinceCode: z.string(),
  years: z.array(z.number().int()),
  landYear: z.number().int().nullable(),
  period: period.nullable(),
  ruleSet: z.object({ id: z.string(), version: z.string() }).nullable(),
  counts: z.object({ indicatorValues: z.number().int(), monthlyValues: z.number().int(), landEvaluations: z.number().int(), alertsRaised: z.number().int(), alertsUpdated: z.number().int(), alertsResolved: z.number().int() }),
  timingsMs: z.object({ indicators: z.number(), monthly: z.number(), land: z.number(), alerts: z.number(), total: z.number() }),
});
export type TRecomputeResult = z.infer<typeof ZRecomputeResult>;

export const ZEvaluationSettings = z.object({
  provinceCode: z.string(),
  landRuleSet: ZLandRuleSetRef,
  chosen: z.boolean(),
  available: z.array(ZLandRuleSetRef),
});
export type TEvaluationSettings = z.infer<typeof ZEvaluationSettings>;
export const ZEvaluationSettingsBody = z.union([z.object({ landRuleSetId: z.string().min(1).max(64) }), z.object({ customRuleSet: z.record(z.string(), z.unknown()) })]);
export type TEvaluationSettingsBody = z.infer<typeof ZEvaluationSettingsBody>;
