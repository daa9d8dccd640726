/**
 * Builds a fact table from plain records (one per enterprise): convenient for tests, fixtures and
 * small populations. Values are typed by the key: strings become categories or dates, booleans
 * booleans, numbers numbers; null and undefined stay unknown.
 */
import { resolveFact } from "./fact-keys";
import { FactTable } from "./fact-table";

export type FactValue = number | boolean | string | null | undefined;
export type FactRecord = Readonly<Record<string, FactValue>>;

export const factTableFromRecords = (records: readonly FactRecord[]): FactTable => {
  const table = new FactTable(records.length);
  records.forEach((record, i) => {
    for (const [key, value] of Object.entries(record)) {
      const fact = resolveFact(key);
      if (!fact) throw new Error(`unknown fact key: ${key}`);
      if (value === null || value === undefined) continue;
      const mismatch = (): Error => new Error(`fact ${key} is a ${fact.type}; got ${typeof value} ${String(value)}`);
      switch (fact.type) {
        case "number":
          if (typeof value !== "number") throw mismatch();
          table.setNumber(key, i, value);
          break;
        case "boolean":
          if (typeof value !== "boolean") throw mismatch();
          table.setBoolean(key, i, value);
          break;
        case "category":
          if (typeof value !== "string") throw mismatch();
          table.setCategory(key, i, value);
          break;
        case "date":
          if (typeof value !== "string") throw mismatch();
          table.setDate(key, i, value);
          break;
      }
    }
  });
  return table;
};
