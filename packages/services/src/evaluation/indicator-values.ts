import { copyTextField, CopyTextBuffer, type CopySession, type Database } from "@parkpilot/db";
import { isoUtcSql } from "./iso-timestamp";

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

const COLUMNS = ["indicator_key", "subject", "period", "value", "reporting", "population", "computed_at"];

const numberField = (v: number | null) => (v === null || !Number.isFinite(v) ? "\\N" : String(v));

/**
 * COPYs values into indicator_values inside the caller's transaction (Database.copyTransaction).
 * Sent as JSON documents that PostgreSQL unpacked, the demo's 250,000 monthly values took PGlite
 * 3.9 s to store on first start; as COPY text, about 2.3 s.
 */
const insertIndicatorValues = async (session: CopySession, rows: readonly IndicatorValueRow[], computedAt: string): Promise<void> => {
  const lines = new CopyTextBuffer();
  for (const r of rows) {
    lines.push(
      `${copyTextField(r.key)}\t${copyTextField(r.subject)}\t${copyTextField(r.period)}\t${numberField(r.value)}\t${numberField(r.reporting)}\t${numberField(r.population)}\t${computedAt}\n`,
    );
  }
  await session.copyFromText("indicator_values", COLUMNS, lines.take());
};

/**
 * Deletes the values `where` selects (a condition on indicator_values, its parameters numbered from
 * $1) and COPYs `rows` in their place, in one transaction: a reader sees either the old or the new
 * values, and a recomputation never leaves duplicates or orphans.
 */
export const replaceIndicatorValuesWhere = async (
  database: Database,
  rows: readonly IndicatorValueRow[],
  where: { readonly text: string; readonly params: readonly unknown[] },
  computedAt: string,
): Promise<number> => {
  await database.copyTransaction(async (session) => {
    await session.query(`DELETE FROM indicator_values WHERE ${where.text}`, [...where.params]);
    await insertIndicatorValues(session, rows, computedAt);
  });
  return rows.length;
};

/**
 * Replaces the values of the given indicators and periods for the given subjects (a subject
 * "park:12" also covers its industries "park:12/ind:…").
 */
export const replaceIndicatorValues = async (
  database: Database,
  rows: readonly IndicatorValueRow[],
  scope: { readonly keys: readonly string[]; readonly periods: readonly string[]; readonly subjects: readonly string[] },
  computedAt: string,
): Promise<number> => {
  if (scope.keys.length === 0 || scope.periods.length === 0) return 0;
  const text = "indicator_key = ANY($1::text[]) AND period = ANY($2::text[]) AND split_part(subject, '/', 1) = ANY($3::text[])";
  return replaceIndicatorValuesWhere(database, rows, { text, params: [scope.keys, scope.periods, scope.subjects] }, computedAt);
};

/** Values of a subject for a period, by indicator key. */
export const readIndicatorValues = async (database: Database, subjects: readonly string[], periods: readonly string[], keys?: readonly string[]) =>
  database.query<{ indicator_key: string; subject: string; period: string; value: number | null; reporting: number | null; population: number | null; computed_at: string }>(
    `SELECT indicator_key, subject, period, value, reporting, population, ${isoUtcSql("computed_at")} AS computed_at
       FROM indicator_values
      WHERE subject = ANY($1::text[]) AND period = ANY($2::text[]) ${keys ? "AND indicator_key = ANY($3::text[])" : ""}`,
    keys ? [subjects, periods, keys] : [subjects, periods],
  );
