import { FileProblem, type SheetRow } from "./import-issue";
import { bilingual } from "./messages";

export type TextEncoding = "utf-8" | "gb18030";

interface Parsed {
  readonly rows: SheetRow[];
  readonly consumed: number;
}

const COMMA = 44;
const LF = 10;
const CR = 13;
const QUOTE = 34;

const unterminated = (row: number) =>
  new FileProblem(bilingual(`第${row}行的双引号没有闭合，文件可能不完整或不是规范的 CSV`, `unterminated quote in row ${row}`), row);

/**
 * One record that contains a double quote, RFC 4180 style (a quoted field may hold commas,
 * doubled quotes and line breaks). Lenient where Excel is: text after a closing quote and
 * quotes inside unquoted fields are kept as written. Returns null when the record runs past the
 * text read so far.
 */
const parseQuotedRecord = (s: string, start: number, final: boolean, row: number): { cells: string[]; next: number } | null => {
  const n = s.length;
  const cells: string[] = [];
  let i = start;
  for (;;) {
    let value = "";
    if (i < n && s.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      for (;;) {
        const q = s.indexOf('"', j);
        if (q < 0) {
          if (final) throw unterminated(row);
          return null;
        }
        if (q + 1 >= n && !final) return null;
        if (s.charCodeAt(q + 1) === QUOTE) {
          value += s.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        value += s.slice(j, q);
        i = q + 1;
        break;
      }
    }
    let k = i;
    while (k < n) {
      const c = s.charCodeAt(k);
      if (c === COMMA || c === LF || c === CR) break;
      k++;
    }
    value += s.slice(i, k);
    cells.push(value);
    i = k;
    if (i >= n) return final ? { cells, next: n } : null;
    const c = s.charCodeAt(i);
    if (c === COMMA) {
      i++;
      continue;
    }
    if (c === LF) return { cells, next: i + 1 };
    // CR: a CRLF pair, or a lone CR ending the record (also at the end of the text: see parseRecords).
    return { cells, next: s.charCodeAt(i + 1) === LF ? i + 2 : i + 1 };
  }
};

/** Index of `ch` at or after `from`, or the length of `s` when there is none. */
const indexFrom = (s: string, ch: string, from: number): number => {
  const i = s.indexOf(ch, from);
  return i < 0 ? s.length : i;
};

/**
 * Splits decoded text into records. Lines without a quote (nearly all of a data file) take a
 * fast path: they are passed on as text, split only if the row processor needs the cells. Row
 * numbers count records, which is what Excel shows when it opens the CSV (a quoted line break
 * does not start a new row there either). A record ends at LF, CRLF or a lone CR (what "CSV
 * (Macintosh)" writes). The text always ends where csvRows cut it, after a line end: a CR at its
 * end is never the first half of a CRLF, because the cut keeps a last CR back until the byte
 * after it is known.
 */
const parseRecords = (s: string, firstRow: number, final: boolean): Parsed => {
  const rows: SheetRow[] = [];
  const n = s.length;
  let pos = 0;
  let row = firstRow;
  // The next quote, LF and CR: each is searched again only once passed, so that a file without
  // any CR (or any LF) is not scanned to its end for every line.
  let nextQuote = -1;
  let nextLf = -1;
  let nextCr = -1;
  while (pos < n) {
    if (nextQuote < pos) nextQuote = indexFrom(s, '"', pos);
    if (nextLf < pos) nextLf = indexFrom(s, "\n", pos);
    if (nextCr < pos) nextCr = indexFrom(s, "\r", pos);
    const end = Math.min(nextLf, nextCr);
    if (end === n && !final) break;
    if (nextQuote >= end) {
      row += 1;
      rows.push({ row, cells: null, line: s.slice(pos, end) });
      pos = s.charCodeAt(end) === CR && s.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
      continue;
    }
    const record = parseQuotedRecord(s, pos, final, row + 1);
    if (record === null) break;
    row += 1;
    rows.push({ row, cells: record.cells });
    pos = record.next;
  }
  return { rows, consumed: Math.min(pos, n) };
};

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** No sane CSV has a physical line this long; refusing it keeps memory and copying bounded. */
const MAX_LINE_BYTES = 64 << 20;

/**
 * Where the bytes read so far can be cut: after the last line end that is certain, an LF or a
 * CR followed by another byte than LF (a CR at the very end may be the first half of a CRLF).
 * Neither byte occurs inside a UTF-8 or GB18030 character, so a cut never splits one.
 */
const lastLineEnd = (bytes: Buffer): number => {
  const lf = bytes.lastIndexOf(LINE_FEED);
  const cr = bytes.length >= 2 ? bytes.lastIndexOf(CARRIAGE_RETURN, bytes.length - 2) : -1;
  return Math.max(lf, cr) + 1;
};

/** The end of the line starting at `start`: after its LF, CRLF or lone CR, or the end of the block. */
const lineEndIn = (block: Buffer, start: number): number => {
  for (let i = start; i < block.length; i++) {
    const b = block[i];
    if (b === LINE_FEED) return i + 1;
    if (b === CARRIAGE_RETURN) return block[i + 1] === LINE_FEED ? i + 2 : i + 1;
  }
  return block.length;
};

/** Line ends (LF, CRLF, lone CR) in the text before `end`. */
const lineEndsBefore = (s: string, end: number): number => {
  let count = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === LF || (c === CR && s.charCodeAt(i + 1) !== LF)) count += 1;
  }
  return count;
};

