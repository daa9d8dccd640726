import { z } from "zod";
import { ZDate, ZId, ZIdText, ZPage, ZPageQuery } from "./common";

/**
 * Enterprise gradient cultivation database (企业梯度培育库, /api/gradient/...): recognised honours,
 * the facts tier rules read, assessed eligibility per tier and year with explanations, the
 * ladder with what each enterprise lacks, park and province funnels, support measures per tier
 * and the province's local rule parameters. Eligibility is never recognition: honours come from
 * official lists, assessments from the rule engine, and the two are always shown apart.
 */

const text = z.object({ zh: z.string(), en: z.string() });
const year = z.coerce.number().int().min(1990).max(2100);

/** Tiers of the ladder and alongside it (a rule set each, except the 2026 rung that two titles fill). */
export const ZTierKey = z.enum([
  "tech_sme",
  "innovative_sme",
  "tech_innovative_sme",
  "specialized_sme",
  "little_giant",
  "single_champion",
  "high_tech",
  "gazelle",
  "unicorn",
  "navigator",
]);
export type TTierKey = z.infer<typeof ZTierKey>;

/** Titles an official list can grant: the ladder's own plus two the tier rules read as direct routes. */
export const ZHonourTier = z.enum([
  "tech_sme",
  "innovative_sme",
  "specialized_sme",
  "little_giant",
  "single_champion",
  "high_tech",
  "gazelle",
  "unicorn",
  "navigator",
  "tech_innovation_demo",
  "ip_advantage",
]);
export type THonourTier = z.infer<typeof ZHonourTier>;
export const ZHonourLevel = z.enum(["national", "provincial", "municipal", "district"]);
export type THonourLevel = z.infer<typeof ZHonourLevel>;
export const ZAssessmentOutcome = z.enum(["eligible", "not_eligible", "undetermined"]);
export type TAssessmentOutcome = z.infer<typeof ZAssessmentOutcome>;

// ——— explanations (the rule engine's Explanation, as served) ———

export const ZTierCitation = z.object({ number: z.string(), title: z.string(), article: z.string(), url: z.string().optional() });
const status = z.enum(["pass", "fail", "unknown", "manual_review"]);

export const ZTierCriterion = z.object({
  id: z.string(),
  parentId: z.string().optional(),
  depth: z.number().int(),
  kind: z.string(),
  label: text,
  status,
  observed: z.union([z.number(), z.boolean(), z.string(), z.null()]).optional(),
  observedText: text.optional(),
  required: z.object({ op: z.string(), value: z.union([z.number(), z.boolean(), z.array(z.string())]) }).optional(),
  requiredText: text.optional(),
  unit: z.string().optional(),
  points: z.object({ min: z.number(), max: z.number() }).optional(),
  maxPoints: z.number().optional(),
  citation: ZTierCitation,
  thresholdCitation: ZTierCitation.optional(),
  uncertain: z.boolean(),
  note: z.string().optional(),
  reason: text.optional(),
});
export type TTierCriterion = z.infer<typeof ZTierCriterion>;

export const ZTierGap = z.object({
  criterionId: z.string(),
  kind: z.enum(["below_threshold", "not_met", "veto", "missing_data", "manual_review", "score"]),
  text,
  oneOf: z.string().optional(),
  uncertain: z.boolean(),
  citation: ZTierCitation,
});
export type TTierGap = z.infer<typeof ZTierGap>;

export const ZRuleSetRef = z.object({
  id: z.string(),
  version: z.string(),
  title: text,
  kind: z.enum(["eligibility", "classification"]),
  scope: z.enum(["national", "local_default", "local"]),
  effectiveFrom: z.string(),
  effectiveTo: z.string().optional(),
  overlay: z.string().optional(),
});
export type TRuleSetRef = z.infer<typeof ZRuleSetRef>;

