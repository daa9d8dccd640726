import { ruleSetsInForce, type RuleSetDef } from "@parkpilot/core";
import { baseVersion } from "./province-rule-sets";

/**
 * The rule sets an evaluation on `asOf` uses: one version per id, the one in force that day. With
 * `pinVersion` (2022 or 2026) every rule set that has such a version uses it instead, so the same
 * enterprise can be read under both SME-ladder standards side by side.
 */
export const selectRuleSets = (defs: readonly RuleSetDef[], asOf: string, pinVersion?: string | null): RuleSetDef[] => {
  const inForce = ruleSetsInForce(defs, asOf);
  if (!pinVersion) return inForce;
  const ids = [...new Set(defs.map((d) => d.id))];
  return ids.flatMap((id) => {
    const pinned = defs.find((d) => d.id === id && baseVersion(d.version) === pinVersion);
    const current = inForce.find((d) => d.id === id);
    return pinned ? [pinned] : current ? [current] : [];
  });
};

/** A rule set of a given id and version (as stored with an assessment), if the province has it. */
export const findRuleSet = (defs: readonly RuleSetDef[], id: string, version: string): RuleSetDef | undefined => defs.find((d) => d.id === id && d.version === version);
