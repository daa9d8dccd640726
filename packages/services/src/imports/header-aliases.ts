import { columnHeader, IMPORT_KINDS, importColumns, type ImportColumn, type ImportKind } from "./import-columns";

/**
 * How a header cell is compared: Unicode-compatibility folded (full-width brackets and
 * letters become ASCII), whitespace and the "*" that marks required columns removed, lower case.
 */
export const normalizeHeader = (text: string): string =>
  text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/^\*+|\*+$/g, "")
    .toLowerCase();

const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Every spelling a column is recognised by: the template header (Chinese with unit), the
 * Chinese label alone, the API key, the database column name and the English label with or
 * without its unit. Chinese is primary; the rest lets an English or API-made file through.
 */
const spellings = (c: ImportColumn): string[] => {
  const out = [columnHeader(c), c.zh, c.key, snake(c.key), c.en];
  if (c.unitEn) out.push(`${c.en}(${c.unitEn})`, `${c.en}[${c.unitEn}]`);
  if (c.unit) out.push(`${c.zh}[${c.unit}]`);
  return out;
};

const build = (kind: ImportKind): ReadonlyMap<string, ImportColumn> => {
  const map = new Map<string, ImportColumn>();
  for (const column of importColumns(kind)) {
    for (const spelling of spellings(column)) {
      const key = normalizeHeader(spelling);
      const other = map.get(key);
      // Two columns answering to one spelling would make the import guess: refuse at start-up.
      if (other && other !== column) throw new Error(`import ${kind}: header "${spelling}" matches both ${other.key} and ${column.key}`);
      map.set(key, column);
    }
  }
  return map;
};

const ALIASES = new Map<ImportKind, ReadonlyMap<string, ImportColumn>>(IMPORT_KINDS.map((k) => [k, build(k)]));

/** Normalised spelling → column, for one import kind. */
export const headerAliases = (kind: ImportKind): ReadonlyMap<string, ImportColumn> => {
  const map = ALIASES.get(kind);
  if (!map) throw new Error(`unknown import kind ${kind}`);
  return map;
};
