/** Text for a CSV field of the staging COPY: always quoted, so an empty string is never NULL. */
export const csvText = (value: string): string => (value.includes('"') ? `"${value.replace(/"/g, '""')}"` : `"${value}"`);

/** A column of a staging table: its name and SQL type. */
export interface StageColumn {
  readonly name: string;
  readonly type: string;
}
