import { z } from "zod";

/** The indicator catalogue as the UI needs it (labels and units in both languages). */
export const ZFieldInfo = z.object({
  key: z.string(),
  zh: z.string(),
  en: z.string(),
  unit: z.string(),
  unitEn: z.string(),
  kind: z.enum(["decimal", "integer"]),
});
export const ZFieldCatalogue = z.object({ annual: z.array(ZFieldInfo), monthly: z.array(ZFieldInfo) });
export type TFieldCatalogue = z.infer<typeof ZFieldCatalogue>;

/** The years for which the session's province has annual data, newest first (what year pickers offer). */
export const ZDataYears = z.object({ years: z.array(z.number().int()) });
export type TDataYears = z.infer<typeof ZDataYears>;

/**
 * The demo province's state: none, in_progress (rows being written), generated (the rows and
 * logins are in; tier assessments, chain maps and the park evaluation not yet), complete; and,
 * while this server derives it in the background, where that stands.
 */
export const ZDemoState = z.object({
  status: z.enum(["none", "in_progress", "generated", "complete"]),
  derivation: z
    .discriminatedUnion("state", [
      z.object({
        state: z.literal("running"),
        phase: z.string().nullable(),
        /** Within the phase. */
        done: z.number(),
        total: z.number(),
        /** Of the whole derivation, 0–100. */
        percent: z.number(),
      }),
      z.object({ state: z.literal("done") }),
      z.object({ state: z.literal("failed"), message: z.string() }),
    ])
    .nullable(),
});
export type TDemoState = z.infer<typeof ZDemoState>;
