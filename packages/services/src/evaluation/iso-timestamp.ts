import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * Timestamps leave the API (evaluation, gradient) as ISO 8601 in UTC ("2026-01-20T08:00:00.000Z"), never as
 * PostgreSQL's text of a timestamptz ("2026-01-20 08:00:00+00", whose form depends on the session's
 * time zone and DateStyle). The database formats them, so a row is read once, in either client.
 */
const ISO_UTC_FORMAT = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** A timestamptz expression of a hand-written query as ISO 8601 UTC text (null stays null). */
export const isoUtcSql = (expression: string): string => `to_char((${expression}) AT TIME ZONE 'UTC', ${ISO_UTC_FORMAT})`;

/** The same for a Drizzle select: a timestamptz column as ISO 8601 UTC text. */
export const isoUtcColumn = (column: AnyColumn): SQL<string> => sql<string>`to_char(${column} AT TIME ZONE 'UTC', ${sql.raw(ISO_UTC_FORMAT)})`;
