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
