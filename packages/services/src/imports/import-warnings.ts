import { IMPLAUSIBLE_CHANGE_FACTOR } from "@parkpilot/core";
import { rowsOf, type Tx } from "@parkpilot/db";
import { sqlText } from "../evaluation/sql-text";
import { columnHeader, importColumns } from "./import-columns";
import { indicatorFields } from "./indicator-row-processor";
import { quoteIdent } from "./staging-table";
import { warningMessage } from "./warning-message";

/** A value of an applied import that needs a second look. Same shape as the import_warnings table. */
export interface ImportWarning {
  readonly row: number;
  /** The template's Chinese header of the column, e.g. 营业收入(万元). */
  readonly column: string;
  /** The indicator's catalogue key. */
  readonly field: string;
  readonly value: number;
  readonly referenceValue: number;
  /** YYYY or YYYY-MM. */
  readonly referencePeriod: string;
  /** The file's row holding the reference value; null when it is the stored value. */
  readonly referenceRow: number | null;
  readonly message: string;
}

export interface FoundWarnings {
  /** Every warning of the file. */
  readonly count: number;
  /** The first `limit` of them in file order (row, then template column). */
  readonly warnings: readonly ImportWarning[];
}

export interface WarningQuery {
  readonly grain: "annual" | "monthly";
  /** The staging segments just applied. */
  readonly segments: readonly string[];
  /** Keys of the columns the file carries: only those values were written. */
  readonly present: ReadonlySet<string>;
  readonly batchId: number;
  readonly limit: number;
}

interface WarningRow {
  row: number;
  field_index: number;
  value: number;
  reference_value: number;
  reference_period: string;
  reference_row: number | null;
  total: number;
}

/**
 * The values of an applied indicator import that are a hundred times (or a hundredth of) the
 * enterprise's value of the period before, as core's implausibleChange judges one value: two
 * positive values, ratio ≥ the factor or ≤ its inverse; an unknown, a zero or a loss is never
 * implausible. Run in the import's transaction after every segment is applied, so the period
 * before is read as the import left it: the file's own row where the file holds it (the row's
 * source is this batch), else the stored value. One statement for the whole file, whatever its
 * size: the staged rows joined with their reference rows by primary key.
 */
export const findImportWarnings = async (tx: Tx, q: WarningQuery): Promise<FoundWarnings> => {
  const fields = indicatorFields(q.grain).filter((f) => q.present.has(f.key));
  if (fields.length === 0 || q.segments.length === 0) return { count: 0, warnings: [] };
  const annual = q.grain === "annual";
  const table = annual ? "enterprise_annual" : "enterprise_monthly";
  const period = annual ? "year" : "period";
  const stagedColumns = ["row", "enterprise_id", period, ...fields.map((f) => f.column)].map(quoteIdent).join(", ");
  const staged = q.segments.map((s) => `SELECT ${stagedColumns} FROM ${quoteIdent(s)}`).join(" UNION ALL ");
  const referencePeriod = annual ? "s.year - 1" : "(substr(s.period, 1, 4)::int - 1)::text || substr(s.period, 5)";
  const columns = fields.map((f) => quoteIdent(f.column));
  // The test of implausibleChange, ratio included, with the factor and its inverse bound as $1 and $2.
  const implausible = (value: string, reference: string) =>
    `(${value} > 0 AND ${reference} > 0 AND (${value} / ${reference} >= $1::float8 OR ${value} / ${reference} <= $2::float8))`;
  const pairs = columns.map((c, i) => `(${i}, s.${c}, r.${c})`).join(", ");
  // A row is tested column by column before anything is unnested: a clean row costs one pass.
  // MATERIALIZED: the file is joined whole (a hash join) and only the warnings are sorted; left
  // to itself the planner sorted every staged row by row number to probe the index row by row.
  const statement = [
    `WITH w AS MATERIALIZED (SELECT s.row, v.field_index, v.value, v.reference_value, r.${period}::text AS reference_period, `,
    `CASE WHEN r.source_batch_id = $3::int THEN r.source_row END AS reference_row `,
    `FROM (${staged}) s JOIN ${table} r ON r.enterprise_id = s.enterprise_id AND r.${period} = ${referencePeriod} `,
    `CROSS JOIN LATERAL (VALUES ${pairs}) AS v(field_index, value, reference_value) `,
    `WHERE (${columns.map((c) => implausible(`s.${c}`, `r.${c}`)).join(" OR ")}) AND ${implausible("v.value", "v.reference_value")}) `,
    `SELECT w.*, (count(*) OVER ())::int AS total FROM w ORDER BY w.row, w.field_index LIMIT $4::int`,
  ].join("");
  const result = await tx.execute(sqlText(statement, [IMPLAUSIBLE_CHANGE_FACTOR, 1 / IMPLAUSIBLE_CHANGE_FACTOR, q.batchId, q.limit]));
  const rows = rowsOf<WarningRow>(result);
  const headers = new Map(importColumns(q.grain).map((c) => [c.key, columnHeader(c)]));
  const warnings = rows.map((r) => {
    const field = fields[r.field_index];
    if (!field) throw new Error(`import warning of unknown field ${r.field_index}`);
    const comparison = {
      grain: q.grain,
      field,
      value: Number(r.value),
      referenceValue: Number(r.reference_value),
      referencePeriod: r.reference_period,
      referenceRow: r.reference_row === null ? null : Number(r.reference_row),
    };
    return {
      row: Number(r.row),
      column: headers.get(field.key) ?? field.zh,
      field: field.key,
      value: comparison.value,
      referenceValue: comparison.referenceValue,
      referencePeriod: comparison.referencePeriod,
      referenceRow: comparison.referenceRow,
      message: warningMessage(comparison),
    };
  });
  return { count: Number(rows[0]?.total ?? 0), warnings };
};
