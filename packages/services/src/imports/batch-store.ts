import { and, eq, lt } from "drizzle-orm";
import { tables, type DbOrTx } from "@parkpilot/db";
import type { ImportKind } from "@parkpilot/db/schema";
import type { Actor } from "../tenancy/actor";
import type { ImportIssue } from "./import-issue";
import type { FoundWarnings } from "./import-warnings";
import { bilingual } from "./messages";

const b = tables.importBatches;

/** The tenant columns of a batch: the scope it was made in (see importBatchVisibility in tenancy/visibility.ts). */
const tenantOf = (actor: Actor) => ({
  provinceCode: actor.scope.provinceCode,
  parkId: actor.scope.kind === "park" ? actor.scope.parkId : actor.scope.kind === "enterprise" ? actor.scope.parkId : null,
  enterpriseId: actor.scope.kind === "enterprise" ? actor.scope.enterpriseId : null,
});

/**
 * Records the batch before anything is read, committed on its own: whatever happens next
 * (rejection, failure, a crash) the upload is on record. A crash leaves it "validating" until
 * the next import marks it failed.
 */
export const openBatch = async (
  db: DbOrTx,
  input: { actor: Actor; kind: ImportKind; fileName: string; sha256: string; bytes: number; at: string },
): Promise<number> => {
  const [row] = await db
    .insert(b)
    .values({
      kind: input.kind,
      fileName: input.fileName,
      fileSha256: input.sha256,
      fileBytes: input.bytes,
      userId: input.actor.userId,
      ...tenantOf(input.actor),
      status: "validating",
      startedAt: input.at,
    })
    .returning({ id: b.id });
  if (!row) throw new Error("import batch insert returned no row");
  return row.id;
};

/** A rejected file: its problems and the batch's final state, in one transaction. */
export const rejectBatch = async (
  db: DbOrTx,
  batchId: number,
  outcome: { rows: number; errorCount: number; issues: readonly ImportIssue[]; message: string; at: string },
): Promise<void> => {
  await db.transaction(async (tx) => {
    for (let i = 0; i < outcome.issues.length; i += 1000) {
      await tx.insert(tables.importErrors).values(outcome.issues.slice(i, i + 1000).map((issue) => ({ batchId, ...issue })));
    }
    await tx
      .update(b)
      .set({ status: "rejected", rowCount: outcome.rows, errorCount: outcome.errorCount, message: outcome.message, finishedAt: outcome.at })
      .where(eq(b.id, batchId));
  });
};

/** An applied file: its counts and the values to check (they never block it), inside the apply transaction. */
export const markBatchApplied = async (
  tx: DbOrTx,
  batchId: number,
  outcome: { rows: number; inserted: number; updated: number; warnings: FoundWarnings; message: string; at: string },
): Promise<void> => {
  const { warnings } = outcome.warnings;
  for (let i = 0; i < warnings.length; i += 1000) {
    await tx.insert(tables.importWarnings).values(warnings.slice(i, i + 1000).map((warning) => ({ batchId, ...warning })));
  }
  await tx
    .update(b)
    .set({
      status: "applied",
      rowCount: outcome.rows,
      insertedCount: outcome.inserted,
      updatedCount: outcome.updated,
      errorCount: 0,
      warningCount: outcome.warnings.count,
      message: outcome.message,
      finishedAt: outcome.at,
    })
    .where(eq(b.id, batchId));
};

export const markBatchFailed = async (db: DbOrTx, batchId: number, input: { rows: number; message: string; at: string }): Promise<void> => {
  await db.update(b).set({ status: "failed", rowCount: input.rows, message: input.message, finishedAt: input.at }).where(eq(b.id, batchId));
};

/** Batches still "validating" long after they started were cut off by a crash. */
export const failAbandonedBatches = async (db: DbOrTx, now: Date, staleAfterMs: number): Promise<void> => {
  await db
    .update(b)
    .set({
      status: "failed",
      message: bilingual("导入被中断（服务重启或崩溃），未写入任何数据，请重新导入", "the import was interrupted; nothing was applied"),
      finishedAt: now.toISOString(),
    })
    .where(and(eq(b.status, "validating"), lt(b.startedAt, new Date(now.getTime() - staleAfterMs).toISOString())));
};
