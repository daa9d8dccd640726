import type { TImportBatch, TImportError, TImportWarning } from "@parkpilot/contracts";
import type { ImportKind } from "@parkpilot/db/schema";
import type { Actor } from "../tenancy/actor";

export type ImportPhase = "reading" | "checking" | "applying" | "done";

export interface ImportProgress {
  readonly phase: ImportPhase;
  /** Data rows read so far. */
  readonly rows: number;
}

export interface ImportOptions {
  readonly actor: Actor;
  readonly kind: ImportKind;
  /** Larger files are refused (AppError payload_too_large) before anything is read or recorded. */
  readonly maxBytes: number;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Problems, and warnings of an applied file, recorded in detail (all are counted); default 10,000. */
  readonly maxRecordedErrors?: number;
  /** Clean rows per staging segment (default 100,000); smaller values only serve tests. */
  readonly segmentRows?: number;
}

export interface ImportFileInput extends ImportOptions {
  readonly fileName: string;
  readonly body: Buffer;
}

export interface ImportPathInput extends ImportOptions {
  readonly path: string;
  /** The name recorded for the batch; defaults to the path's base name. */
  readonly fileName?: string;
}

/** What an import did: the recorded batch and, for a rejected file, its first problems; for an applied one, its first warnings. */
export interface ImportOutcome {
  readonly batch: TImportBatch;
  /** At most 100 problems in file order; getImport pages through all of them. */
  readonly errors: readonly TImportError[];
  /** At most 100 values to check (batch.warningCount counts them all) in file order; getImport pages through them. */
  readonly warnings: readonly TImportWarning[];
}

export type { ImportKind };
