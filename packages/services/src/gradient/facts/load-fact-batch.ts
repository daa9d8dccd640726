import { sql, type SQL } from "drizzle-orm";
import { BOOL_FALSE, BOOL_TRUE, FactTable } from "@parkpilot/core";
import { inlineSql, readColumns, rowsOf, sqlLiteral, type BulkReader, type DbOrTx } from "@parkpilot/db";
import type { FactPlan } from "./fact-plan";
import { BATCH_READ, batchMembership, batchRows } from "./batch-rows";
import { loadStoredFacts } from "./load-stored-facts";
import { loadTitles } from "./load-titles";

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
 * Everything arrives by binary COPY, decoded straight into typed arrays (a province of a million
 * enterprises would otherwise cost the driver some sixty million parsed cells): the register
 * attributes, then the batch's annual rows of the years read as one index range (a join per year
 * offset probed the table once per enterprise and year), its facts and its titles.
 */
export const loadFactBatch = async (reader: BulkReader, spec: BatchSpec, where: SQL, limit: number): Promise<FactBatch> => {
  const { plan } = spec;
  const { n, columns } = await readColumns(
    reader,
    `SELECT enterprises.id, enterprises.industry_code::text, (enterprises.founded_on - DATE '1970-01-01')::float8, enterprises.listed
       FROM enterprises WHERE ${inlineSql(where)} ORDER BY enterprises.id LIMIT ${sqlLiteral(limit)}`,
    { id: "int4", industry: "text", founded: "float8", listed: "bool" },
    BATCH_READ,
  );
  const table = new FactTable(n);
  const idColumn = columns.id;
  if (plan.attributes.has("industry_code")) columns.industry.forEach((code, i) => code && table.setCategory("industry_code", i, code));
  if (plan.attributes.has("founded_date")) table.numberColumn("founded_date").set(columns.founded);
  if (plan.attributes.has("listed")) {
    const listed = table.booleanColumn("listed");
    columns.listed.forEach((v, i) => v >= 0 && (listed[i] = v === 1 ? BOOL_TRUE : BOOL_FALSE));
  }
  // Every planned column exists in every batch (all unknown until read), so that input hashes see the same columns.
  for (const a of plan.annual) table.numberColumn(a.key);
  for (const f of plan.stored) {
    if (f.type === "boolean") table.booleanColumn(f.key);
    else if (f.type === "category") table.categoryColumn(f.key);
    else table.numberColumn(f.key);
  }
  if (n === 0) return { ids: idColumn, facts: table };
  const rowOf = batchRows(idColumn);
  // Each fills its own columns: on a server they are read side by side.
  await Promise.all([
    plan.annual.length > 0 ? loadAnnualRows(reader, plan, spec.year, table, idColumn, rowOf) : null,
    plan.stored.length > 0 ? loadStoredFacts(reader, plan.stored, table, idColumn, rowOf) : null,
    plan.titles.size > 0 ? loadTitles(reader.db, spec, table, idColumn, rowOf) : null,
  ]);
  return { ids: idColumn, facts: table };
};

/**
 * The annual indicators the plan reads, for every year offset it reads them at: one range of
 * enterprise_annual (the batch's enterprises, the years year − lag), each row's columns copied to
 * the facts of its offset. A year without a row leaves its facts unknown.
 */
const loadAnnualRows = async (reader: BulkReader, plan: FactPlan, year: number, table: FactTable, ids: Int32Array, rowOf: (id: number) => number): Promise<void> => {
  const columnNames = [...new Set(plan.annual.map((a) => a.column))];
  const { n, columns } = await readColumns(
    reader,
    `SELECT enterprise_id, year::int4${columnNames.map((c) => `, ${c}::float8`).join("")} FROM enterprise_annual
      WHERE ${inlineSql(batchMembership("enterprise_id", ids))} AND year = ANY(${sqlLiteral(plan.lags.map((lag) => year - lag))}::int[])`,
    { enterprise: "int4", year: "int4", ...Object.fromEntries(columnNames.map((c) => [c, "float8"] as const)) },
    BATCH_READ,
  );
  const values = columns as unknown as Readonly<Record<string, Float64Array>>;
  // Per year offset: which column goes to which fact.
  const byLag = new Map<number, { from: Float64Array; to: Float64Array }[]>();
  for (const a of plan.annual) {
    const list = byLag.get(a.lag) ?? [];
    list.push({ from: values[a.column]!, to: table.numberColumn(a.key) });
    byLag.set(a.lag, list);
  }
  for (let k = 0; k < n; k++) {
    const i = rowOf(columns.enterprise[k]!);
    const copies = byLag.get(year - columns.year[k]!);
    if (i < 0 || !copies) continue;
    for (const c of copies) c.to[i] = c.from[k]!;
  }
};

/** Honour tiers of which the province's register holds at least one grant (the lists loaded). */
export const loadListedTiers = async (db: DbOrTx, provinceCode: string): Promise<Set<string>> => {
  const rows = rowsOf<{ tier: string }>(
    await db.execute(sql`SELECT DISTINCT h.tier FROM enterprise_honours h JOIN enterprises e ON e.id = h.enterprise_id WHERE e.province_code = ${provinceCode}`),
  );
  return new Set(rows.map((r) => r.tier));
};
