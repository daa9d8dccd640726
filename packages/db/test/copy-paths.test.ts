import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTextField, type BulkReader } from "../src/client";
import { sql } from "drizzle-orm";
import { BinaryCopyDecoder, inlineSql, readColumns, sqlLiteral } from "../src/copy-out";
import { CopyTextBuffer } from "../src/copy-text";
import { createTestDatabase, type TestDatabase } from "../src/testing";

const SPEC = { id: "int4", amount: "float8", flag: "bool", label: "text" } as const;
const ROWS_SQL = `SELECT * FROM (VALUES
    (1, 2.5::float8, true, 'a'),
    (2, NULL::float8, false, '园区'),
    (NULL::int4, -0.125::float8, NULL::bool, NULL::text),
    (2147483647, 1e300::float8, true, '')
  ) AS t(id, amount, flag, label) ORDER BY id NULLS LAST`;

describe("bulk paths: binary COPY out, COPY in inside a transaction", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.query("CREATE TABLE copy_probe (id int PRIMARY KEY, note text, doc json)");
  });
  afterAll(async () => database.dispose());

  it("reads a query's columns as typed arrays: NULL is NaN for float8, −1 for int4 and bool, null for text", async () => {
    const { n, columns } = await readColumns(database, ROWS_SQL, SPEC);
    expect(n).toBe(4);
    expect(columns.id).toBeInstanceOf(Int32Array);
    expect([...columns.id]).toEqual([1, 2, 2147483647, -1]);
    expect([...columns.amount]).toEqual([2.5, Number.NaN, 1e300, -0.125]);
    expect([...columns.flag]).toEqual([1, 0, 1, -1]);
    expect(columns.label).toEqual(["a", "园区", "", null]);
  });

  it("decodes the same columns whatever the chunks the stream arrives in", async () => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of database.copyOutBinary(ROWS_SQL)) chunks.push(chunk);
    const whole = Buffer.concat(chunks);
    const reference = new BinaryCopyDecoder(SPEC);
    reference.push(whole);
    const expected = reference.finish();
    for (let cut = 1; cut < whole.length; cut++) {
      const decoder = new BinaryCopyDecoder(SPEC);
      decoder.push(whole.subarray(0, cut));
      decoder.push(whole.subarray(cut));
      expect(decoder.finish()).toEqual(expected);
    }
    const byteByByte = new BinaryCopyDecoder(SPEC);
    for (const byte of whole) byteByByte.push(Uint8Array.of(byte));
    expect(byteByByte.finish()).toEqual(expected);
  });

  it("reads serially when asked: no parallel workers for that read, the connection's setting as it was after it", async () => {
    const PARALLEL = "SELECT current_setting('max_parallel_workers_per_gather')::int4";
    const setting = async (reader: BulkReader, serial: boolean): Promise<number> => (await readColumns(reader, PARALLEL, { n: "int4" }, { serial })).columns.n[0]!;
    const onServer = database.target.kind === "postgres";
    const usual = await setting(database, false);
    // PGlite runs every query on its one thread: the option changes nothing there.
    expect(await setting(database, true)).toBe(onServer ? 0 : usual);
    expect(await setting(database, false)).toBe(usual);
    // Inside a transaction on one connection: the reads before and after it keep theirs, also after a read stopped early.
    await database.copyTransaction(async (session) => {
      expect(await setting(session, true)).toBe(onServer ? 0 : usual);
      expect(await setting(session, false)).toBe(usual);
      for await (const chunk of session.copyOutBinary("SELECT g::int4 FROM generate_series(1, 100000) g", { serial: true })) {
        expect(chunk.length).toBeGreaterThan(0);
        break;
      }
      expect(await setting(session, false)).toBe(usual);
    });
    // The rows are the same either way.
    expect(await readColumns(database, ROWS_SQL, SPEC, { serial: true })).toEqual(await readColumns(database, ROWS_SQL, SPEC));
  });

  it("reads a result of many socket reads whole, and reports an error the server sends in the middle of it", async () => {
    const { n, columns } = await readColumns(database, "SELECT g::int4, ('企业' || g)::text FROM generate_series(1, 200000) g", { id: "int4", name: "text" });
    expect(n).toBe(200000);
    expect(columns.id.reduce((a, b) => a + b, 0)).toBe((200000 * 200001) / 2);
    expect(columns.name[199999]).toBe("企业200000");
    // Rows first, then a division by zero: the read fails with the server's message, nothing half-read is returned.
    await expect(readColumns(database, "SELECT (CASE WHEN g < 150000 THEN g ELSE 1 / (g - g) END)::int4 FROM generate_series(1, 160000) g", { v: "int4" })).rejects.toThrow(/division by zero/);
    await expect(readColumns(database, "SELECT (1 / 0)::int4", { v: "int4" })).rejects.toThrow(/division by zero/);
    // And the database reads on as before, inside a transaction too.
    expect((await readColumns(database, "SELECT 7::int4", { v: "int4" })).columns.v[0]).toBe(7);
    await database.copyTransaction(async (session) => {
      expect((await readColumns(session, "SELECT 8::int4", { v: "int4" })).columns.v[0]).toBe(8);
    });
  });

  it("gives a read queued right behind a failing one its own rows, not what the failed one left", async () => {
    const failing = readColumns(database, "SELECT (CASE WHEN g < 150000 THEN g ELSE 1 / (g - g) END)::int4 FROM generate_series(1, 160000) g", { v: "int4" });
    const queued = readColumns(database, "SELECT g::int4 FROM generate_series(1, 3) g", { v: "int4" });
    await expect(failing).rejects.toThrow(/division by zero/);
    const { n, columns } = await queued;
    expect([n, [...columns.v]]).toEqual([3, [1, 2, 3]]);
  });

  it("drops the rest of a read stopped early, and the transaction it ran in goes on", async () => {
    const rows = await database.copyTransaction(async (session) => {
      for await (const chunk of session.copyOutBinary("SELECT g::int4, repeat('x', 100) FROM generate_series(1, 100000) g")) {
        expect(chunk.length).toBeGreaterThan(0);
        break;
      }
      return session.query<{ n: number }>("SELECT 41 + 1 AS n");
    });
    expect(rows).toEqual([{ n: 42 }]);
  });

  it("reads an empty result as no rows", async () => {
    const { n, columns } = await readColumns(database, "SELECT 1::int4 WHERE false", { one: "int4" });
    expect(n).toBe(0);
    expect(columns.one).toHaveLength(0);
  });

  it("refuses data it cannot read: a column of another type, another width, a stream cut short", async () => {
    await expect(readColumns(database, "SELECT 1::int8", { one: "int4" })).rejects.toThrow(/expected int4 \(4 bytes\), got 8/);
    await expect(readColumns(database, "SELECT 1::int4, 2::int4", { one: "int4" })).rejects.toThrow(/2 columns, the reader expects 1 \(one\)/);
    const chunks: Uint8Array[] = [];
    for await (const chunk of database.copyOutBinary("SELECT 1::int4")) chunks.push(chunk);
    const whole = Buffer.concat(chunks);
    const cut = new BinaryCopyDecoder({ one: "int4" });
    cut.push(whole.subarray(0, whole.length - 2));
    expect(() => cut.finish()).toThrow(/ended in the middle/);
    expect(() => new BinaryCopyDecoder({ one: "int4" }).push(Buffer.from("1\t2\n".repeat(8)))).toThrow(/not in binary format/);
  });

  it("writes literals COPY can embed: numbers, and strings with their quotes doubled", async () => {
    expect(sqlLiteral(2025)).toBe("2025");
    expect(sqlLiteral("O'Brien")).toBe("'O''Brien'");
    expect(() => sqlLiteral(Number.NaN)).toThrow(/not a finite number/);
    expect(() => sqlLiteral("a\0b")).toThrow(/NUL/);
    const { columns } = await readColumns(database, `SELECT ${sqlLiteral("it's \\ fine")}::text`, { v: "text" });
    expect(columns.v).toEqual(["it's \\ fine"]);
  });

  it("writes a Drizzle fragment's parameters into its text: numbers, strings, booleans, arrays", async () => {
    const fragment = sql`x.id > ${41} AND x.code = ${"it's"} AND x.flag = ${true} AND x.id = ANY(${sql.param([1, 2, 42])}::int[])`;
    expect(inlineSql(fragment)).toBe("x.id > 41 AND x.code = 'it''s' AND x.flag = true AND x.id = ANY(ARRAY[1,2,42]::int[])");
    const { columns } = await readColumns(database, `SELECT x.id FROM (VALUES (41, 'it''s', true), (42, 'it''s', true), (42, 'no', true)) AS x(id, code, flag) WHERE ${inlineSql(sql`x.code = ${"it's"} AND x.id = ANY(${sql.param([1, 2, 42])}::int[])`)}`, { id: "int4" });
    expect([...columns.id]).toEqual([42]);
    expect(() => inlineSql(sql`x.at = ${new Date(0)}`)).toThrow(/a Date value cannot be written/);
    expect(() => inlineSql(sql`x.v = ${null}`)).toThrow(/a null value cannot be written/);
  });

  it("COPYs text lines inside a transaction: escaped fields arrive as written, NULL as NULL", async () => {
    const notes = ["tab\there", "line\nbreak", "back\\slash", "\\N", "plain"];
    await database.copyTransaction(async (session) => {
      await session.copyFromText(
        "copy_probe",
        ["id", "note", "doc"],
        notes.map((note, i) => `${i + 1}\t${copyTextField(note)}\t${copyTextField(JSON.stringify({ note }))}\n`).concat(`6\t${copyTextField(null)}\t{}\n`),
      );
    });
    const rows = await database.query<{ id: number; note: string | null; doc: { note?: string } }>("SELECT id, note, doc FROM copy_probe ORDER BY id");
    expect(rows.map((r) => r.note)).toEqual([...notes, null]);
    expect(rows.slice(0, 5).map((r) => r.doc.note)).toEqual(notes);
  });

  it("gathers COPY lines into encoded pieces: whole lines, multi-byte text, a line longer than a piece", () => {
    const buffer = new CopyTextBuffer(16);
    const lines = ["1\ta\n", "2\t园区企业\n", `3\t${"x".repeat(40)}\n`, "4\tb\n"];
    for (const line of lines) buffer.push(line);
    const pieces = buffer.take();
    expect(Buffer.concat(pieces).toString("utf8")).toBe(lines.join(""));
    // A piece ends at a line end; a line that might not fit in a piece (three bytes a character at most) is one of its own.
    expect(pieces.map((p) => Buffer.from(p).toString("utf8"))).toEqual(["1\ta\n", "2\t园区企业\n", lines[2], "4\tb\n"]);
    expect(buffer.take()).toEqual([]);
  });

  it("COPYs encoded pieces as it does text", async () => {
    const buffer = new CopyTextBuffer(64);
    for (let id = 200; id < 260; id++) buffer.push(`${id}\t${copyTextField(`企业\t${id}`)}\t${copyTextField(JSON.stringify({ id, name: "园区" }))}\n`);
    await database.copyTransaction((session) => session.copyFromText("copy_probe", ["id", "note", "doc"], buffer.take()));
    const rows = await database.query<{ id: number; note: string; doc: { id: number; name: string } }>("SELECT id, note, doc FROM copy_probe WHERE id >= 200 ORDER BY id");
    expect(rows).toHaveLength(60);
    expect(rows[59]).toEqual({ id: 259, note: "企业\t259", doc: { id: 259, name: "园区" } });
    await database.query("DELETE FROM copy_probe WHERE id >= 200");
  });

  it("rolls the whole transaction back when the work fails, the COPY and the statements before it", async () => {
    const before = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM copy_probe");
    const failure = database.copyTransaction(async (session) => {
      await session.query("DELETE FROM copy_probe");
      await session.copyFromText("copy_probe", ["id", "note", "doc"], ["100\tnew\t{}\n"]);
      throw new Error("simulated failure after the COPY");
    });
    await expect(failure).rejects.toThrow(/simulated failure/);
    // A COPY that breaks the table's rules fails the same way.
    await expect(
      database.copyTransaction(async (session) => {
        await session.query("DELETE FROM copy_probe WHERE id = 1");
        await session.copyFromText("copy_probe", ["id", "note", "doc"], ["2\tduplicate key\t{}\n"]);
      }),
    ).rejects.toThrow();
    expect(await database.query<{ n: number }>("SELECT count(*)::int AS n FROM copy_probe")).toEqual(before);
    // And the database is usable afterwards (the connection was not left inside a transaction).
    await database.copyTransaction((session) => session.query("UPDATE copy_probe SET note = 'after' WHERE id = 1"));
    expect(await database.query("SELECT note FROM copy_probe WHERE id = 1")).toEqual([{ note: "after" }]);
  });
});
