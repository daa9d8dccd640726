import { inArray } from "drizzle-orm";
import type { TProvenance, TSourcedValue } from "@parkpilot/contracts";
import type { IndicatorField } from "@parkpilot/core";
import { tables, type DbOrTx } from "@parkpilot/db";
import type { FieldSource, SourceKind } from "@parkpilot/db/schema";

/** The provenance columns every indicator row carries. */
export interface RowSource {
  sourceKind: SourceKind;
  sourceBatchId: number | null;
  sourceRow: number | null;
  sourceUserId: number | null;
  sourceNote: string | null;
  recordedAt: string;
  fieldSources: Record<string, FieldSource>;
}

interface Names {
  files: Map<number, string>;
  users: Map<number, string>;
}

/** Looks up import file names and user names for all the sources of some rows, in two queries. */
export const loadSourceNames = async (db: DbOrTx, rows: readonly RowSource[]): Promise<Names> => {
  const batchIds = new Set<number>();
  const userIds = new Set<number>();
  for (const r of rows) {
    if (r.sourceBatchId !== null) batchIds.add(r.sourceBatchId);
    if (r.sourceUserId !== null) userIds.add(r.sourceUserId);
    for (const f of Object.values(r.fieldSources)) {
      if (f.batchId !== undefined) batchIds.add(f.batchId);
      if (f.userId !== undefined) userIds.add(f.userId);
    }
  }
  const files = batchIds.size
    ? await db.select({ id: tables.importBatches.id, name: tables.importBatches.fileName }).from(tables.importBatches).where(inArray(tables.importBatches.id, [...batchIds]))
    : [];
  const users = userIds.size
    ? await db.select({ id: tables.users.id, name: tables.users.displayName }).from(tables.users).where(inArray(tables.users.id, [...userIds]))
    : [];
  return { files: new Map(files.map((f) => [f.id, f.name])), users: new Map(users.map((u) => [u.id, u.name])) };
};

const fromRow = (r: RowSource, names: Names): TProvenance => ({
  kind: r.sourceKind,
  batchId: r.sourceBatchId,
  fileName: r.sourceBatchId === null ? null : (names.files.get(r.sourceBatchId) ?? null),
  row: r.sourceRow,
  userId: r.sourceUserId,
  userName: r.sourceUserId === null ? null : (names.users.get(r.sourceUserId) ?? null),
  note: r.sourceNote,
  at: r.recordedAt,
});

const fromField = (f: FieldSource, names: Names): TProvenance => ({
  kind: f.kind,
  batchId: f.batchId ?? null,
  fileName: f.batchId === undefined ? null : (names.files.get(f.batchId) ?? null),
  row: f.row ?? null,
  userId: f.userId ?? null,
  userName: f.userId === undefined ? null : (names.users.get(f.userId) ?? null),
  note: f.note ?? null,
  at: f.at,
});

/** Each field's value with its provenance: the field's own source if it has one, else the row's. */
export const sourcedValues = (
  row: RowSource & Record<string, unknown>,
  fields: readonly IndicatorField[],
  names: Names,
): Record<string, TSourcedValue> => {
  const rowSource = fromRow(row, names);
  const out: Record<string, TSourcedValue> = {};
  for (const f of fields) {
    const raw = row[f.key];
    const value = typeof raw === "number" ? raw : null;
    const own = row.fieldSources[f.key];
    out[f.key] = { value, source: value === null && !own ? null : own ? fromField(own, names) : rowSource };
  }
  return out;
};
