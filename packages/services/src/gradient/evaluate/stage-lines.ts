import type { CompiledRuleSet, PopulationResult } from "@parkpilot/core";
import type { FactBatch } from "../facts/load-fact-batch";
import { isStored } from "../tiers";
import { explanationWriter, rowSummarizer, type Conditions } from "./assessment-summary";
import { rowHasher } from "./input-hash";
import { csvNumber } from "./tier-stage";

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

const PIECE = 1 << 20;
const NONE: ReadonlyMap<number, string> = new Map();

/**
 * The staging lines of one batch, produced lazily in pieces of about a megabyte: 'u' for a row
 * to write (new or changed), 'd' for a stored row that fell below the stored set. Enterprise by
 * enterprise, rule sets in order within each, so the stage is in the order of the table's key
 * and applying it needs no sort.
 */
export function* stageLines(
  runs: readonly { readonly run: RuleSetRun; readonly result: PopulationResult }[],
  batch: FactBatch,
  previous: StoredHashes,
  salt: string,
  onUnchanged: () => void,
): Generator<string> {
  const writers = runs.map(({ run, result }) => ({
    id: run.rs.id,
    version: run.rs.version,
    counts: run.counts,
    before: previous.get(run.rs.id) ?? NONE,
    summarize: rowSummarizer(result, run.conditions),
    hasher: rowHasher(run.rs, batch.facts, salt),
    explanation: explanationWriter(result, run.conditions),
  }));
  let piece = "";
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
        if (before !== undefined) piece += `d,${eid},${w.id},,,,,,,,,\n`;
        continue;
      }
      c.stored++;
      const hash = w.hasher.hash(i);
      if (before === hash) onUnchanged();
      else {
        piece +=
          `u,${eid},${w.id},${w.version},${s.outcome},${csvNumber(s.score)},${s.classification ?? ""},${csvNumber(s.closeness)},${s.failed},${s.unknown},` +
          `${w.explanation.field(i, s)},${hash}\n`;
      }
    }
    if (piece.length >= PIECE) {
      yield piece;
      piece = "";
    }
  }
  if (piece.length > 0) yield piece;
}
