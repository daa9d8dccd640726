import { sql } from "drizzle-orm";
import type { Tx } from "@parkpilot/db";
import { applyStagedRows, type ApplyCounts, type ApplyInput } from "./apply-staged-rows";
import type { StagedSegment } from "./read-and-stage";

/**
 * Applies staging segments one after another inside the import's transaction. On a server the
 * caller keeps reading the file (COPY on another connection) while a segment is applied, so
 * the two overlap. Once closed, nothing more runs: the transaction is about to be rolled back
 * (a problem later in the file) and no statement may follow the ROLLBACK on its connection.
 */
export class SegmentApplier {
  private chain: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | null = null;
  private closed = false;
  private counts: ApplyCounts = { inserted: 0, updated: 0 };

  constructor(
    private readonly tx: Tx,
    private readonly base: Omit<ApplyInput, "stage" | "expected">,
    /** Statements that prepare a segment (statistics, an index) before it is applied. */
    private readonly prepare: (table: string) => string[],
  ) {}

  /** Queues a segment; throws the first failure so that reading stops early. */
  enqueue(segment: StagedSegment): void {
    if (this.failure) throw this.failure.error;
    this.chain = this.chain.then(async () => {
      if (this.closed || this.failure) return;
      try {
        for (const statement of this.prepare(segment.table)) await this.tx.execute(sql.raw(statement));
        const counts = await applyStagedRows(this.tx, { ...this.base, stage: segment.table, expected: segment.rows });
        this.counts = { inserted: this.counts.inserted + counts.inserted, updated: this.counts.updated + counts.updated };
      } catch (error) {
        this.failure = { error };
      }
    });
  }

  /** Waits for every queued segment; the totals, or the first failure. */
  async drain(): Promise<ApplyCounts> {
    await this.chain;
    if (this.failure) throw this.failure.error;
    return this.counts;
  }

  /** Stops queued work and waits for the statement in flight, if any. */
  async close(): Promise<void> {
    this.closed = true;
    await this.chain;
  }
}
