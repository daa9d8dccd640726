import type { Readable } from "node:stream";
import yauzl from "yauzl";
import type { ImportSource } from "./import-source";

/** What reading a zip needs of a file: its size and any byte range of it. */
export type RangeSource = Pick<ImportSource, "size" | "range">;

/** The parts (entries) of a zip, each opened when and in the order the reader wants. */
export interface ZipParts {
  has(name: string): boolean;
  /** The part's uncompressed bytes as a stream (the zip layer checks its size as it goes). */
  open(name: string): Promise<Readable>;
  /** Closes the zip, and any part stream that was left unread. */
  close(): void;
}

class SourceReader extends yauzl.RandomAccessReader {
  constructor(private readonly source: RangeSource) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return this.source.range(start, end);
  }
}

/**
 * Opens a zip from its central directory (at the end of the file), so that parts are read by
 * name rather than in the order they were written. The streaming alternative (reading the zip
 * front to back) has to keep up with whatever order a writer chose, and ExcelJS's streaming reader
 * loses parts doing so (see docs/decisions/0011).
 */
export const openZipParts = async (source: RangeSource): Promise<ZipParts> => {
  const zip = await yauzl.fromRandomAccessReaderPromise(new SourceReader(source), await source.size(), { lazyEntries: true, autoClose: false });
  const entries = new Map<string, yauzl.Entry>();
  try {
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
  } catch (error) {
    zip.close();
    throw error;
  }
  const opened: Readable[] = [];
  return {
    has: (name) => entries.has(name),
    open: async (name) => {
      const entry = entries.get(name);
      if (!entry) throw new Error(`zip has no part ${name}`);
      const part = await zip.openReadStreamPromise(entry);
      opened.push(part);
      return part;
    },
    close: () => {
      for (const part of opened) part.destroy();
      zip.close();
    },
  };
};
