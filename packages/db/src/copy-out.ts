import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { BulkReader, CopyOutOptions } from "./client";

/**
 * Reading a large query column by column through `COPY (query) TO STDOUT (FORMAT binary)`.
 *
 * A population of a million enterprises read as row objects (or as text to split) costs more in
 * Node than the evaluation that follows: every number becomes a string, then a boxed number.
 * Binary COPY sends each value in PostgreSQL's wire form, which this reader decodes straight into
 * typed arrays as the stream arrives (a float8 is eight bytes read with a DataView).
 *
 * Column types, chosen in the query with a cast:
 * - `float8`: Float64Array, NULL → NaN (unknown, never zero);
 * - `int4`: Int32Array, NULL → −1 (keys and counts, which are never negative);
 * - `bool`: Int8Array, 1 / 0, NULL → −1;
 * - `text`: (string | null)[].
 */
export type CopyColumnType = "float8" | "int4" | "bool" | "text";

export type CopyColumn<T extends CopyColumnType> = T extends "float8" ? Float64Array : T extends "int4" ? Int32Array : T extends "bool" ? Int8Array : (string | null)[];

export type CopyColumns<S extends Readonly<Record<string, CopyColumnType>>> = { readonly [K in keyof S]: CopyColumn<S[K]> };

/** A value written into COPY's query text (COPY takes no bind parameters): a finite number, a boolean, a quoted string or an array of them. */
export const sqlLiteral = (value: unknown): string => {
  if (Array.isArray(value)) return `ARRAY[${value.map(sqlLiteral).join(",")}]`;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value !== "string" && typeof value !== "number") {
    const kind = value === null ? "null" : value instanceof Date ? "Date" : typeof value;
    throw new Error(`sqlLiteral: a ${kind} value cannot be written into a query (numbers, booleans, strings and arrays of them can)`);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`sqlLiteral: ${value} is not a finite number`);
    return String(value);
  }
  if (value.includes("\0")) throw new Error("sqlLiteral: a string with a NUL character");
  // standard_conforming_strings is on (the default since PostgreSQL 9.1): only quotes need doubling.
  return `'${value.replace(/'/g, "''")}'`;
};

const dialect = new PgDialect();

/**
 * A Drizzle SQL fragment as plain text, its parameters written in as literals: for COPY, which
 * takes no bind parameters. Parameters must be numbers, booleans, strings or arrays of them.
 */
export const inlineSql = (query: SQL): string => {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n) - 1;
    if (index >= params.length) throw new Error(`inlineSql: no parameter for $${n}`);
    return sqlLiteral(params[index]);
  });
};

const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");

/** Growable storage of one column. */
interface Sink {
  push(view: DataView, bytes: Uint8Array, at: number, length: number): void;
  finish(n: number): Float64Array | Int32Array | Int8Array | (string | null)[];
}

const growable = <A extends Float64Array | Int32Array | Int8Array>(make: (n: number) => A, missing: number, write: (a: A, i: number, view: DataView, at: number, length: number) => void): Sink => {
  let data = make(1024);
  let n = 0;
  return {
    push(view, _bytes, at, length) {
      if (n === data.length) {
        const next = make(data.length * 2);
        next.set(data);
        data = next;
      }
      if (length < 0) data[n] = missing;
      else write(data, n, view, at, length);
      n++;
    },
    finish: (count) => data.slice(0, count) as A,
  };
};

const sinkOf = (type: CopyColumnType, column: string): Sink => {
  switch (type) {
    case "float8":
      return growable((n) => new Float64Array(n), Number.NaN, (a, i, view, at, length) => {
        if (length !== 8) throw new Error(`COPY column ${column}: expected float8 (8 bytes), got ${length}; cast it with ::float8`);
        a[i] = view.getFloat64(at);
      });
    case "int4":
      return growable((n) => new Int32Array(n), -1, (a, i, view, at, length) => {
        if (length !== 4) throw new Error(`COPY column ${column}: expected int4 (4 bytes), got ${length}; cast it with ::int4`);
        a[i] = view.getInt32(at);
      });
    case "bool":
      return growable((n) => new Int8Array(n), -1, (a, i, view, at, length) => {
        if (length !== 1) throw new Error(`COPY column ${column}: expected bool (1 byte), got ${length}`);
        a[i] = view.getUint8(at) === 0 ? 0 : 1;
      });
    case "text": {
      const values: (string | null)[] = [];
      const decoder = new TextDecoder();
      return {
        push: (_view, bytes, at, length) => void values.push(length < 0 ? null : decoder.decode(bytes.subarray(at, at + length))),
        finish: () => values,
      };
    }
  }
};

