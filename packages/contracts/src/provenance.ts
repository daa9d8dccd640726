import { z } from "zod";

/** Where a stored number came from. Every indicator value in a response carries one. */
export const ZProvenance = z.object({
  kind: z.enum(["import", "api", "manual", "estimate", "generated"]),
  batchId: z.number().int().nullable(),
  fileName: z.string().nullable(),
  row: z.number().int().nullable(),
  userId: z.number().int().nullable(),
  userName: z.string().nullable(),
  note: z.string().nullable(),
  at: z.string(),
});
export type TProvenance = z.infer<typeof ZProvenance>;

export const ZSourcedValue = z.object({ value: z.number().nullable(), source: ZProvenance.nullable() });
export type TSourcedValue = z.infer<typeof ZSourcedValue>;
