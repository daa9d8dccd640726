import { z } from "zod";
import { validateChainDefinition, type ChainDefinition, type ChainSegment } from "@parkpilot/core";

/**
 * The schema of a chain template: the shipped YAML files (packages/rules/chains), the stored
 * definition (chain_templates.definition) and a province's edit through the API all pass it, so
 * a template is validated the same way wherever it comes from. Structural rules that a schema
 * cannot express (unique keys, leaves with criteria, edges between existing segments) come from
 * core's validateChainDefinition.
 */
const ZFraction = z.number().min(0).max(1);
export const ZChainStage = z.enum(["upstream", "midstream", "downstream"]);
export const ZMapLevel = z.enum(["park", "province"]);
const ZKey = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "lower-case letters, digits and hyphens, at most 64");

export const ZChainClassRef = z.strictObject({
  code: z.string().regex(/^\d{4}$/, "a 4-digit GB/T 4754-2017 class"),
  name: z.string().min(1),
  partial: z.boolean(),
});

export const ZChainSegment: z.ZodType<ChainSegment, unknown> = z.lazy(() =>
  z.strictObject({
    key: ZKey,
    name: z.string().min(1).max(60),
    stage: ZChainStage,
    description: z.string().max(500).optional(),
    basis: z.array(z.string().min(1).max(300)).default([]),
    classes: z.array(ZChainClassRef).default([]),
    keywords: z.array(z.string().min(1).max(30)).default([]),
    children: z.array(ZChainSegment).default([]),
  }),
);

export const ZChainEdge = z.strictObject({ from: ZKey, to: ZKey, label: z.string().max(60).optional() });
export const ZChainSource = z.strictObject({
  title: z.string().min(1),
  issuer: z.string().optional(),
  reference: z.string().optional(),
  url: z.url().optional(),
  use: z.string().min(1),
});

export const ZPlacementPolicy = z.strictObject({
  candidateFloor: ZFraction,
  countFloor: ZFraction,
  classFull: ZFraction,
  classPartial: ZFraction,
  keywordInProducts: ZFraction,
  keywordInScope: ZFraction,
  keywordStep: ZFraction,
  keywordMax: ZFraction,
  conflictPenalty: ZFraction,
});

const ZStrengthRule = z.strictObject({ strong: z.strictObject({ minEnterprises: z.number().int().min(1), minShare: ZFraction }) });
export const ZAssessmentPolicy = z.strictObject({ park: ZStrengthRule, province: ZStrengthRule });

const ZLeaderPolicy = z.strictObject({ minRevenue: z.number().min(0), stages: z.array(ZChainStage).min(1), maxPerSegment: z.number().int().min(1).max(20) });
export const ZLeadersPolicy = z.strictObject({ park: ZLeaderPolicy, province: ZLeaderPolicy });

export const ZSizeBand = z.enum(["large", "medium", "small", "micro", "unknown"]);
export const ZTargetingPolicy = z.strictObject({
  weights: z.strictObject({ fit: z.number().min(0), size: z.number().min(0), tier: z.number().min(0), distance: z.number().min(0) }),
  distanceHalfKm: z.number().positive(),
  sizeScores: z.strictObject({ large: ZFraction, medium: ZFraction, small: ZFraction, micro: ZFraction, unknown: ZFraction }),
  tiers: z.record(z.string().min(1).max(32), z.strictObject({ name: z.string().min(1), name_en: z.string().min(1).optional(), weight: ZFraction })),
  poolSize: z.number().int().min(1).max(5_000),
  perSegment: z.number().int().min(1).max(200),
});

const definitionShape = {
  code: ZKey,
  name: z.string().min(1).max(60),
  dataVersion: z.string().min(1).max(32),
  citation: z.string().min(1).max(1_000),
  sources: z.array(ZChainSource).min(1),
  segments: z.array(ZChainSegment).min(1),
  edges: z.array(ZChainEdge).default([]),
};

const withStructure = <T extends z.ZodType<ChainDefinition>>(schema: T) =>
  schema.superRefine((definition, ctx) => {
    for (const problem of validateChainDefinition(definition)) ctx.addIssue({ code: "custom", path: problem.path.split("."), message: problem.message });
  });

/** A complete, stored definition. */
export const ZChainDefinition = withStructure(
  z.strictObject({
    ...definitionShape,
    placement: ZPlacementPolicy,
    assessment: ZAssessmentPolicy,
    leaders: ZLeadersPolicy,
    targeting: ZTargetingPolicy,
  }),
);
export type TChainDefinition = z.infer<typeof ZChainDefinition>;

/** A shipped template file: the policy blocks may be left to policy.yaml. */
export const ZChainTemplateFile = z.strictObject({
  ...definitionShape,
  placement: ZPlacementPolicy.optional(),
  assessment: ZAssessmentPolicy.optional(),
  leaders: ZLeadersPolicy.optional(),
  targeting: ZTargetingPolicy.optional(),
});
export type TChainTemplateFile = z.infer<typeof ZChainTemplateFile>;

/** packages/rules/chains/policy.yaml */
export const ZChainPolicyFile = z.strictObject({
  dataVersion: z.string().min(1),
  placement: ZPlacementPolicy,
  assessment: ZAssessmentPolicy,
  leaders: ZLeadersPolicy,
  targeting: ZTargetingPolicy,
  projects: z.strictObject({ shortfallBelow: ZFraction, visitWindowDays: z.number().int().min(1).max(365) }),
});
export type TChainPolicyFile = z.infer<typeof ZChainPolicyFile>;

const ZBounds = z.tuple([z.number().min(0), z.number().min(0), z.number().min(0)]);
const ZSizeRule = z.strictObject({
  sector: z.string().min(1),
  divisions: z.array(z.string().regex(/^\d{2}(-\d{2})?$/)),
  employees: ZBounds,
  revenue: ZBounds.optional(),
});
/** packages/rules/chains/size-bands.yaml */
export const ZSizeBandFile = z.strictObject({ citation: z.string().min(1), rules: z.array(ZSizeRule).min(1), fallback: ZSizeRule });

/** Merges the policy defaults into a template file, giving a complete definition to validate. */
export const completeTemplateFile = (file: TChainTemplateFile, policy: TChainPolicyFile): unknown => ({
  ...file,
  placement: file.placement ?? policy.placement,
  assessment: file.assessment ?? policy.assessment,
  leaders: file.leaders ?? policy.leaders,
  targeting: file.targeting ?? policy.targeting,
});
