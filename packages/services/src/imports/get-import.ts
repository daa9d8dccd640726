import { and, asc, count, eq } from "drizzle-orm";
import type { TImportDetail, TImportError, TImportWarning } from "@parkpilot/contracts";
import { tables, type DbOrTx } from "@parkpilot/db";
import type { ServiceContext } from "../context";
import { notFound } from "../errors/app-error";
import type { TenantScope } from "../tenancy/actor";
import { importBatchVisibility } from "../tenancy/visibility";
import { selectBatches } from "./present-batch";

/** A batch the scope may see, or not_found (also for other tenants' batches: nothing leaks). */
export const requireVisibleBatch = async (db: DbOrTx, scope: TenantScope, id: number) => {
  const [batch] = await selectBatches(db, and(eq(tables.importBatches.id, id), importBatchVisibility(scope)));
  if (!batch) throw notFound(`Import ${id}`);
  return batch;
};

/** Errors of a batch in file order (file-level problems first). */
export const selectImportErrors = async (db: DbOrTx, batchId: number, page?: { limit: number; offset: number }): Promise<TImportError[]> => {
  const e = tables.importErrors;
  const query = db
    .select({ row: e.row, column: e.column, value: e.value, message: e.message })
    .from(e)
    .where(eq(e.batchId, batchId))
    .orderBy(asc(e.id));
  return page ? query.limit(page.limit).offset(page.offset) : query;
};

/** Warnings of a batch in file order (row, then template column). */
export const selectImportWarnings = async (db: DbOrTx, batchId: number, page?: { limit: number; offset: number }): Promise<TImportWarning[]> => {
  const w = tables.importWarnings;
  const query = db
    .select({
      row: w.row,
      column: w.column,
      field: w.field,
      value: w.value,
      referenceValue: w.referenceValue,
      referencePeriod: w.referencePeriod,
      referenceRow: w.referenceRow,
      message: w.message,
    })
    .from(w)
    .where(eq(w.batchId, batchId))
    .orderBy(asc(w.id));
  return page ? query.limit(page.limit).offset(page.offset) : query;
};

/** One batch with one page of its row errors and of its warnings (ZImportDetail). */
export const getImport = async (
  ctx: ServiceContext,
  scope: TenantScope,
  id: number,
  paging: { page: number; pageSize: number } = { page: 1, pageSize: 50 },
): Promise<TImportDetail> => {
  const { db } = ctx.database;
  const batch = await requireVisibleBatch(db, scope, id);
  const page = { limit: paging.pageSize, offset: (paging.page - 1) * paging.pageSize };
  const [errorTotal] = await db.select({ n: count() }).from(tables.importErrors).where(eq(tables.importErrors.batchId, id));
  const [warningTotal] = await db.select({ n: count() }).from(tables.importWarnings).where(eq(tables.importWarnings.batchId, id));
  const errors = await selectImportErrors(db, id, page);
  const warnings = await selectImportWarnings(db, id, page);
  return {
    batch,
    errors: { items: errors, total: errorTotal?.n ?? 0, page: paging.page, pageSize: paging.pageSize },
    warnings: { items: warnings, total: warningTotal?.n ?? 0, page: paging.page, pageSize: paging.pageSize },
  };
};