export const ZTierExplanation = z.object({
  ruleSet: ZRuleSetRef,
  evaluatedOn: z.string(),
  referenceYear: z.number().int(),
  outcome: ZAssessmentOutcome,
  status,
  undeterminedReason: z.enum(["missing_data", "manual_review"]).optional(),
  score: z.number().optional(),
  scoreRange: z.object({ min: z.number(), max: z.number() }).optional(),
  classification: z.object({ id: z.string(), label: text }).optional(),
  possibleClasses: z.array(z.object({ id: z.string(), label: text })).optional(),
  criteria: z.array(ZTierCriterion),
  gaps: z.array(ZTierGap),
  uncertain: z.boolean(),
});
export type TTierExplanation = z.infer<typeof ZTierExplanation>;

// ——— catalogue ———

export const ZTierInfo = z.object({
  key: ZTierKey,
  label: text,
  /** Rung of the SME ladder (1 科技型/创新型 … 4 单项冠军); null for tiers alongside it. */
  rung: z.number().int().nullable(),
  ruleSetId: z.string(),
  /** Honour tiers that count as holding this tier. */
  honourTiers: z.array(ZHonourTier),
  validityYears: z.number().int().nullable(),
});
export type TTierInfo = z.infer<typeof ZTierInfo>;

export const ZTierCatalogue = z.object({
  tiers: z.array(ZTierInfo),
  honourTiers: z.array(z.object({ key: ZHonourTier, label: text, validityYears: z.number().int().nullable() })),
  ruleSets: z.array(ZRuleSetRef),
  /** Closeness from which a not-eligible enterprise counts as a near miss. */
  nearMissShare: z.number(),
});
export type TTierCatalogue = z.infer<typeof ZTierCatalogue>;

// ——— honours ———

export const ZHonourState = z.enum(["valid", "expiring", "expired", "future"]);
export type THonourState = z.infer<typeof ZHonourState>;

export const ZHonour = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  creditCode: z.string(),
  parkId: z.number().int().nullable(),
  parkName: z.string().nullable(),
  isGenerated: z.boolean(),
  tier: ZHonourTier,
  tierLabel: text,
  level: ZHonourLevel.nullable(),
  batch: z.string().nullable(),
  year: z.number().int().nullable(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  certificateNo: z.string().nullable(),
  sourceKind: z.enum(["import", "api", "manual", "estimate", "generated"]),
  sourceNote: z.string().nullable(),
  recordedAt: z.string(),
  /** On the reference date: valid, valid but ending within 90 days, expired, not yet valid. */
  state: ZHonourState,
  daysLeft: z.number().int().nullable(),
});
export type THonour = z.infer<typeof ZHonour>;

export const ZHonourListQuery = ZPageQuery.extend({
  tier: ZHonourTier.optional(),
  parkId: ZIdText.optional(),
  enterpriseId: ZIdText.optional(),
  state: ZHonourState.optional(),
  q: z.string().max(100).optional(),
});
export type THonourListQuery = z.infer<typeof ZHonourListQuery>;
export const ZHonourList = ZPage(ZHonour).extend({ today: z.string() });
export type THonourList = z.infer<typeof ZHonourList>;

/** A hand-entered honour. valid_until may be left out: the tier's standard validity applies. */
export const ZHonourInput = z
  .object({
    enterpriseId: ZId,
    tier: ZHonourTier,
    level: ZHonourLevel.nullable().optional(),
    batch: z.string().trim().max(200).nullable().optional(),
    year: z.number().int().min(1990).max(2100).nullable().optional(),
    validFrom: ZDate,
    validUntil: ZDate.nullable().optional(),
    certificateNo: z.string().trim().max(100).nullable().optional(),
    note: z.string().trim().max(500).nullable().optional(),
    via: z.enum(["manual", "api"]).default("api"),
  })
  .refine((h) => !h.validUntil || h.validUntil >= h.validFrom, { message: "validUntil must not be before validFrom", path: ["validUntil"] });
