import { STATUS_NAMES, statusCodeAt, type CompiledRuleSet, type CriterionStatus, type PopulationResult } from "@parkpilot/core";
import { copyTextField } from "@parkpilot/db";
import type { AssessmentSummary } from "./assessment-summary";

/**
 * The explanation stored with an assessment: what was decided, under the rule-set version the row
 * names. The full explanation (labels, observed against required values, citations, gap texts)
 * is materialised on demand by the same engine; for a whole province it would cost about 10 kB
 * and 0.5 ms a row. Stored: the root status, the status of every named criterion of the version
 * (one digit each, in the version's order: 0 fail, 1 pass, 2 unknown, 3 manual review; the
 * engine's status codes), the score interval, the class, and the veto and outgrown marks:
 *
 *   {"v":4,"status":"unknown","statuses":"1111111122202","scoreRange":[10,10]}
 *
 * Format 3 named every condition and every open criterion: ~450 bytes a row where this takes
 * ~60, and the bytes were most of the time the server took to store 1.6 million rows. Rule sets
 * are versioned and a version's criteria do not change (a province's overlay changes values,
 * not criteria), so the version read back gives the names.
 */
export const STORED_EXPLANATION_FORMAT = 4;

export interface StoredExplanation {
  readonly status: CriterionStatus;
  /** Every named criterion of the version with its status, in the version's order. */
  readonly criteria: ReadonlyMap<string, CriterionStatus>;
  /** The named criteria not met (failed, data missing, review pending): where the gaps were. */
  readonly open: readonly string[];
  readonly scoreRange: readonly [number, number] | null;
  readonly classification: string | null;
  readonly vetoed: boolean;
  readonly outgrown: boolean;
}

/** Writes the stored explanation of enterprise i as a COPY text field; built once per result, then called per row. */
export type StoredExplanationWriter = (i: number, summary: AssessmentSummary) => string;

const DIGITS = ["0", "1", "2", "3"] as const;

export const storedExplanationWriter = (result: PopulationResult): StoredExplanationWriter => {
  const packed = result.criterionIds.map((id) => result.packedStatuses(id));
  const root = result.rootCodes;
  const heads = STATUS_NAMES.map((name) => `{"v":${STORED_EXPLANATION_FORMAT},"status":"${name}","statuses":"`);
  return (i, summary) => {
    let statuses = "";
    for (const p of packed) statuses += DIGITS[statusCodeAt(p, i)];
    let out = `${heads[root[i] as number] ?? heads[2]}${statuses}"`;
    const range = result.scoreRange(i);
    if (range) out += `,"scoreRange":[${range.min},${range.max}]`;
    if (summary.classification) out += `,"classification":${copyTextField(JSON.stringify(summary.classification))}`;
    if (summary.vetoed) out += `,"vetoed":true`;
    if (summary.outgrown) out += `,"outgrown":true`;
    return `${out}}`;
  };
};

const isStatusDigits = (v: unknown): v is string => typeof v === "string" && /^[0-3]*$/.test(v);

/**
 * Reads a stored explanation back against the rule set of the version its row names. Null when
 * it is of an earlier format (rewritten by the next tier run) or does not fit the rule set (its
 * number of criteria differs: not the version it was written under).
 */
export const readStoredExplanation = (value: unknown, rs: CompiledRuleSet): StoredExplanation | null => {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.v !== STORED_EXPLANATION_FORMAT || !isStatusDigits(v.statuses) || v.statuses.length !== rs.named.size) return null;
  const digits = v.statuses;
  const criteria = new Map([...rs.named.keys()].map((id, k) => [id, STATUS_NAMES[Number(digits[k])] ?? "unknown"] as const));
  const range = v.scoreRange;
  return {
    status: STATUS_NAMES.find((s) => s === v.status) ?? "unknown",
    criteria,
    open: [...criteria].filter(([, status]) => status !== "pass").map(([id]) => id),
    scoreRange: Array.isArray(range) && range.length === 2 && range.every((x) => typeof x === "number") ? [range[0] as number, range[1] as number] : null,
    classification: typeof v.classification === "string" ? v.classification : null,
    vetoed: v.vetoed === true,
    outgrown: v.outgrown === true,
  };
};
