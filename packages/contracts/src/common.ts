import { z } from "zod";

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const ZPage = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** A text in both UI languages. */
export const ZBilingualText = z.object({ zh: z.string(), en: z.string() });
export type TBilingualText = z.infer<typeof ZBilingualText>;

export const ZIdParam = z.object({ id: z.coerce.number().int().positive() });

export const ZErrorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          row: z.number().int().optional(),
          column: z.string().optional(),
          value: z.string().optional(),
        }),
      )
      .default([]),
  }),
});
export type TErrorResponse = z.infer<typeof ZErrorResponse>;

export const ZYear = z.coerce.number().int().min(1990).max(2100);
export const ZPeriod = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be YYYY-MM");
