/**
 * Versions in force by date. A rule set is in force on d when effective_from ≤ d < effective_to
 * (open-ended without effective_to); ISO dates compare as strings. Several versions of one id may
 * be evaluated side by side (2022 and 2026 rules for the same enterprise): selection is only the
 * default choice for "the rules of the day".
 */
import { isIsoDate } from "./dates";
import type { CompiledRuleSet } from "./compiled";
import type { RuleSetDef } from "./types";

type Versioned = RuleSetDef | CompiledRuleSet;

const defOf = (x: Versioned): RuleSetDef => ("def" in x ? x.def : x);

/** True when the rule set is in force on `date` (YYYY-MM-DD). */
export const isInForce = (ruleSet: Versioned, date: string): boolean => {
  if (!isIsoDate(date)) throw new Error(`not an ISO date (YYYY-MM-DD): ${date}`);
  const d = defOf(ruleSet);
  return d.effective_from <= date && (d.effective_to === undefined || d.effective_to === null || date < d.effective_to);
};

/** The version of rule set `id` in force on `date`, or undefined; throws if two versions overlap. */
export const selectRuleSet = <T extends Versioned>(ruleSets: readonly T[], id: string, date: string): T | undefined => {
  const matches = ruleSets.filter((r) => defOf(r).id === id && isInForce(r, date));
  if (matches.length > 1) throw new Error(`rule set ${id}: versions ${matches.map((m) => defOf(m).version).join(", ")} overlap on ${date}`);
  return matches[0];
};

/** One version per rule-set id: those in force on `date`, in the order given. */
export const ruleSetsInForce = <T extends Versioned>(ruleSets: readonly T[], date: string): T[] => {
  const ids = [...new Set(ruleSets.map((r) => defOf(r).id))];
  return ids.map((id) => selectRuleSet(ruleSets, id, date)).filter((r): r is T => r !== undefined);
};

/** Pairs of versions of the same id whose effective ranges overlap (a shipped set must have none). */
export const overlappingVersions = (ruleSets: readonly RuleSetDef[]): [RuleSetDef, RuleSetDef][] => {
  const out: [RuleSetDef, RuleSetDef][] = [];
  const end = (d: RuleSetDef): string => d.effective_to ?? "9999-12-31";
  ruleSets.forEach((a, i) =>
    ruleSets.slice(i + 1).forEach((b) => {
      if (a.id === b.id && a.effective_from < end(b) && b.effective_from < end(a)) out.push([a, b]);
    }),
  );
  return out;
};
