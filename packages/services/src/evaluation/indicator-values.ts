import { sqlText } from "./sql-text";
import type { Database, Tx } from "@parkpilot/db";

/** One computed value for indicator_values: a park ("park:12"), park industry ("park:12/ind:39"), region or province. */
export interface IndicatorValueRow {
  readonly key: string;
  readonly subject: string;
  readonly period: string;
  readonly value: number | null;
  readonly reporting: number | null;
  readonly population: number | null;
}

export const parkSubject = (parkId: number) => `park:${parkId}`;
export const parkIndustrySubject = (parkId: number, division: string) => `park:${parkId}/ind:${division}`;
export const regionSubject = (code: string) => `region:${code}`;
export const provinceSubject = (code: string) => `province:${code}`;

const BATCH = 50_000;

const json = (v: number | null) => (v === null || !Number.isFinite(v) ? "null" : String(v));

/**
 * Inserts values in batches, each sent as one JSON document that PostgreSQL unpacks (an array
 * parameter per column would be escaped value by value on the way).
 */
export const insertIndicatorValues = async (tx: Tx, rows: readonly IndicatorValueRow[], computedAt: string): Promise<void> => {
  for (let i = 0; i < rows.length; i += BATCH) {
    const doc = `[${rows
      .slice(i, i + BATCH)
      .map((r) => `[${JSON.stringify(r.key)},${JSON.stringify(r.subject)},${JSON.stringify(r.period)},${json(r.value)},${json(r.reporting)},${json(r.population)}]`)
      .join(",")}]`;
    await tx.execute(
      sqlText(
        `INSERT INTO indicator_values (indicator_key, subject, period, value, reporting, population, computed_at)
         SELECT x->>0, x->>1, x->>2, (x->>3)::float8, (x->>4)::int, (x->>5)::int, $2::timestamptz FROM jsonb_array_elements($1::jsonb) AS t(x)`,
        [doc, computedAt],
      ),
    );
  }
};

/**
 * Replaces the values of the given indicators and periods for the given subjects (a subject
 * "park:12" also covers its industries "park:12/ind:…") in one transaction, so a reader sees
 * either the old or the new values and a recomputation never leaves duplicates or orphans.
 */
export const replaceIndicatorValues = async (
  database: Database,
  rows: readonly IndicatorValueRow[],
  scope: { readonly keys: readonly string[]; readonly periods: readonly string[]; readonly subjects: readonly string[] },
  computedAt: string,
): Promise<number> => {
  if (scope.keys.length === 0 || scope.periods.length === 0) return 0;
  await database.db.transaction(async (tx) => {
    await tx.execute(
      sqlText(
        `DELETE FROM indicator_values
          WHERE indicator_key = ANY($1::text[]) AND period = ANY($2::text[]) AND split_part(subject, '/', 1) = ANY($3::text[])`,
        [scope.keys, scope.periods, scope.subjects],
      ),
    );
    await insertIndicatorValues(tx, rows, computedAt);
  });
  return rows.length;
};

/** Values of a subject for a period, by indicator key. */
export const readIndicatorValues = async (database: Database, subjects: readonly string[], periods: readonly string[], keys?: readonly string[]) =>
  database.query<{ indicator_key: string; subject: string; period: string; value: number | null; reporting: number | null; population: number | null; computed_at: string }>(
    `SELECT indicator_key, subject, period, value, reporting, population, computed_at::text AS computed_at
       FROM indicator_values
      WHERE subject = ANY($1::text[]) AND period = ANY($2::text[]) ${keys ? "AND indicator_key = ANY($3::text[])" : ""}`,
    keys ? [subjects, periods, keys] : [subjects, periods],
  );
