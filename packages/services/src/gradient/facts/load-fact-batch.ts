import { sql, type SQL } from "drizzle-orm";
import { BOOL_FALSE, BOOL_TRUE, FactTable } from "@parkpilot/core";
import { inlineSql, readColumns, rowsOf, sqlLiteral, type BulkReader, type DbOrTx } from "@parkpilot/db";
import type { FactPlan } from "./fact-plan";
import { batchRows } from "./batch-rows";
import { loadStoredFacts } from "./load-stored-facts";
import { loadTitles } from "./load-titles";
import { populationSelectText } from "./population-sql";

export interface FactBatch {
  /** enterprises.id of each row of the fact table, ascending. */
  readonly ids: Int32Array;
  readonly facts: FactTable;
}

export interface BatchSpec {
  readonly plan: FactPlan;
  /** The data year: `@y` facts. */
  readonly year: number;
  /** Titles are held "on" this date: the evaluation date. */
  readonly asOf: string;
  /** Honour tiers the province's register has lists for: absence there means "not held". */
  readonly listedTiers: ReadonlySet<string>;
}

/**
 * Loads one batch of enterprises into a fact table. `where` picks the enterprises (tenancy and
 * keyset bounds come from the caller); at most `limit` rows, in id order. Unknown stays unknown:
 * a null cell, a missing year or a fact never recorded leave the engine's "unknown" in place,
 * never a zero or a false. Titles are the exception, by design: where the province's register
 * holds a list of a tier, an enterprise absent from it does not hold the title (the register is
 * the official list); for tiers whose list was never loaded, the title stays unknown.
 *
 * The population's columns arrive by binary COPY, decoded straight into typed arrays: a province
 * of a million enterprises would otherwise cost the driver some sixty million parsed cells.
 */
export const loadFactBatch = async (reader: BulkReader, spec: BatchSpec, where: SQL, limit: number): Promise<FactBatch> => {
  const { plan } = spec;
  const annualSpec = Object.fromEntries(plan.annual.map((_, j) => [`c${j}`, "float8"] as const));
  const { n, columns } = await readColumns(reader, `${populationSelectText(plan, spec.year)} WHERE ${inlineSql(where)} ORDER BY enterprises.id LIMIT ${sqlLiteral(limit)}`, {
    id: "int4",
    industry: "text",
    founded: "float8",
    listed: "bool",
    ...annualSpec,
  });
  const db = reader.db;
  const table = new FactTable(n);
  const idColumn = columns.id;
  if (plan.attributes.has("industry_code")) columns.industry.forEach((code, i) => code && table.setCategory("industry_code", i, code));
  if (plan.attributes.has("founded_date")) table.numberColumn("founded_date").set(columns.founded);
  if (plan.attributes.has("listed")) {
    const listed = table.booleanColumn("listed");
    columns.listed.forEach((v, i) => v >= 0 && (listed[i] = v === 1 ? BOOL_TRUE : BOOL_FALSE));
  }
  const annual = columns as unknown as Readonly<Record<string, Float64Array>>;
  plan.annual.forEach((a, j) => table.numberColumn(a.key).set(annual[`c${j}`]!));
  if (n === 0) return { ids: idColumn, facts: table };

  // Every planned column exists in every batch, so that input hashes see the same columns.
  for (const f of plan.stored) {
    if (f.type === "boolean") table.booleanColumn(f.key);
    else if (f.type === "category") table.categoryColumn(f.key);
    else table.numberColumn(f.key);
  }
  const rowOf = batchRows(idColumn);
  if (plan.stored.length > 0) await loadStoredFacts(reader, plan.stored, table, idColumn, rowOf);
  if (plan.titles.size > 0) await loadTitles(db, spec, table, idColumn, rowOf);
  return { ids: idColumn, facts: table };
};

/** Honour tiers of which the province's register holds at least one grant (the lists loaded). */
export const loadListedTiers = async (db: DbOrTx, provinceCode: string): Promise<Set<string>> => {
  const rows = rowsOf<{ tier: string }>(
    await db.execute(sql`SELECT DISTINCT h.tier FROM enterprise_honours h JOIN enterprises e ON e.id = h.enterprise_id WHERE e.province_code = ${provinceCode}`),
  );
  return new Set(rows.map((r) => r.tier));
};
