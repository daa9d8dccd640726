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

/** The largest id a table holds (PostgreSQL integer). */
export const MAX_ID = 2_147_483_647;
const idMessage = `must be an id: a whole number from 1 to ${MAX_ID}`;
/** An id in a JSON body. */
export const ZId = z.number({ error: idMessage }).int(idMessage).min(1, idMessage).max(MAX_ID, idMessage);
/** An id in a path or query string: digits only (not 0x10, 1e3, 007 or " 1"), then a ZId. */
export const ZIdText = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, idMessage)
  .transform(Number)
  .pipe(ZId);

export const ZIdParam = z.object({ id: ZIdText });

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
/** A month as input (YYYY-MM, 1990-01 to 2100-12, the years ZYear takes). Responses use a plain pattern. */
export const ZPeriod = z.string().regex(/^(199\d|20\d\d|2100)-(0[1-9]|1[0-2])$/, "must be a month YYYY-MM from 1990-01 to 2100-12");

const isCalendarDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
/** A day as input: YYYY-MM-DD of the calendar (not 2025-02-30), in the years 1900 to 2100. */
export const ZDate = z
  .string()
  .regex(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: "must be a date YYYY-MM-DD from 1900-01-01 to 2100-12-31", abort: true })
  .refine(isCalendarDate, "not a date of the calendar");
