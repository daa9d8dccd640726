import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { validationError } from "../errors/app-error";

/** Bytes read per step: large enough that per-chunk overhead vanishes, small enough to stream. */
const CHUNK = 1 << 20;
/** How much of a file the format and encoding sniffing looks at. */
export const SNIFF_BYTES = 4 << 20;

/**
 * The uploaded file, read as often as the import needs (hash, sniff, parse) without requiring
 * it to sit in memory: an HTTP upload arrives as a Buffer, a CLI import of a large file reads
 * from its path.
 */
export interface ImportSource {
  readonly fileName: string;
  size(): Promise<number>;
  sha256(): Promise<string>;
  head(bytes: number): Promise<Buffer>;
  chunks(): AsyncIterable<Buffer>;
  /** Bytes `start` (inclusive) to `end` (exclusive): a zip is read from its directory at the end. */
  range(start: number, end: number): Readable;
}

export const bufferSource = (fileName: string, body: Buffer): ImportSource => ({
  fileName,
  size: async () => body.length,
  sha256: async () => createHash("sha256").update(body).digest("hex"),
  head: async (bytes) => body.subarray(0, bytes),
  async *chunks() {
    for (let i = 0; i < body.length; i += CHUNK) yield body.subarray(i, i + CHUNK);
  },
  range: (start, end) => Readable.from([body.subarray(start, end)]),
});

export const pathSource = (fileName: string, path: string): ImportSource => ({
  fileName,
  async size() {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") throw validationError(`No file at ${path}`, [{ path: "file", message: "not found" }]);
      throw error;
    });
    if (!info.isFile()) throw validationError(`${path} is not a file`, [{ path: "file", message: "a directory or device, not a file" }]);
    return info.size;
  },
  async sha256() {
    const hash = createHash("sha256");
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) hash.update(chunk as Buffer);
    return hash.digest("hex");
  },
  async head(bytes) {
    const handle = await open(path, "r");
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  },
  async *chunks() {
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) yield chunk as Buffer;
  },
  range: (start, end) => (end > start ? createReadStream(path, { start, end: end - 1, highWaterMark: CHUNK }) : Readable.from([])),
});
