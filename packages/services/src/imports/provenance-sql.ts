/**
 * SQL for the provenance of an upserted row. A stored value's source is its field_sources
 * entry if it has one, else the row's source columns (see indicators/resolve-provenance.ts).
 * An import replaces the row source, so:
 * - imported columns lose their own entries: the import is now their source;
 * - columns the file did not carry keep the source they had: where that was the old row
 *   source, it is pinned into field_sources before the row source changes.
 * Keys and columns come from the code (the field catalogue), never from the file.
 */
export interface DataColumn {
  /** field_sources key (camelCase, as the API names the field). */
  readonly key: string;
  readonly column: string;
}

const literal = (text: string): string => {
  if (!/^[A-Za-z0-9_]+$/.test(text)) throw new Error(`unexpected identifier in provenance SQL: ${text}`);
  return `'${text}'`;
};

/** The old row source of `alias` as a FieldSource object (nulls stripped by the caller). */
const rowSourceJson = (alias: string): string =>
  `jsonb_build_object('kind', ${alias}.source_kind, 'batchId', ${alias}.source_batch_id, 'row', ${alias}.source_row, ` +
  `'userId', ${alias}.source_user_id, 'note', ${alias}.source_note, 'at', ${alias}.recorded_at)`;

/** jsonb_build_object takes at most 100 arguments: 40 pairs per call leaves room. */
const PAIRS_PER_CALL = 40;

/** The field_sources expression of ON CONFLICT DO UPDATE, for a target row aliased `alias`. */
export const fieldSourcesUpdateSql = (alias: string, all: readonly DataColumn[], imported: ReadonlySet<string>): string => {
  const importedKeys = all.filter((c) => imported.has(c.key)).map((c) => literal(c.key));
  const kept = all.filter((c) => !imported.has(c.key));
  let expr = importedKeys.length > 0 ? `(${alias}.field_sources - ARRAY[${importedKeys.join(", ")}]::text[])` : `${alias}.field_sources`;
  for (let i = 0; i < kept.length; i += PAIRS_PER_CALL) {
    const pairs = kept.slice(i, i + PAIRS_PER_CALL).map(
      (c) =>
        `${literal(c.key)}, CASE WHEN ${alias}.${c.column} IS NOT NULL AND NOT (${alias}.field_sources ? ${literal(c.key)}) THEN ${rowSourceJson(alias)} END`,
    );
    // Pins are added only under keys that have no entry yet, so `||` never overwrites one.
    expr += ` || jsonb_strip_nulls(jsonb_build_object(${pairs.join(", ")}))`;
  }
  return expr;
};

/** SET clauses for the row source columns, taking the proposed (EXCLUDED) row's values. */
export const rowSourceUpdateSql = (): string =>
  ["source_kind", "source_batch_id", "source_row", "source_user_id", "source_note", "recorded_at"].map((c) => `${c} = EXCLUDED.${c}`).join(", ");
