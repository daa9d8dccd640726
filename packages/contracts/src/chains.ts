import { z } from "zod";
import { ZBilingualText, ZId, ZIdText, ZPage, ZPageQuery } from "./common";
import { ZChainDefinition, ZChainStage, ZMapLevel, ZSizeBand } from "./chains-definition";
import { ZProjectStage } from "./chains-projects";

export * from "./chains-definition";
export * from "./chains-projects";

/**
 * API shapes of industrial chains (产业链) and chain-based investment attraction (链式招商):
 * templates, placements, chain maps, targets. Projects and 链长制 live in chains-projects.ts.
 */
const ZCode = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "a chain template code");
const ZSegmentKey = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "a segment key");
const ZProvinceCode = z.string().regex(/^\d{2}$/, "a 2-digit province code");

// ---------- templates ----------
export const ZChainTemplateSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  dataVersion: z.string(),
  /** null for the shipped template; a province's own copy otherwise. */
  provinceCode: z.string().nullable(),
  basedOnId: z.number().int().nullable(),
  citation: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  leafCount: z.number().int(),
  /** The version the viewer's province uses for placements and maps. */
  isEffective: z.boolean(),
});
export type TChainTemplateSummary = z.infer<typeof ZChainTemplateSummary>;

export const ZChainTemplateDetail = ZChainTemplateSummary.extend({ definition: ZChainDefinition });
export type TChainTemplateDetail = z.infer<typeof ZChainTemplateDetail>;

export const ZChainTemplateListQuery = z.object({
  code: ZCode.optional(),
  /** Every version instead of the latest per code and owner. */
  allVersions: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
});
export const ZChainTemplateList = z.object({ items: z.array(ZChainTemplateSummary) });

/** Copy (no definition) or edit (a full definition with the same code) into a new province version. */
export const ZChainTemplateDerive = z.object({ definition: ZChainDefinition.optional(), note: z.string().max(500).optional() });
export type TChainTemplateDerive = z.infer<typeof ZChainTemplateDerive>;

// ---------- placements ----------
export const ZPlacementMethod = z.enum(["class", "keyword", "both", "manual"]);
export const ZPlacementOverride = z.enum(["confirmed", "rejected"]);

export const ZChainPlacement = z.object({
  enterpriseId: z.number().int(),
  templateCode: z.string(),
  templateVersion: z.number().int(),
  chainName: z.string(),
  segmentKey: z.string(),
  segmentName: z.string(),
  stage: ZChainStage.nullable(),
  method: ZPlacementMethod,
  confidence: z.number(),
  reason: z.string(),
  override: ZPlacementOverride.nullable(),
  overriddenAt: z.string().nullable(),
  /** Whether it counts on the chain map: confirmed, or machine-placed at or above the count floor. */
  counts: z.boolean(),
});
export type TChainPlacement = z.infer<typeof ZChainPlacement>;
export const ZChainPlacementList = z.object({ items: z.array(ZChainPlacement) });

export const ZPlacementDecision = z.object({
  templateCode: ZCode,
  segmentKey: ZSegmentKey,
  /** confirmed / rejected: a person's decision that recomputation keeps; cleared: back to the machine. */
  decision: z.enum(["confirmed", "rejected", "cleared"]),
  note: z.string().max(300).optional(),
});
export type TPlacementDecision = z.infer<typeof ZPlacementDecision>;

export const ZPlacementRun = z.object({
  templateCodes: z.array(ZCode).max(50).optional(),
  parkId: ZId.optional(),
});
export const ZPlacementRunResult = z.object({
  enterprises: z.number().int(),
  placements: z.number().int(),
  kept: z.number().int(),
  templates: z.array(z.object({ code: z.string(), version: z.number().int(), provinceCode: z.string() })),
  ms: z.number(),
});
export type TPlacementRunResult = z.infer<typeof ZPlacementRunResult>;

// ---------- maps ----------
/** A map or target list is drawn for one park, or for a whole province (province accounts only). */
export const ZChainSubjectQuery = z
  .object({
    templateCode: ZCode,
    parkId: ZIdText.optional(),
    provinceCode: ZProvinceCode.optional(),
  })
  .refine((q) => (q.parkId === undefined) !== (q.provinceCode === undefined), { message: "give exactly one of parkId or provinceCode", path: ["parkId"] });
export type TChainSubjectQuery = z.infer<typeof ZChainSubjectQuery>;

export const ZChainFigures = z.object({
  enterprises: z.number().int(),
  /** Σ 工业总产值, with 营业收入 for enterprises reporting no output: what shares are taken of. */
  scale: z.number().nullable(),
  output: z.number().nullable(),
  revenue: z.number().nullable(),
  tiered: z.number().int(),
  pending: z.number().int(),
});

export const ZSegmentStrength = z.enum(["strong", "weak", "missing"]);
const ZStrengthTally = z.object({ strong: z.number().int(), weak: z.number().int(), missing: z.number().int() });

export const ZChainMapNode = z.object({
  key: z.string(),
  name: z.string(),
  stage: ZChainStage,
  parentKey: z.string().nullable(),
  depth: z.number().int(),
  isLeaf: z.boolean(),
  description: z.string().nullable(),
  classes: z.array(z.object({ code: z.string(), name: z.string(), partial: z.boolean() })),
  keywords: z.array(z.string()),
  figures: ZChainFigures,
  assessment: z.object({ strength: ZSegmentStrength, share: z.number().nullable(), reasons: z.array(ZBilingualText) }).nullable(),
  leafSummary: ZStrengthTally.nullable(),
});