/**
 * Decodes COPY binary data chunk by chunk into the columns of `spec` (in the query's column
 * order). A tuple split across chunks waits for the next one.
 */
export class BinaryCopyDecoder<S extends Readonly<Record<string, CopyColumnType>>> {
  private readonly names: string[];
  private readonly sinks: Sink[];
  private pending: Uint8Array = new Uint8Array(0);
  private headerRead = false;
  private ended = false;
  private rows = 0;

  constructor(private readonly spec: S) {
    this.names = Object.keys(spec);
    this.sinks = this.names.map((name) => sinkOf(spec[name] as CopyColumnType, name));
  }

  push(chunk: Uint8Array): void {
    const bytes = this.pending.length === 0 ? chunk : concat(this.pending, chunk);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let pos = 0;
    if (!this.headerRead) {
      if (bytes.length < SIGNATURE.length + 8) return void (this.pending = bytes);
      if (!SIGNATURE.equals(bytes.subarray(0, SIGNATURE.length))) throw new Error("COPY data is not in binary format (signature missing)");
      const extension = view.getInt32(SIGNATURE.length + 4);
      if (bytes.length < SIGNATURE.length + 8 + extension) return void (this.pending = bytes);
      pos = SIGNATURE.length + 8 + extension;
      this.headerRead = true;
    }
    const width = this.sinks.length;
    const starts = new Int32Array(width);
    const lengths = new Int32Array(width);
    while (!this.ended && pos + 2 <= bytes.length) {
      const fields = view.getInt16(pos);
      if (fields === -1) {
        this.ended = true;
        pos += 2;
        break;
      }
      if (fields !== width) throw new Error(`COPY tuple has ${fields} columns, the reader expects ${width} (${this.names.join(", ")})`);
      // Locate every field first: a tuple is taken only when it is complete in this chunk.
      let at = pos + 2;
      let complete = true;
      for (let j = 0; j < width; j++) {
        if (at + 4 > bytes.length) {
          complete = false;
          break;
        }
        const length = view.getInt32(at);
        at += 4;
        starts[j] = at;
        lengths[j] = length;
        if (length > 0) at += length;
        if (at > bytes.length) {
          complete = false;
          break;
        }
      }
      if (!complete) break;
      for (let j = 0; j < width; j++) this.sinks[j]!.push(view, bytes, starts[j]!, lengths[j]!);
      this.rows++;
      pos = at;
    }
    this.pending = bytes.subarray(pos);
  }

  finish(): { readonly n: number; readonly columns: CopyColumns<S> } {
    if (!this.ended || this.pending.length > 0) throw new Error("COPY data ended in the middle (no trailer)");
    const columns = Object.fromEntries(this.names.map((name, j) => [name, this.sinks[j]!.finish(this.rows)]));
    return { n: this.rows, columns: columns as unknown as CopyColumns<S> };
  }
}

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
};

/**
 * Runs `query` (a SELECT whose values are literals written with sqlLiteral) and returns its
 * columns as typed arrays, the columns named and typed by `spec` in the query's order.
 */
export const readColumns = async <const S extends Readonly<Record<string, CopyColumnType>>>(
  reader: BulkReader,
  query: string,
  spec: S,
  options?: CopyOutOptions,
): Promise<{ readonly n: number; readonly columns: CopyColumns<S> }> => {
  const decoder = new BinaryCopyDecoder(spec);
  for await (const chunk of reader.copyOutBinary(query, options)) decoder.push(chunk);
  return decoder.finish();
};