export type THonourInput = z.infer<typeof ZHonourInput>;

export const ZHonourImportResult = z.object({
  status: z.enum(["applied", "rejected"]),
  fileName: z.string(),
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  errorCount: z.number().int(),
  message: z.string(),
  errors: z.array(z.object({ row: z.number().int().nullable(), column: z.string().nullable(), value: z.string().nullable(), message: z.string() })),
});
export type THonourImportResult = z.infer<typeof ZHonourImportResult>;

// ——— facts ———

export const ZFactValue = z.union([z.number().finite(), z.boolean(), z.string().max(200), z.null()]);
export const ZEnterpriseFactsUpdate = z.object({
  values: z.record(z.string(), ZFactValue).refine((v) => Object.keys(v).length > 0, "at least one value"),
  note: z.string().max(500).optional(),
  via: z.enum(["manual", "api"]).default("api"),
});
export type TEnterpriseFactsUpdate = z.infer<typeof ZEnterpriseFactsUpdate>;

export const ZEnterpriseFact = z.object({
  key: z.string(),
  label: text,
  type: z.enum(["number", "boolean", "category", "date"]),
  unit: z.string(),
  levels: z.array(z.object({ value: z.number(), label: text })).optional(),
  value: z.union([z.number(), z.boolean(), z.string(), z.null()]),
  asOf: z.string().nullable(),
  source: z.object({ kind: z.string(), note: z.string().nullable(), at: z.string() }).nullable(),
  /** Whether the caller may change it (registry facts and review decisions are the authorities'). */
  editable: z.boolean(),
});
export type TEnterpriseFact = z.infer<typeof ZEnterpriseFact>;
export const ZEnterpriseFacts = z.object({ enterpriseId: z.number().int(), facts: z.array(ZEnterpriseFact) });
export type TEnterpriseFacts = z.infer<typeof ZEnterpriseFacts>;

// ——— assessments, the ladder and the card ———

export const ZStoredAssessment = z.object({
  ruleSetId: z.string(),
  ruleSetVersion: z.string(),
  year: z.number().int(),
  evaluatedFor: z.string(),
  outcome: ZAssessmentOutcome,
  score: z.number().nullable(),
  classification: z.string().nullable(),
  closeness: z.number().nullable(),
  failedCount: z.number().int(),
  unknownCount: z.number().int(),
  /** ISO 8601 (UTC). */
  computedAt: z.iso.datetime(),
  /** Conditions of the policy text and vetoes not met when it was stored (failed, data missing, review pending); null when its explanation is of an earlier format or another rule version than the card's. */
  open: z.array(z.string()).nullable(),
});
export type TStoredAssessment = z.infer<typeof ZStoredAssessment>;

export const ZTierCardQuery = z.object({
  year: year.optional(),
  /** Evaluation date (rules in force on it, titles valid on it); default: the province's evaluation day of year + 1. */
  asOf: ZDate.optional(),
  /** Pin the SME-ladder version (2022 or 2026 rules) whatever is in force on asOf. */
  ruleVersion: z.enum(["2022", "2026"]).optional(),
});
export type TTierCardQuery = z.infer<typeof ZTierCardQuery>;

export const ZTierCardEntry = z.object({
  tier: ZTierKey,
  label: text,
  rung: z.number().int().nullable(),
  recognised: z.boolean(),
  /** The honour that makes it recognised on asOf. */
  honour: z.object({ tier: ZHonourTier, validFrom: z.string(), validUntil: z.string().nullable(), certificateNo: z.string().nullable() }).nullable(),
  isNext: z.boolean(),
  /** A ceiling of the tier's scope failed (SME caps, an age limit): the enterprise has outgrown it. */
  outgrown: z.boolean(),
  closeness: z.number().nullable(),
  explanation: ZTierExplanation,
  stored: ZStoredAssessment.nullable(),
  /** The stored assessment was made from other data or rules than the live one shown. */
  storedIsStale: z.boolean(),
  versions: z.array(z.string()),
});
export type TTierCardEntry = z.infer<typeof ZTierCardEntry>;

