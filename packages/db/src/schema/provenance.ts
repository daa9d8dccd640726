import { bigint, integer, jsonb, text, timestamp, varchar } from "drizzle-orm/pg-core";

export type SourceKind = "import" | "api" | "manual" | "estimate" | "generated";

/**
 * Provenance of a value that differs from its row's provenance (a manual correction of one
 * field, say). Kept per field in `field_sources`; every other value of the row has the row's
 * provenance, so each stored value resolves to exactly one source.
 */
export interface FieldSource {
  kind: SourceKind;
  batchId?: number;
  row?: number;
  userId?: number;
  client?: string;
  note?: string;
  at: string;
}

/** Row-level provenance columns shared by every indicator table. */
export const provenanceColumns = () => ({
  sourceKind: varchar("source_kind", { length: 12 }).$type<SourceKind>().notNull(),
  sourceBatchId: bigint("source_batch_id", { mode: "number" }),
  sourceRow: integer("source_row"),
  sourceUserId: integer("source_user_id"),
  sourceNote: text("source_note"),
  recordedAt: timestamp("recorded_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  fieldSources: jsonb("field_sources").$type<Record<string, FieldSource>>().notNull().default({}),
});
