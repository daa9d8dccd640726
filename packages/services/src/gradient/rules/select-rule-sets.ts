import { ruleSetsInForce, type RuleSetDef } from "@parkpilot/core";
import { baseVersion } from "./province-rule-sets";

/**
 * The rule sets an evaluation on `asOf` uses: one version per id, the one in force that day. With
 * `pinVersion` (2022 or 2026) every rule set that has such a version uses it instead, so the same
 * enterprise can be read under both SME-ladder standards side by side; a rung that standard did
 * not have yet (科技和创新型, introduced in 2026) is left out, not shown under the older edition.
 */
export const selectRuleSets = (defs: readonly RuleSetDef[], asOf: string, pinVersion?: string | null): RuleSetDef[] => {
  const inForce = ruleSetsInForce(defs, asOf);
  if (!pinVersion) return inForce;
  const ids = [...new Set(defs.map((d) => d.id))];
  return ids.flatMap((id) => {
    const versions = defs.filter((d) => d.id === id);
    const pinned = versions.find((d) => baseVersion(d.version) === pinVersion);
    if (pinned) return [pinned];
    if (versions.every((d) => baseVersion(d.version) > pinVersion)) return [];
    const current = inForce.find((d) => d.id === id);
    return current ? [current] : [];
  });
};

/** A rule set of a given id and version (as stored with an assessment), if the province has it. */
export const findRuleSet = (defs: readonly RuleSetDef[], id: string, version: string): RuleSetDef | undefined => defs.find((d) => d.id === id && d.version === version);