export const ZTierHistoryEntry = z.object({
  year: z.number().int(),
  tier: ZTierKey,
  outcome: ZAssessmentOutcome.nullable(),
  ruleSetVersion: z.string().nullable(),
  closeness: z.number().nullable(),
  recognised: z.boolean(),
});
export type TTierHistoryEntry = z.infer<typeof ZTierHistoryEntry>;

export const ZSupportMeasure = z.object({
  id: z.number().int(),
  tier: ZTierKey,
  kind: z.enum(["policy", "service", "fund", "training"]),
  title: z.string(),
  description: z.string().nullable(),
  reference: z.string().nullable(),
  active: z.boolean(),
  provinceCode: z.string().nullable(),
  parkId: z.number().int().nullable(),
  parkName: z.string().nullable(),
  createdAt: z.string(),
});
export type TSupportMeasure = z.infer<typeof ZSupportMeasure>;

export const ZTierCard = z.object({
  enterprise: z.object({
    id: z.number().int(),
    name: z.string(),
    creditCode: z.string(),
    parkId: z.number().int().nullable(),
    parkName: z.string().nullable(),
    isGenerated: z.boolean(),
  }),
  year: z.number().int(),
  asOf: z.string(),
  ruleVersion: z.string().nullable(),
  sizeClass: z.object({ id: z.string(), label: text }).nullable(),
  currentTier: z.object({ tier: ZTierKey, label: text }).nullable(),
  nextTiers: z.array(ZTierKey),
  tiers: z.array(ZTierCardEntry),
  honours: z.array(ZHonour),
  history: z.array(ZTierHistoryEntry),
  measures: z.array(ZSupportMeasure),
});
export type TTierCard = z.infer<typeof ZTierCard>;

// ——— funnel and candidates ———

export const ZFunnelQuery = z.object({ year, parkId: ZIdText.optional() });
export type TFunnelQuery = z.infer<typeof ZFunnelQuery>;

export const ZFunnelTier = z.object({
  tier: ZTierKey,
  label: text,
  rung: z.number().int().nullable(),
  ruleSetId: z.string(),
  ruleSetVersion: z.string().nullable(),
  recognised: z.number().int(),
  eligibleNotRecognised: z.number().int(),
  undetermined: z.number().int(),
  nearMiss: z.number().int(),
  measures: z.number().int(),
});
export type TFunnelTier = z.infer<typeof ZFunnelTier>;

export const ZFunnel = z.object({
  year: z.number().int(),
  asOf: z.string(),
  parkId: z.number().int().nullable(),
  enterprises: z.number().int(),
  /** When the stored assessments of the year were last computed; null: never evaluated. */
  /** When the assessments were last computed, ISO 8601 (UTC). */
  evaluatedAt: z.iso.datetime().nullable(),
  tiers: z.array(ZFunnelTier),
});
export type TFunnel = z.infer<typeof ZFunnel>;

export const ZCandidateKind = z.enum(["eligible", "undetermined", "near_miss"]);
export const ZCandidateQuery = ZPageQuery.extend({
  year,
  tier: ZTierKey,
  kind: ZCandidateKind.default("near_miss"),
  parkId: ZIdText.optional(),
});
export type TCandidateQuery = z.infer<typeof ZCandidateQuery>;

export const ZCandidate = z.object({
  enterpriseId: z.number().int(),
  name: z.string(),
  creditCode: z.string(),
  parkName: z.string().nullable(),
  isGenerated: z.boolean(),
  outcome: ZAssessmentOutcome,
  ruleSetVersion: z.string(),
  closeness: z.number().nullable(),
  failedCount: z.number().int(),
  unknownCount: z.number().int(),
  score: z.number().nullable(),
  /** What it lacks, from a live explanation of today's data under the stored rule version. */
  gaps: z.array(ZTierGap),
});
export type TCandidate = z.infer<typeof ZCandidate>;
export const ZCandidateList = ZPage(ZCandidate).extend({ asOf: z.string() });
export type TCandidateList = z.infer<typeof ZCandidateList>;

