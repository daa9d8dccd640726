/**
 * COPY text lines gathered into buffers of about a megabyte, each line encoded as it is added.
 *
 * Lines built by concatenation are ropes in V8: a string joined onto a growing piece stays a tree
 * of small nodes until something reads it whole. A batch of tier assessments kept as such pieces
 * until its COPY held some 40 MB of rope nodes, which outlived the young generation's collections
 * and were copied by each of them: at a million enterprises the collector took more of Node's
 * time than building the lines. Encoded at once, a line's string dies young and the pieces are a
 * few large buffers the collector does not copy.
 */
export class CopyTextBuffer {
  private readonly pieces: Uint8Array[] = [];
  private current: Buffer;
  private used = 0;

  constructor(private readonly pieceSize = 1 << 20) {
    this.current = Buffer.allocUnsafe(pieceSize);
  }

  /** Appends text (whole lines, each with its newline). */
  push(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    const most = text.length * 3;
    if (this.used + most > this.current.length) {
      this.flush();
      if (most > this.current.length) {
        this.pieces.push(Buffer.from(text, "utf8"));
        return;
      }
    }
    this.used += this.current.write(text, this.used, "utf8");
  }

  /** The pieces, in order; the buffer is empty afterwards. */
  take(): Uint8Array[] {
    this.flush();
    return this.pieces.splice(0);
  }

  private flush(): void {
    if (this.used === 0) return;
    this.pieces.push(this.current.subarray(0, this.used));
    this.current = Buffer.allocUnsafe(this.pieceSize);
    this.used = 0;
  }
}