export const ZChainLeader = z.object({
  enterpriseId: z.number().int(),
  name: z.string(),
  segmentKey: z.string(),
  segmentName: z.string(),
  stage: ZChainStage,
  revenue: z.number(),
  rank: z.number().int(),
  reason: ZBilingualText,
});

export const ZChainTemplateRef = z.object({ id: z.number().int(), code: z.string(), version: z.number().int(), name: z.string(), dataVersion: z.string() });
export const ZChainSubject = z.object({ level: ZMapLevel, parkId: z.number().int().nullable(), provinceCode: z.string(), name: z.string() });

export const ZChainMap = z.object({
  template: ZChainTemplateRef,
  subject: ZChainSubject,
  /** Year of the output and revenue figures (latest with data), null when there is none. */
  year: z.number().int().nullable(),
  totals: ZChainFigures,
  summary: ZStrengthTally,
  thresholds: z.object({ minEnterprises: z.number().int(), minShare: z.number(), countFloor: z.number(), leaderMinRevenue: z.number() }),
  nodes: z.array(ZChainMapNode),
  edges: z.array(z.object({ from: z.string(), to: z.string(), label: z.string().nullable() })),
  leaders: z.array(ZChainLeader),
});
export type TChainMap = z.infer<typeof ZChainMap>;

export const ZSegmentEnterprisesQuery = ZPageQuery.extend({
  templateCode: ZCode,
  segmentKey: ZSegmentKey,
  parkId: ZIdText.optional(),
  provinceCode: ZProvinceCode.optional(),
  /** counted: on the map; pending: waiting for confirmation; rejected: turned down by a person. */
  status: z.enum(["counted", "pending", "rejected"]).default("counted"),
}).refine((q) => (q.parkId === undefined) !== (q.provinceCode === undefined), { message: "give exactly one of parkId or provinceCode", path: ["parkId"] });
export type TSegmentEnterprisesQuery = z.infer<typeof ZSegmentEnterprisesQuery>;

export const ZSegmentEnterprise = z.object({
  enterpriseId: z.number().int(),
  name: z.string(),
  parkId: z.number().int().nullable(),
  parkName: z.string().nullable(),
  industryCode: z.string().nullable(),
  industryName: z.string().nullable(),
  method: ZPlacementMethod,
  confidence: z.number(),
  reason: z.string(),
  override: ZPlacementOverride.nullable(),
  output: z.number().nullable(),
  revenue: z.number().nullable(),
  tiers: z.array(z.string()),
  isGenerated: z.boolean(),
});
export const ZSegmentEnterpriseList = ZPage(ZSegmentEnterprise).extend({ year: z.number().int().nullable() });
export type TSegmentEnterpriseList = z.infer<typeof ZSegmentEnterpriseList>;

// ---------- targets ----------
export const ZTargetsQuery = z
  .object({
    templateCode: ZCode,
    parkId: ZIdText.optional(),
    provinceCode: ZProvinceCode.optional(),
    segmentKey: ZSegmentKey.optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
  })
  .refine((q) => (q.parkId === undefined) !== (q.provinceCode === undefined), { message: "give exactly one of parkId or provinceCode", path: ["parkId"] });
export type TTargetsQuery = z.infer<typeof ZTargetsQuery>;

/**
 * A candidate enterprise outside the viewer's tenant: only public profile fields leave the
 * server (docs/decisions: chain targets read beyond the tenant). No indicator value is here.
 */
export const ZTarget = z.object({
  rank: z.number().int(),
  score: z.number(),
  reason: ZBilingualText,
  parts: z.object({ fit: z.number(), size: z.number(), tier: z.number(), distance: z.number().nullable(), distanceKm: z.number().nullable() }),
  enterprise: z.object({
    id: z.number().int(),
    name: z.string(),
    provinceCode: z.string(),
    provinceName: z.string().nullable(),
    parkName: z.string().nullable(),
    industryCode: z.string().nullable(),
    industryName: z.string().nullable(),
    sizeBand: ZSizeBand,
    sizeBasis: z.string(),
    tiers: z.array(z.object({ key: z.string(), name: ZBilingualText })),
    isGenerated: z.boolean(),
  }),
  fit: z.number(),
  method: ZPlacementMethod,
  /** For a park: its projects that already name this enterprise as investor (any stage), newest first. */
  projects: z.array(z.object({ id: z.number().int(), name: z.string(), stage: ZProjectStage })),
});
export type TTarget = z.infer<typeof ZTarget>;

export const ZTargetGap = z.object({
  segmentKey: z.string(),
  segmentName: z.string(),
  stage: ZChainStage,
  strength: z.enum(["weak", "missing"]),
  reasons: z.array(ZBilingualText),
  /** Candidates found on the segment outside the subject before ranking (capped by poolSize). */
  pool: z.number().int(),
  targets: z.array(ZTarget),
});

export const ZTargetList = z.object({
  template: ZChainTemplateRef,
  subject: ZChainSubject,
  basis: ZBilingualText,
  gaps: z.array(ZTargetGap),
});
export type TTargetList = z.infer<typeof ZTargetList>;
