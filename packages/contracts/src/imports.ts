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

export const ZImportList = ZPage(ZImportBatch);
export const ZImportListQuery = ZPageQuery;

/** A batch with one page of its row errors. */
export const ZImportDetail = z.object({
  batch: ZImportBatch,
  errors: ZPage(ZImportError),
});
export type TImportDetail = z.infer<typeof ZImportDetail>;

export const ZTemplateQuery = z.object({ format: z.enum(["xlsx", "csv"]).default("xlsx") });