// ——— evaluation runs ———

export const ZEvaluateTiersRequest = z.object({
  year: z.number().int().min(1990).max(2100),
  asOf: ZDate.optional(),
  parkId: ZId.optional(),
});
export type TEvaluateTiersRequest = z.infer<typeof ZEvaluateTiersRequest>;

export const ZEvaluateTiersResult = z.object({
  year: z.number().int(),
  asOf: z.string(),
  enterprises: z.number().int(),
  ruleSets: z.array(
    z.object({
      id: z.string(),
      version: z.string(),
      eligible: z.number().int(),
      notEligible: z.number().int(),
      undetermined: z.number().int(),
      nearMiss: z.number().int(),
      stored: z.number().int(),
    }),
  ),
  written: z.number().int(),
  unchanged: z.number().int(),
  removed: z.number().int(),
  durationMs: z.number(),
});
export type TEvaluateTiersResult = z.infer<typeof ZEvaluateTiersResult>;

// ——— support measures ———

export const ZSupportMeasureQuery = z.object({
  tier: ZTierKey.optional(),
  parkId: ZIdText.optional(),
  active: z.enum(["true", "false"]).optional(),
});
export const ZSupportMeasureInput = z.object({
  tier: ZTierKey,
  kind: z.enum(["policy", "service", "fund", "training"]),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).nullable().optional(),
  reference: z.string().trim().max(500).nullable().optional(),
  active: z.boolean().default(true),
  /** A park's own measure; absent or null: a province-wide measure (province accounts only). */
  parkId: ZId.nullable().optional(),
});
export type TSupportMeasureInput = z.infer<typeof ZSupportMeasureInput>;

// ——— province settings ———

export const ZTierOverlay = z.object({
  ruleSetId: z.string(),
  name: text,
  document: z.object({ number: z.string().min(1).max(200), title: z.string().min(1).max(300), issuer: z.string().max(200).optional(), url: z.string().max(500).optional() }),
  article: z.string().min(1).max(200),
  parameters: z.record(z.string(), z.union([z.number().finite(), z.boolean()])),
});
export type TTierOverlay = z.infer<typeof ZTierOverlay>;

export const ZTunableParameter = z.object({
  id: z.string(),
  label: text,
  /** How the unit reads (万元, %, 年 …); null for switches and plain numbers. */
  unit: text.nullable(),
  defaultValue: z.union([z.number(), z.boolean()]),
  value: z.union([z.number(), z.boolean()]),
});

export const ZGradientSettings = z.object({
  provinceCode: z.string(),
  /** Month and day (MM-DD) of year Y + 1 on which year Y's data is evaluated. */
  evaluationDay: z.string(),
  overlays: z.array(ZTierOverlay.extend({ updatedAt: z.string().nullable() })),
  tunable: z.array(z.object({ ruleSetId: z.string(), version: z.string(), title: text, parameters: z.array(ZTunableParameter) })),
});
export type TGradientSettings = z.infer<typeof ZGradientSettings>;

export const ZGradientSettingsUpdate = z.object({
  evaluationDay: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: "must be MM-DD", abort: true })
    // A day every year has (not 02-29, nor 04-31): the data of year Y is evaluated on it in Y + 1.
    .refine((day) => new Date(`2001-${day}T00:00:00Z`).toISOString().slice(5, 10) === day, "must be a day every year has (not 02-29, 02-30 or 04-31)")
    .optional(),
  /** Replaces the overlay of each rule set named; parameters {} removes it. */
  overlays: z.array(ZTierOverlay).max(100).optional(),
});
export type TGradientSettingsUpdate = z.infer<typeof ZGradientSettingsUpdate>;