/**
 * Decodes blocks of whole lines strictly. Blocks are cut after a line end (lastLineEnd), so a
 * character is never split, and a bad byte sequence can be traced to its line.
 */
const lineDecoder = (encoding: TextEncoding) => {
  // Only the start of the file may carry a BOM (Excel's "CSV UTF-8" writes one): drop it there.
  const first = new TextDecoder(encoding, { fatal: true });
  const rest = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  let started = false;
  return (block: Buffer, rowsBefore: number): string => {
    const decoder = started ? rest : first;
    started = true;
    try {
      return decoder.decode(block);
    } catch {
      let line = 0;
      for (let start = 0; start < block.length; line++) {
        const stop = lineEndIn(block, start);
        try {
          rest.decode(block.subarray(start, stop));
        } catch {
          break;
        }
        start = stop;
      }
      const row = rowsBefore + line + 1;
      const name = encoding === "utf-8" ? "UTF-8" : "GB18030";
      throw new FileProblem(
        bilingual(`第${row}行有无法按 ${name} 解码的字节：请将文件另存为「CSV UTF-8」`, `row ${row} has bytes that are not valid ${name}: save the file as CSV UTF-8`),
        row,
      );
    }
  };
};

/**
 * Streams the records of a CSV file in batches (one batch per chunk read), decoding strictly:
 * a byte sequence that is not valid in the detected encoding stops the import with the row
 * where it occurred, instead of turning into replacement characters in the data.
 */
export async function* csvRows(chunks: AsyncIterable<Buffer>, encoding: TextEncoding): AsyncGenerator<SheetRow[]> {
  const decode = lineDecoder(encoding);
  let carry: Buffer | null = null;
  let pending = "";
  let row = 0;
  const parse = (block: Buffer, final: boolean): SheetRow[] => {
    // Rows are counted from the records already parsed; a record still open (a quoted line
    // break) makes the row of a decoding problem approximate, never wrong by more than its lines.
    const text = pending + decode(block, row);
    const nul = text.indexOf("\u0000");
    if (nul >= 0) {
      const at = row + lineEndsBefore(text, nul) + 1;
      throw new FileProblem(bilingual(`第${at}行含有二进制内容（空字符），不是文本 CSV`, `row ${at} has binary content (NUL bytes): not a text CSV`), at);
    }
    const parsed = parseRecords(text, row, final);
    row += parsed.rows.length;
    pending = text.slice(parsed.consumed);
    return parsed.rows;
  };
  for await (const chunk of chunks) {
    const bytes: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    const cut = lastLineEnd(bytes);
    carry = bytes.subarray(cut);
    if (carry.length > MAX_LINE_BYTES) {
      throw new FileProblem(bilingual(`第${row + 1}行之后有一行超过 64 MB：这不是表格数据`, "a line longer than 64 MB: not tabular data"));
    }
    if (cut === 0) continue;
    const rows = parse(bytes.subarray(0, cut), false);
    if (rows.length > 0) yield rows;
  }
  const last = parse(carry ?? Buffer.alloc(0), true);
  if (last.length > 0) yield last;
}
