import { sql, type SQL } from "drizzle-orm";
import { BOOL_FALSE, BOOL_TRUE, FactTable } from "@parkpilot/core";
import { rowsOf, type DbOrTx } from "@parkpilot/db";
import type { FactPlan } from "./fact-plan";
import { batchRows } from "./batch-rows";
import { loadStoredFacts } from "./load-stored-facts";
import { loadTitles } from "./load-titles";
import { FIELD, populationRowText } from "./population-sql";

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
 * Each enterprise arrives as one text field (its inputs joined by a separator) and each fact key
 * as one text: a province of a million enterprises would otherwise cost the driver some sixty
 * million parsed cells and fifteen million row objects.
 */
export const loadFactBatch = async (db: DbOrTx, spec: BatchSpec, where: SQL, limit: number): Promise<FactBatch> => {
  const { plan } = spec;
  // One text per enterprise rather than one text per batch: aggregating the batch in id order
  // sorted it again, on disk.
  const query = sql.join([sql.raw(`${populationRowText(plan, spec.year)} WHERE `), where, sql` ORDER BY enterprises.id LIMIT ${limit}`]);
  const records = rowsOf<{ r: string }>(await db.execute(query));
  const n = records.length;
  const table = new FactTable(n);
  const idColumn = new Int32Array(n);
  const annual = plan.annual.map((a) => table.numberColumn(a.key));
  const founded = plan.attributes.has("founded_date") ? table.numberColumn("founded_date") : null;
  const listed = plan.attributes.has("listed") ? table.booleanColumn("listed") : null;
  const industry = plan.attributes.has("industry_code");
  for (let i = 0; i < n; i++) {
    // id, industry code, founded (epoch day), listed (t/f), then the annual columns in plan order.
    const cells = (records[i] as { r: string }).r.split(FIELD);
    const id = Number(cells[0]);
    idColumn[i] = id;
    if (industry && cells[1]) table.setCategory("industry_code", i, cells[1]);
    if (founded && cells[2]) founded[i] = Number(cells[2]);
    if (listed && cells[3]) listed[i] = cells[3] === "t" ? BOOL_TRUE : BOOL_FALSE;
    for (let j = 0; j < annual.length; j++) {
      const v = cells[4 + j];
      if (v) (annual[j] as Float64Array)[i] = Number(v);
    }
  }
  if (n === 0) return { ids: idColumn, facts: table };

  // Every planned column exists in every batch, so that input hashes see the same columns.
  for (const f of plan.stored) {
    if (f.type === "boolean") table.booleanColumn(f.key);
    else if (f.type === "category") table.categoryColumn(f.key);
    else table.numberColumn(f.key);
  }
  const rowOf = batchRows(idColumn);
  if (plan.stored.length > 0) await loadStoredFacts(db, plan.stored, table, idColumn, rowOf);
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
