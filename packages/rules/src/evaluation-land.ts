import { z } from "zod";
import type { LandRuleSet } from "@parkpilot/core";
import { headerShape, provenanceShape, ZBilingual } from "./evaluation-common";

const ZBenchmark = z.strictObject({
  published: z.record(z.string().regex(/^\d{4}$/, "a data year"), z.number().positive()).optional(),
  fallback: z.strictObject({ factor: z.number().positive(), year_offset: z.number().int().min(-1).max(0), ...provenanceShape }).optional(),
  ...provenanceShape,
});

const ZItem = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  indicator: z.string(),
  weight: z.number().positive().max(1000),
  normaliser: z.enum(["ratio_to_benchmark", "inverse_ratio", "minmax_floor", "ratio_to_max"]),
  floor: z.number().min(0).max(99).optional(),
  cap: z.number().positive().nullable().optional(),
  benchmark: ZBenchmark.optional(),
  if_missing: z.enum(["unknown", "average_points", "zero_points"]),
  ...provenanceShape,
});

const ZMethod = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: ZBilingual,
  applies_to: z.enum(["above", "below"]),
  min_land_mu: z.number().min(0).optional(),
  items: z.array(ZItem).min(1).max(20),
  ...provenanceShape,
});

const ZBand = z.strictObject({
  id: z.enum(["A", "B", "C", "D"]),
  label: ZBilingual,
  share: z.number().gt(0).max(1).optional(),
  min_score: z.number().optional(),
});

/**
 * A per-mu rule set: the shipped files under packages/rules/land and the ones a province writes
 * (stored in province_settings, validated by this same schema and by compileLandRuleSet).
 */
export const ZLandRuleSet = z.strictObject({
  ...headerShape,
  kind: z.literal("per_mu"),
  jurisdiction: z.strictObject({ code: z.string().regex(/^\d{6}$/), name: ZBilingual }),
  energy_set: z.string().optional(),
  methods: z.array(ZMethod).min(1).max(2),
  classes: z.strictObject({
    method: z.enum(["percentile", "score_cuts"]),
    within: z.enum(["province", "city", "region", "park"]),
    separate_by_method: z.boolean(),
    bands: z.array(ZBand).min(2).max(4),
    ...provenanceShape,
  }),
  adjustments: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9_]*$/),
        label: ZBilingual,
        points: z.number().min(-100).max(100),
        when: z.union([z.strictObject({ fact: z.string().min(1) }), z.strictObject({ honour: z.string().min(1) })]),
        ...provenanceShape,
      }),
    )
    .max(20),
  exclusions: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9_]*$/),
        label: ZBilingual,
        when: z.union([z.strictObject({ industry_prefixes: z.array(z.string().regex(/^[A-Z]?\d{0,4}$/)).min(1) }), z.strictObject({ founded_within_years: z.number().positive() })]),
        ...provenanceShape,
      }),
    )
    .max(20),
});
// Compile-time proof that the schema produces the core type.
export const _typecheckLandRuleSet: z.ZodType<LandRuleSet> = ZLandRuleSet;

export const ZLandDefaults = z.strictObject({ provinces: z.record(z.string().regex(/^\d{2}$/), z.string()), otherwise: z.string() });
export type LandDefaults = z.infer<typeof ZLandDefaults>;
