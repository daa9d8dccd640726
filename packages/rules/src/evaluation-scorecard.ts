import { z } from "zod";
import type { ScorecardDef } from "@parkpilot/core";
import { headerShape, provenanceShape, ZBilingual } from "./evaluation-common";

const itemBase = { id: z.string().regex(/^[a-z0-9_]+$/), weight: z.number().positive(), ...provenanceShape };

const ZItem = z.discriminatedUnion("kind", [
  z.strictObject({ ...itemBase, kind: z.literal("indicator"), indicator: z.string() }),
  z.strictObject({
    ...itemBase,
    kind: z.literal("target"),
    indicator: z.string(),
    op: z.enum(["<=", ">="]),
    target: z.number(),
    finding: z.strictObject({ meets: ZBilingual, misses: ZBilingual }),
  }),
  z.strictObject({ ...itemBase, kind: z.literal("checklist"), label: ZBilingual, evidence_hint: ZBilingual }),
]);

/** The Guidance scorecard: 7 dimensions, 19 orientations (checked), each with at least one item. */
export const ZScorecard = z
  .strictObject({
    ...headerShape,
    scoring: z.strictObject({ pass_points: z.number().min(0).max(100), full_marks_quantile: z.number().gt(0.5).max(1), min_parks: z.number().int().min(1), ...provenanceShape }),
    dimensions: z
      .array(
        z.strictObject({
          id: z.string(),
          name: ZBilingual,
          weight: z.number().positive(),
          orientations: z.array(z.strictObject({ number: z.number().int().min(1).max(21), name: ZBilingual, weight: z.number().positive(), items: z.array(ZItem).min(1), ...provenanceShape })).min(1),
          ...provenanceShape,
        }),
      )
      .min(1),
  })
  .superRefine((s, ctx) => {
    const numbers = s.dimensions.flatMap((d) => d.orientations.map((o) => o.number));
    if (new Set(numbers).size !== numbers.length) ctx.addIssue({ code: "custom", message: "an orientation appears twice" });
    const ids = s.dimensions.flatMap((d) => d.orientations.flatMap((o) => o.items.map((i) => i.id)));
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", message: "an item id appears twice" });
  });
// Compile-time proof that the schema produces the core type.
export const _typecheckScorecardDef: z.ZodType<ScorecardDef> = ZScorecard;
