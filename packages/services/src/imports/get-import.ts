import { and, asc, count, eq } from "drizzle-orm";
import type { TImportDetail, TImportError } from "@parkpilot/contracts";
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

/** One batch with one page of its row errors (ZImportDetail). */
export const getImport = async (
  ctx: ServiceContext,
  scope: TenantScope,
  id: number,
  paging: { page: number; pageSize: number } = { page: 1, pageSize: 50 },
): Promise<TImportDetail> => {
  const { db } = ctx.database;
  const batch = await requireVisibleBatch(db, scope, id);
  const [total] = await db.select({ n: count() }).from(tables.importErrors).where(eq(tables.importErrors.batchId, id));
  const items = await selectImportErrors(db, id, { limit: paging.pageSize, offset: (paging.page - 1) * paging.pageSize });
  return { batch, errors: { items, total: total?.n ?? 0, page: paging.page, pageSize: paging.pageSize } };
};
