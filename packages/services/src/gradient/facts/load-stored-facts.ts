import { sql } from "drizzle-orm";
import { BOOL_FALSE, BOOL_TRUE, type FactTable } from "@parkpilot/core";
import { rowsOf, type DbOrTx } from "@parkpilot/db";
import { batchMembership } from "./batch-rows";
import type { StoredFact } from "./fact-plan";
import { FIELD, RECORD } from "./population-sql";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Fills the plan's enterprise_facts into a batch's fact table. One row per key, its enterprise ids
 * and its values each as one text (values in the column of the key's type): a batch holds some
 * 650,000 facts, and a row or a split record per fact cost more than the rest of the load.
 */
export const loadStoredFacts = async (db: DbOrTx, stored: readonly StoredFact[], table: FactTable, ids: Int32Array, rowOf: (id: number) => number): Promise<void> => {
  const keysOf = (...types: string[]) => sql.param(stored.filter((f) => types.includes(f.type)).map((f) => f.key));
  const rows = rowsOf<{ key: string; ids: string; vals: string }>(
    await db.execute(
      sql`SELECT key, string_agg(enterprise_id::text, ',') AS ids,
                 string_agg(CASE WHEN key = ANY(${keysOf("number")}::text[]) THEN coalesce(number_value::text, '')
                                 WHEN key = ANY(${keysOf("boolean")}::text[]) THEN CASE WHEN bool_value THEN 't' WHEN NOT bool_value THEN 'f' ELSE '' END
                                 ELSE coalesce(translate(text_value, ${FIELD + RECORD}, '  '), '') END, ${FIELD}) AS vals
            FROM enterprise_facts WHERE ${batchMembership("enterprise_id", ids)} AND key = ANY(${sql.param(stored.map((f) => f.key))}::text[])
           GROUP BY key`,
    ),
  );
  const typeOf = new Map(stored.map((f) => [f.key, f.type]));
  for (const { key, ids: idText, vals } of rows) {
    const enterpriseIds = idText.split(",");
    const values = vals.split(FIELD);
    const type = typeOf.get(key);
    const numbers = type === "number" ? table.numberColumn(key) : null;
    const booleans = type === "boolean" ? table.booleanColumn(key) : null;
    for (let k = 0; k < enterpriseIds.length; k++) {
      const i = rowOf(Number(enterpriseIds[k]));
      const v = values[k] as string;
      if (i < 0 || v === "") continue;
      if (numbers) {
        const n = Number(v);
        if (Number.isFinite(n)) numbers[i] = n;
      } else if (booleans) booleans[i] = v === "t" ? BOOL_TRUE : BOOL_FALSE;
      else if (type === "category") table.setCategory(key, i, v);
      else if (type === "date" && ISO_DATE.test(v)) table.setDate(key, i, v);
    }
  }
};
