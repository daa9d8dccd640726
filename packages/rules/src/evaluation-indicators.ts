import { z } from "zod";
import {
  ANNUAL_FIELDS,
  MONTHLY_FIELDS,
  type AnnualFieldKey,
  type EnergyCoefficientFile,
  type HomogeneitySettings,
  type IndicatorCatalogue,
  type MonthlyFieldKey,
  type PollutionEquivalentFile,
} from "@parkpilot/core";
import { headerShape, provenanceShape, ZBilingual } from "./evaluation-common";

const annualKey = z.enum(ANNUAL_FIELDS.map((f) => f.key) as [AnnualFieldKey, ...AnnualFieldKey[]]);
const monthlyKey = z.enum(MONTHLY_FIELDS.map((f) => f.key) as [MonthlyFieldKey, ...MonthlyFieldKey[]]);

const ZQuantity = z.union([z.strictObject({ field: annualKey }), z.strictObject({ derived: z.enum(["energy_tce", "pollution_equivalent"]) })]);

const ZFormula = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("sum"), of: ZQuantity }),
  z.strictObject({ kind: z.literal("ratio"), numerator: ZQuantity, denominator: ZQuantity, scale: z.number().positive().optional() }),
  z.strictObject({ kind: z.literal("monthly_sum"), field: monthlyKey }),
  z.strictObject({
    kind: z.literal("builtin"),
    name: z.enum([
      "enterprise_count",
      "declared_leading_count",
      "observed_leading_count",
      "leading_output_share",
      "strategic_output_share",
      "idle_land_share",
      "plot_ratio",
      "land_cd_share",
      "honoured_share",
      "monthly_reporting_rate",
      "alert_resolution_rate",
    ]),
  }),
]);

const ZIndicator = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: ZBilingual,
  formula: ZFormula,
  formula_text: ZBilingual,
  unit: z.strictObject({ zh: z.string(), en: z.string() }),
  frequency: z.enum(["annual", "quarterly", "monthly"]),
  direction: z.enum(["higher_better", "lower_better", "neutral"]),
  data_source: z.enum(["import", "api", "manual", "computed"]),
  owner: ZBilingual,
  thresholds: z.strictObject({ alarm: z.number().optional(), excellent: z.number().optional(), ...provenanceShape }).optional(),
  orientations: z.array(z.number().int().min(1).max(21)).min(1),
  levels: z.array(z.enum(["enterprise", "park", "region", "province"])).min(1),
  ...provenanceShape,
});

export const ZIndicatorCatalogue = z
  .strictObject({ ...headerShape, indicators: z.array(ZIndicator).min(1) })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    for (const i of c.indicators) {
      if (seen.has(i.key)) ctx.addIssue({ code: "custom", message: `indicator key ${i.key} repeated` });
      seen.add(i.key);
    }
  });
// Compile-time proof that the schema produces the core type.
export const _typecheckIndicatorCatalogue: z.ZodType<IndicatorCatalogue> = ZIndicatorCatalogue;

const ZCoefficient = z.strictObject({ tce_per_unit: z.number().positive(), ...provenanceShape });

export const ZEnergyCoefficientFile = z
  .strictObject({
    ...headerShape,
    default_set: z.string(),
    sets: z
      .array(
        z.strictObject({
          id: z.string(),
          label: ZBilingual,
          prefer: z.enum(["reported", "carriers"]),
          coefficients: z.strictObject({ electricityKwh: ZCoefficient, coalT: ZCoefficient, naturalGasM3: ZCoefficient, oilT: ZCoefficient, heatGj: ZCoefficient }),
          ...provenanceShape,
        }),
      )
      .min(1),
  })
  .refine((f) => f.sets.some((s) => s.id === f.default_set), "default_set must name one of the sets");
// Compile-time proof that the schema produces the core type.
export const _typecheckEnergyCoefficientFile: z.ZodType<EnergyCoefficientFile> = ZEnergyCoefficientFile;

const ZEquivalent = z.strictObject({ value: z.number().positive(), ...provenanceShape });

export const ZPollutionEquivalentFile = z.strictObject({
  ...headerShape,
  kg_per_equivalent: z.strictObject({ codT: ZEquivalent, ammoniaNitrogenT: ZEquivalent, so2T: ZEquivalent, noxT: ZEquivalent }),
});
// Compile-time proof that the schema produces the core type.
export const _typecheckPollutionEquivalentFile: z.ZodType<PollutionEquivalentFile> = ZPollutionEquivalentFile;

const ZCitedNumber = (min: number, max: number) => z.strictObject({ value: z.number().min(min).max(max), ...provenanceShape });

export const ZHomogeneitySettings = z.strictObject({
  ...headerShape,
  max_leading_industries: ZCitedNumber(1, 20),
  observed_leading_share: ZCitedNumber(0.01, 1),
  similarity_threshold: ZCitedNumber(0, 1),
  require_shared_declared: z.boolean(),
  declared_vector_mode: z.enum(["binary", "weighted"]),
  basis: z.enum(["industrialOutput", "revenue"]),
});
// Compile-time proof that the schema produces the core type.
export const _typecheckHomogeneitySettings: z.ZodType<HomogeneitySettings> = ZHomogeneitySettings;
