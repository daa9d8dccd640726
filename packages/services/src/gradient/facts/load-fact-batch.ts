import { sql, type SQL } from "drizzle-orm";
import { BOOL_FALSE, BOOL_TRUE, FactTable } from "@parkpilot/core";
import { rowsOf, type DbOrTx } from "@parkpilot/db";
import type { FactPlan } from "./fact-plan";
import { FIELD, populationRowText, RECORD } from "./population-sql";

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
 * "enterprise_id is one of the batch": a range when the batch is dense in ids (a province read in
 * id order: an index range scan, far cheaper than probing fifty thousand ids one by one), the id
 * list when it is sparse (one park's enterprises scattered over a province's ids, a card).
 * Rows of other enterprises inside a range are dropped by the caller's id index.
 */
export const batchMembership = (column: string, list: Int32Array): SQL => {
  const first = list[0] ?? 0;
  const last = list[list.length - 1] ?? 0;
  return last - first + 1 <= 2 * list.length
    ? sql`${sql.raw(column)} BETWEEN ${first} AND ${last}`
    : sql`${sql.raw(column)} = ANY(${sql.param(Array.from(list))}::int[])`;
};

/** A number from its text form; "" (null in SQL) stays unknown. */
const num = (text: string | undefined): number => (text === undefined || text === "" ? Number.NaN : Number(text));

/**
 * Loads one batch of enterprises into a fact table. `where` picks the enterprises (tenancy and
 * keyset bounds come from the caller); at most `limit` rows, in id order. Unknown stays unknown:
 * a null cell, a missing year or a fact never recorded leave the engine's "unknown" in place,
 * never a zero or a false. Titles are the exception, by design: where the province's register
 * holds a list of a tier, an enterprise absent from it does not hold the title (the register is
 * the official list); for tiers whose list was never loaded, the title stays unknown.
 *
 * Each enterprise arrives as one text field (its inputs joined by a separator) and the batch's
 * facts as one text: a province of a million enterprises would otherwise cost the driver some
 * sixty million parsed cells and fifteen million row objects.
 */
export const loadFactBatch = async (db: DbOrTx, spec: BatchSpec, where: SQL, limit: number): Promise<FactBatch> => {
  const { plan } = spec;
  // The batch as one text, records in id order: no row object per enterprise.
  const query = sql.join([
    sql.raw(`SELECT string_agg(r, chr(30) ORDER BY id) AS b FROM (${populationRowText(plan, spec.year)} WHERE `),
    where,
    sql` ORDER BY enterprises.id LIMIT ${limit}) batch`,
  ]);
  const [text] = rowsOf<{ b: string | null }>(await db.execute(query));
  const records = text?.b ? text.b.split(RECORD) : [];
  const n = records.length;
  const table = new FactTable(n);
  const idColumn = new Int32Array(n);
  const index = new Map<number, number>();
  const annual = plan.annual.map((a) => table.numberColumn(a.key));
  const founded = plan.attributes.has("founded_date") ? table.numberColumn("founded_date") : null;
  const listed = plan.attributes.has("listed") ? table.booleanColumn("listed") : null;
  const industry = plan.attributes.has("industry_code");
  for (let i = 0; i < n; i++) {
    // id, industry code, founded (epoch day), listed (t/f), then the annual columns in plan order.
    const cells = (records[i] as string).split(FIELD);
    const id = Number(cells[0]);
    idColumn[i] = id;
    index.set(id, i);
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
  if (plan.stored.length > 0) {
    // The whole batch's facts as one text: per fact the enterprise id, key, number, boolean and
    // text in fixed positions. One row instead of a dozen per enterprise.
    const [factText] = rowsOf<{ f: string | null }>(
      await db.execute(
        sql`SELECT string_agg(enterprise_id::text || ${FIELD} || key || ${FIELD} || coalesce(number_value::text, '') || ${FIELD} || coalesce(bool_value::text, '')
                              || ${FIELD} || coalesce(translate(text_value, ${FIELD + RECORD}, '  '), ''), ${RECORD}) AS f
              FROM enterprise_facts WHERE ${batchMembership("enterprise_id", idColumn)} AND key = ANY(${sql.param(plan.stored.map((f) => f.key))}::text[])`,
      ),
    );
    const typeOf = new Map(plan.stored.map((f) => [f.key, f.type]));
    for (const fact of factText?.f ? factText.f.split(RECORD) : []) {
      const [id, key = "", number, bool, text] = fact.split(FIELD);
      const i = index.get(Number(id));
      if (i === undefined) continue;
      switch (typeOf.get(key)) {
        case "number": {
          const v = num(number);
          if (Number.isFinite(v)) table.numberColumn(key)[i] = v;
          break;
        }
        case "boolean":
          if (bool) table.booleanColumn(key)[i] = bool === "true" ? BOOL_TRUE : BOOL_FALSE;
          break;
        case "category":
          if (text) table.setCategory(key, i, text);
          break;
        case "date":
          if (text && /^\d{4}-\d{2}-\d{2}$/.test(text)) table.setDate(key, i, text);
          break;
      }
    }
  }

  if (plan.titles.size > 0) {
    const tiers = [...new Set([...plan.titles.values()].flat())];
    const held = rowsOf<{ enterprise_id: number; tier: string }>(
      await db.execute(
        sql`SELECT DISTINCT enterprise_id, tier FROM enterprise_honours WHERE ${batchMembership("enterprise_id", idColumn)} AND tier = ANY(${sql.param(tiers)}::text[])
            AND valid_from <= ${spec.asOf}::date AND (valid_until IS NULL OR valid_until >= ${spec.asOf}::date)`,
      ),
    );
    const holders = new Map<string, number[]>();
    for (const h of held) {
      const i = index.get(h.enterprise_id);
      if (i === undefined) continue;
      const list = holders.get(h.tier);
      if (list) list.push(i);
      else holders.set(h.tier, [i]);
    }
    for (const [key, honourTiers] of plan.titles) {
      const column = table.booleanColumn(key);
      if (honourTiers.some((t) => spec.listedTiers.has(t))) column.fill(BOOL_FALSE);
      for (const t of honourTiers) for (const i of holders.get(t) ?? []) column[i] = BOOL_TRUE;
    }
  }
  return { ids: idColumn, facts: table };
};

/** Honour tiers of which the province's register holds at least one grant (the lists loaded). */
export const loadListedTiers = async (db: DbOrTx, provinceCode: string): Promise<Set<string>> => {
  const rows = rowsOf<{ tier: string }>(
    await db.execute(sql`SELECT DISTINCT h.tier FROM enterprise_honours h JOIN enterprises e ON e.id = h.enterprise_id WHERE e.province_code = ${provinceCode}`),
  );
  return new Set(rows.map((r) => r.tier));
};
