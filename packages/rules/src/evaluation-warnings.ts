import { z } from "zod";
import type { WarningRule } from "@parkpilot/core";
import { headerShape, provenanceShape, ZBilingual } from "./evaluation-common";

const cited = <T extends z.ZodType>(value: T) => z.strictObject({ value, ...provenanceShape });
const share = z.number().min(0).max(1);
const months = z.number().int().min(1).max(24);
const growthLine = z.number().min(-1).max(10);

/** A growth line and, optionally, a lower line past which the alert is critical. */
const growthLineParams = z
  .strictObject({ field: cited(z.enum(["output", "revenue"])), basis: cited(z.enum(["ytd_yoy", "yoy"])), below: cited(growthLine), critical_below: cited(growthLine).optional() })
  .refine((p) => p.critical_below === undefined || p.critical_below.value < p.below.value, {
    message: "critical_below must be lower than below (the critical line lies past the alert line)",
    path: ["critical_below"],
  });

const base = {
  ...headerShape,
  severity: z.enum(["info", "warning", "critical"]),
  rationale: ZBilingual,
  alert_title: ZBilingual,
};

/** A warning rule file: one rule, its thresholds cited, its rationale shown with every alert. */
export const ZWarningRule = z.discriminatedUnion("kind", [
  z.strictObject({
    ...base,
    kind: z.literal("revenue_decline_streak"),
    subject: z.literal("enterprise"),
    params: z.strictObject({ field: cited(z.enum(["revenue", "output"])), drop: cited(share), months: cited(months) }),
  }),
  z.strictObject({
    ...base,
    kind: z.literal("electricity_output_divergence"),
    subject: z.literal("enterprise"),
    params: z.strictObject({ electricity_drop: cited(share), output_band: cited(share), months: cited(months) }),
  }),
  z.strictObject({
    ...base,
    kind: z.literal("park_output_decline"),
    subject: z.literal("park"),
    params: growthLineParams,
  }),
  z.strictObject({
    ...base,
    kind: z.literal("non_reporting"),
    subject: z.literal("enterprise"),
    params: z.strictObject({ missed_months: cited(months), lookback_months: cited(months) }),
  }),
  z.strictObject({
    ...base,
    kind: z.literal("leading_industry_shrinking"),
    subject: z.literal("park_industry"),
    params: growthLineParams,
  }),
]);
// Compile-time proof that the schema produces the core type.
export const _typecheckWarningRule: z.ZodType<WarningRule> = ZWarningRule;
