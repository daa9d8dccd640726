import { BOOL_FALSE, BOOL_TRUE, type FactTable } from "@parkpilot/core";
import { inlineSql, readColumns, sqlLiteral, type BulkReader } from "@parkpilot/db";
import { BATCH_READ, batchMembership } from "./batch-rows";
import type { StoredFact } from "./fact-plan";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Fills the plan's enterprise_facts into a batch's fact table, by binary COPY: a batch holds some
 * 650,000 facts, each arriving as its key's position in the plan, the enterprise and the value in
 * the column of the key's type (text only for categories and dates).
 */
export const loadStoredFacts = async (reader: BulkReader, stored: readonly StoredFact[], table: FactTable, ids: Int32Array, rowOf: (id: number) => number): Promise<void> => {
  const keys = stored.map((f) => f.key);
  const texts = stored.filter((f) => f.type === "category" || f.type === "date").map((f) => f.key);
  const { n, columns } = await readColumns(
    reader,
    `SELECT array_position(${sqlLiteral(keys)}::text[], key)::int4, enterprise_id, number_value::float8, bool_value,
            CASE WHEN key = ANY(${sqlLiteral(texts)}::text[]) THEN text_value END
       FROM enterprise_facts WHERE ${inlineSql(batchMembership("enterprise_id", ids))} AND key = ANY(${sqlLiteral(keys)}::text[])`,
    { key: "int4", enterprise: "int4", number: "float8", bool: "bool", text: "text" },
    BATCH_READ,
  );
  const numbers = stored.map((f) => (f.type === "number" ? table.numberColumn(f.key) : null));
  const booleans = stored.map((f) => (f.type === "boolean" ? table.booleanColumn(f.key) : null));
  for (let k = 0; k < n; k++) {
    const i = rowOf(columns.enterprise[k]!);
    const j = columns.key[k]! - 1;
    const fact = stored[j];
    if (i < 0 || !fact) continue;
    const number = numbers[j];
    const boolean = booleans[j];
    if (number) {
      const v = columns.number[k]!;
      if (Number.isFinite(v)) number[i] = v;
    } else if (boolean) {
      const v = columns.bool[k]!;
      if (v >= 0) boolean[i] = v === 1 ? BOOL_TRUE : BOOL_FALSE;
    } else {
      const v = columns.text[k];
      if (!v) continue;
      if (fact.type === "category") table.setCategory(fact.key, i, v);
      else if (fact.type === "date" && ISO_DATE.test(v)) table.setDate(fact.key, i, v);
    }
  }
};
