import type { CompiledRuleSet, PopulationResult } from "@parkpilot/core";
import type { FactBatch } from "../facts/load-fact-batch";
import { isStored } from "../tiers";
import { rowSummarizer, type Conditions } from "./assessment-summary";
import { storedExplanationWriter } from "./stored-explanation";
import { rowHasher } from "./input-hash";
import { CopyTextBuffer, copyTextField } from "@parkpilot/db";

export interface RuleSetCounts {
  eligible: number;
  notEligible: number;
  undetermined: number;
  nearMiss: number;
  stored: number;
}

export interface RuleSetRun {
  readonly rs: CompiledRuleSet;
  readonly conditions: Conditions;
  readonly counts: RuleSetCounts;
}

/** Stored input hashes of a batch: rule set id → enterprise id → hash. */
export type StoredHashes = ReadonlyMap<string, ReadonlyMap<number, string>>;

/** What a batch changes in tier_assessments: the stored rows to remove, then the lines to COPY in. */
export interface BatchWrites {
  /** Stored rows that fell out of the stored set, or whose inputs changed (rewritten below): (enterprise, rule set). */
  readonly removeEnterpriseIds: number[];
  readonly removeRuleSetIds: string[];
  /** COPY text lines of the rows to write (new or changed), encoded, in pieces of about a megabyte. */
  readonly lines: Uint8Array[];
  /** Rows written; stored rows removed for good (not rewritten). */
  written: number;
  dropped: number;
}

/** Columns of the COPY lines, in order. */
export const ASSESSMENT_COLUMNS = [
  "enterprise_id",
  "rule_set_id",
  "year",
  "rule_set_version",
  "evaluated_for",
  "outcome",
  "score",
  "classification",
  "closeness",
  "failed_count",
  "unknown_count",
  "near_miss",
  "explanation",
  "computed_at",
  "input_hash",
] as const;

const NONE: ReadonlyMap<number, string> = new Map();
const NULL = copyTextField(null);
const copyNumber = (v: number | null): string => (v === null || !Number.isFinite(v) ? NULL : String(v));

/**
 * The writes of one batch: enterprise by enterprise, rule sets in order within each (the order of
 * the table's key). A stored row whose input hash is unchanged is left alone; a changed one is
 * removed and written again; one that no longer belongs to the stored set is removed.
 * `run` carries the fields every line of the run shares: year, evaluation date, time.
 */
export const batchWrites = (
  runs: readonly { readonly run: RuleSetRun; readonly result: PopulationResult }[],
  batch: FactBatch,
  previous: StoredHashes,
  salt: string,
  run: { readonly year: number; readonly asOf: string; readonly computedAt: string },
  onUnchanged: () => void,
): BatchWrites => {
  const writers = runs.map(({ run: r, result }) => ({
    id: r.rs.id,
    // Rule set id, year, version and evaluation date: the fixed fields between the id and the outcome.
    fixed: [r.rs.id, String(run.year), r.rs.version, run.asOf].map(copyTextField).join("\t"),
    counts: r.counts,
    before: previous.get(r.rs.id) ?? NONE,
    summarize: rowSummarizer(result, r.conditions),
    hasher: rowHasher(r.rs, batch.facts, salt),
    explanation: storedExplanationWriter(result),
  }));
  const computedAt = copyTextField(run.computedAt);
  const out = { removeEnterpriseIds: [] as number[], removeRuleSetIds: [] as string[], written: 0, dropped: 0 };
  const lines = new CopyTextBuffer();
  for (let i = 0; i < batch.ids.length; i++) {
    const eid = batch.ids[i] as number;
    for (const w of writers) {
      const s = w.summarize(i);
      const c = w.counts;
      if (s.outcome === "eligible") c.eligible++;
      else if (s.outcome === "undetermined") c.undetermined++;
      else {
        c.notEligible++;
        if (s.nearMiss) c.nearMiss++;
      }
      const before = w.before.get(eid);
      if (!isStored(s)) {
        if (before !== undefined) {
          out.removeEnterpriseIds.push(eid);
          out.removeRuleSetIds.push(w.id);
          out.dropped++;
        }
        continue;
      }
      c.stored++;
      const hash = w.hasher.hash(i);
      if (before === hash) {
        onUnchanged();
        continue;
      }
      if (before !== undefined) {
        out.removeEnterpriseIds.push(eid);
        out.removeRuleSetIds.push(w.id);
      }
      out.written++;
      lines.push(
        `${eid}\t${w.fixed}\t${s.outcome}\t${copyNumber(s.score)}\t${s.classification === null ? NULL : copyTextField(s.classification)}\t${copyNumber(s.closeness)}\t${s.failed}\t${s.unknown}\t${s.nearMiss ? "t" : "f"}\t` +
          `${w.explanation(i, s)}\t${computedAt}\t${hash}\n`,
      );
    }
  }
  return { ...out, lines: lines.take() };
};
