import { desc, eq, type SQL } from "drizzle-orm";
import type { TImportBatch } from "@parkpilot/contracts";
import { tables, type DbOrTx } from "@parkpilot/db";

const b = tables.importBatches;

/** The batch as the API shows it (ZImportBatch), with the importer's display name. */
export const selectBatches = async (db: DbOrTx, where: SQL | undefined, page?: { limit: number; offset: number }): Promise<TImportBatch[]> => {
  const query = db
    .select({ batch: b, userName: tables.users.displayName })
    .from(b)
    .leftJoin(tables.users, eq(tables.users.id, b.userId))
    .where(where)
    .orderBy(desc(b.id));
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  return rows.map(({ batch, userName }) => ({
    id: batch.id,
    kind: batch.kind,
    fileName: batch.fileName,
    fileSha256: batch.fileSha256,
    fileBytes: batch.fileBytes,
    userId: batch.userId,
    userName,
    status: batch.status,
    rowCount: batch.rowCount,
    insertedCount: batch.insertedCount,
    updatedCount: batch.updatedCount,
    errorCount: batch.errorCount,
    warningCount: batch.warningCount,
    message: batch.message,
    startedAt: batch.startedAt,
    finishedAt: batch.finishedAt,
  }));
};
