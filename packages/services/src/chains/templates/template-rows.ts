import { and, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { tables, type DbOrTx } from "@parkpilot/db";
import { ZChainDefinition, type TChainDefinition } from "@parkpilot/contracts";

export type TemplateRow = typeof tables.chainTemplates.$inferSelect;

export interface LoadedTemplate {
  readonly row: TemplateRow;
  readonly definition: TChainDefinition;
}

// Rows never change (an edit is a new row), so a definition parsed once stays valid. The key
// includes the creation time so that two databases in one process (tests, benchmarks) never share one.
const parsed = new Map<string, TChainDefinition>();

/** The stored definition, validated by the same schema that admitted it. */
export const definitionOf = (row: TemplateRow): TChainDefinition => {
  const key = `${row.id}:${row.code}:${row.version}:${row.createdAt}`;
  let definition = parsed.get(key);
  if (!definition) {
    definition = ZChainDefinition.parse(row.definition);
    parsed.set(key, definition);
  }
  return definition;
};

const load = (row: TemplateRow): LoadedTemplate => ({ row, definition: definitionOf(row) });

/**
 * The version each chain code uses in a province: the latest version of the province's own
 * copy when it has one, otherwise the latest shipped version.
 */
export const effectiveTemplates = async (db: DbOrTx, provinceCode: string, codes?: readonly string[]): Promise<LoadedTemplate[]> => {
  const t = tables.chainTemplates;
  const filters: SQL[] = [or(eq(t.provinceCode, provinceCode), isNull(t.provinceCode)) ?? sql`false`];
  if (codes && codes.length > 0) filters.push(inArray(t.code, [...codes]));
  const rows = await db
    .selectDistinctOn([t.code])
    .from(t)
    .where(and(...filters))
    .orderBy(t.code, desc(sql`${t.provinceCode} IS NOT NULL`), desc(t.version));
  return rows.map(load);
};

/** The effective version of one chain code in a province, or null when the code is unknown. */
export const effectiveTemplate = async (db: DbOrTx, provinceCode: string, code: string): Promise<LoadedTemplate | null> =>
  (await effectiveTemplates(db, provinceCode, [code]))[0] ?? null;
