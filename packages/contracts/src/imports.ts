import { z } from "zod";
import { ZPage, ZPageQuery } from "./common";

export const ZImportKind = z.enum(["enterprises", "annual", "monthly", "parcels"]);
export type TImportKind = z.infer<typeof ZImportKind>;
export const ZImportStatus = z.enum(["validating", "rejected", "applied", "failed"]);

export const ZImportBatch = z.object({
  id: z.number().int(),
  kind: ZImportKind,
  fileName: z.string(),
  fileSha256: z.string(),
  fileBytes: z.number().int(),
  userId: z.number().int().nullable(),
  userName: z.string().nullable(),
  status: ZImportStatus,
  rowCount: z.number().int(),
  insertedCount: z.number().int(),
  updatedCount: z.number().int(),
  errorCount: z.number().int(),
  /** Values of an applied file that need a second look (a hundred times off the period before). */
  warningCount: z.number().int(),
  message: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TImportBatch = z.infer<typeof ZImportBatch>;

export const ZImportError = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
});
export type TImportError = z.infer<typeof ZImportError>;

/**
 * A value of an applied indicator import that is a hundred times (or a hundredth of) the
 * enterprise's value of the period before: the year before, or the same month a year before.
 * It never blocked the import; it asks for a second look (元 typed for 万元 is the usual cause).
 */
export const ZImportWarning = z.object({
  row: z.number().int(),
  /** The template's Chinese header, e.g. 营业收入(万元). */
  column: z.string(),
  /** The indicator's key in the field catalogue (ANNUAL_FIELDS / MONTHLY_FIELDS). */
  field: z.string(),
  value: z.number(),
  referenceValue: z.number(),
  /** YYYY (annual) or YYYY-MM (monthly). */
  referencePeriod: z.string(),
  /** The file's row holding the reference value; null when it is the value stored before. */
  referenceRow: z.number().int().nullable(),
  message: z.string(),
});
export type TImportWarning = z.infer<typeof ZImportWarning>;

export const ZImportList = ZPage(ZImportBatch);
export const ZImportListQuery = ZPageQuery;

/** A batch with one page of its row errors (a rejected file) and of its warnings (an applied one); the same page of each. */
export const ZImportDetail = z.object({
  batch: ZImportBatch,
  errors: ZPage(ZImportError),
  warnings: ZPage(ZImportWarning),
});
export type TImportDetail = z.infer<typeof ZImportDetail>;

export const ZTemplateQuery = z.object({ format: z.enum(["xlsx", "csv"]).default("xlsx") });
