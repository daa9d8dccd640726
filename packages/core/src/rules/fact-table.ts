/**
 * The engine's input: a column store of facts for a population of enterprises, row i being one
 * enterprise. Numbers and dates are Float64Array columns with NaN for unknown; booleans are
 * Uint8Array columns (0 unknown, 1 false, 2 true) so a fresh column is all-unknown; categories
 * are Int32Array codes into a per-column dictionary (-1 unknown). A column that was never set
 * reads as unknown everywhere. The engine knows nothing of where the facts come from.
 */
import { epochDay, isoFromEpochDay } from "./dates";
import { resolveFact, type FactKey, type ResolvedFact } from "./fact-keys";
import type { FactType } from "./fact-catalogue";

export const BOOL_UNKNOWN = 0;
export const BOOL_FALSE = 1;
export const BOOL_TRUE = 2;

/** A category column: codes per row and the dictionary they index (shared by row views). */
export interface CategoryColumn {
  readonly codes: Int32Array;
  readonly dictionary: string[];
  readonly index: Map<string, number>;
}

const checkKey = (key: string, types: readonly FactType[]): ResolvedFact => {
  const fact = resolveFact(key);
  if (!fact) throw new Error(`unknown fact key: ${key}`);
  if (!types.includes(fact.type)) throw new Error(`fact ${key} is a ${fact.type}, not a ${types.join("/")}`);
  return fact;
};

export class FactTable {
  readonly size: number;
  private readonly numbers: Map<string, Float64Array>;
  private readonly booleans: Map<string, Uint8Array>;
  private readonly categories: Map<string, CategoryColumn>;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 0) throw new Error(`fact table size must be a non-negative integer: ${size}`);
    this.size = size;
    this.numbers = new Map();
    this.booleans = new Map();
    this.categories = new Map();
  }

  private checkRow(i: number): void {
    if (!Number.isInteger(i) || i < 0 || i >= this.size) throw new RangeError(`row ${i} outside 0..${this.size - 1}`);
  }

  /** The numeric (or date) column of a key, created all-unknown on first use: for bulk loading. */
  numberColumn(key: FactKey | string): Float64Array {
    checkKey(key, ["number", "date"]);
    let col = this.numbers.get(key);
    if (!col) {
      col = new Float64Array(this.size).fill(Number.NaN);
      this.numbers.set(key, col);
    }
    return col;
  }

  /** The boolean column of a key (0 unknown, 1 false, 2 true), created all-unknown on first use. */
  booleanColumn(key: FactKey | string): Uint8Array {
    checkKey(key, ["boolean"]);
    let col = this.booleans.get(key);
    if (!col) {
      col = new Uint8Array(this.size);
      this.booleans.set(key, col);
    }
    return col;
  }

  /** The category column of a key, created all-unknown on first use. */
  categoryColumn(key: FactKey | string): CategoryColumn {
    checkKey(key, ["category"]);
    let col = this.categories.get(key);
    if (!col) {
      col = { codes: new Int32Array(this.size).fill(-1), dictionary: [], index: new Map() };
      this.categories.set(key, col);
    }
    return col;
  }

  /** Existing columns only (the engine reads; a missing column means all-unknown). */
  peekNumbers(key: string): Float64Array | undefined {
    return this.numbers.get(key);
  }
  peekBooleans(key: string): Uint8Array | undefined {
    return this.booleans.get(key);
  }
  peekCategories(key: string): CategoryColumn | undefined {
    return this.categories.get(key);
  }

  /** Sets a number; null, undefined or NaN mean unknown. Infinite values are rejected. */
  setNumber(key: FactKey | string, i: number, value: number | null | undefined): void {
    checkKey(key, ["number"]);
    this.checkRow(i);
    if (value !== null && value !== undefined && !Number.isNaN(value) && !Number.isFinite(value)) {
      throw new Error(`fact ${key} row ${i}: not a finite number: ${value}`);
    }
    this.numberColumn(key)[i] = value ?? Number.NaN;
  }

  /** Sets a boolean; null or undefined mean unknown (never false). */
  setBoolean(key: FactKey | string, i: number, value: boolean | null | undefined): void {
    this.checkRow(i);
    this.booleanColumn(key)[i] = value === true ? BOOL_TRUE : value === false ? BOOL_FALSE : BOOL_UNKNOWN;
  }

  /** Sets a category value (interned in the column's dictionary); null, undefined or "" mean unknown. */
  setCategory(key: FactKey | string, i: number, value: string | null | undefined): void {
    this.checkRow(i);
    const col = this.categoryColumn(key);
    if (value === null || value === undefined || value === "") {
      col.codes[i] = -1;
      return;
    }
    let code = col.index.get(value);
    if (code === undefined) {
      code = col.dictionary.length;
      col.dictionary.push(value);
      col.index.set(value, code);
    }
    col.codes[i] = code;
  }

  /** Sets a date fact from YYYY-MM-DD (stored as epoch days). */
  setDate(key: FactKey | string, i: number, iso: string | null | undefined): void {
    checkKey(key, ["date"]);
    this.checkRow(i);
    this.numberColumn(key)[i] = iso === null || iso === undefined ? Number.NaN : epochDay(iso);
  }

  /** The value of row i, undefined when unknown (likewise getBoolean, getCategory, getDate). */
  getNumber(key: string, i: number): number | undefined {
    this.checkRow(i);
    const v = this.numbers.get(key)?.[i];
    return v === undefined || Number.isNaN(v) ? undefined : v;
  }

  getBoolean(key: string, i: number): boolean | undefined {
    this.checkRow(i);
    const v = this.booleans.get(key)?.[i] ?? BOOL_UNKNOWN;
    return v === BOOL_UNKNOWN ? undefined : v === BOOL_TRUE;
  }

  getCategory(key: string, i: number): string | undefined {
    this.checkRow(i);
    const col = this.categories.get(key);
    const code = col?.codes[i] ?? -1;
    return code < 0 ? undefined : col?.dictionary[code];
  }

  getDate(key: string, i: number): string | undefined {
    const day = this.getNumber(key, i);
    return day === undefined ? undefined : isoFromEpochDay(day);
  }

  /** Keys of the columns present. */
  keys(): string[] {
    return [...this.numbers.keys(), ...this.booleans.keys(), ...this.categories.keys()];
  }

  /** A one-row view of row i sharing the storage (no copy): how explanations re-run one enterprise. */
  row(i: number): FactTable {
    this.checkRow(i);
    const view = new FactTable(1);
    for (const [k, col] of this.numbers) view.numbers.set(k, col.subarray(i, i + 1));
    for (const [k, col] of this.booleans) view.booleans.set(k, col.subarray(i, i + 1));
    for (const [k, col] of this.categories) view.categories.set(k, { codes: col.codes.subarray(i, i + 1), dictionary: col.dictionary, index: col.index });
    return view;
  }
}

/** An all-unknown fact table for n enterprises. */
export const createFactTable = (n: number): FactTable => new FactTable(n);
