import { describe, expect, it } from "vitest";
import { csvRows } from "../src/imports/csv-rows";
import { cellsOf, type Cell } from "../src/imports/import-issue";

/** The records csvRows yields for the bytes, delivered in the given chunks. */
const records = async (chunks: readonly Buffer[]): Promise<{ row: number; cells: readonly Cell[] }[]> => {
  async function* source() {
    for (const chunk of chunks) yield chunk;
  }
  const out: { row: number; cells: readonly Cell[] }[] = [];
  for await (const batch of csvRows(source(), "utf-8")) for (const r of batch) out.push({ row: r.row, cells: cellsOf(r) });
  return out;
};

// CRLF, a lone CR (old Mac), LF, line breaks inside quotes, a blank line, and no final line end.
const TEXT = 'a,b\r\n1,中\r3,"x\ry"\n"q\r\n",5\r\r6,7';
const EXPECTED = [
  { row: 1, cells: ["a", "b"] },
  { row: 2, cells: ["1", "中"] },
  { row: 3, cells: ["3", "x\ry"] },
  { row: 4, cells: ["q\r\n", "5"] },
  { row: 5, cells: [""] },
  { row: 6, cells: ["6", "7"] },
];

describe("CSV records and line ends", () => {
  it("ends a record at CRLF, LF or a lone CR; CRLF is one line end", async () => {
    expect(await records([Buffer.from(TEXT, "utf8")])).toEqual(EXPECTED);
  });

  it("reads the same records wherever the file is cut into chunks (a CRLF split across two included)", async () => {
    const bytes = Buffer.from(TEXT, "utf8");
    for (let cut = 1; cut < bytes.length; cut++) {
      expect({ cut, records: await records([bytes.subarray(0, cut), bytes.subarray(cut)]) }).toEqual({ cut, records: EXPECTED });
    }
    const single = Array.from(bytes, (b) => Buffer.from([b]));
    expect(await records(single)).toEqual(EXPECTED);
  });

  it("reads a CR-only file in chunks without holding it as one line", async () => {
    const line = "91110000600001760P,2024,1,2,3";
    const lines = Array.from({ length: 50_000 }, () => line);
    const bytes = Buffer.from(`h1,h2,h3,h4,h5\r${lines.join("\r")}\r`, "utf8");
    const chunks = Array.from({ length: Math.ceil(bytes.length / 65_536) }, (_, i) => bytes.subarray(i * 65_536, (i + 1) * 65_536));
    let batches = 0;
    let count = 0;
    async function* source() {
      for (const chunk of chunks) yield chunk;
    }
    for await (const batch of csvRows(source(), "utf-8")) {
      batches += 1;
      count += batch.length;
    }
    expect(count).toBe(50_001);
    // Rows come as the chunks arrive, not all at the end.
    expect(batches).toBeGreaterThan(1);
  });
});
