import { tables, type DbOrTx } from "@parkpilot/db";

export interface AuditEntry {
  readonly userId: number | null;
  readonly action: string;
  readonly entity: string;
  readonly entityKey: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Appends to the audit log; call it inside the transaction of the write it records. */
export const recordAudit = async (tx: DbOrTx, entry: AuditEntry): Promise<void> => {
  await tx.insert(tables.auditLog).values({
    userId: entry.userId,
    action: entry.action,
    entity: entry.entity,
    entityKey: entry.entityKey,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
};
