import type { TTierOverlay } from "@parkpilot/contracts";
import { applyOverlay, compileRuleSet, type CompiledRuleSet, type RuleSetDef, type RuleSetOverlay } from "@parkpilot/core";
import { loadRuleSets } from "@parkpilot/rules";
import type { GradientSettings } from "../settings/gradient-settings";

let shipped: readonly RuleSetDef[] | null = null;

/** The shipped rule sets, read and checked once per process. */
export const shippedRuleSets = (): readonly RuleSetDef[] => {
  shipped ??= loadRuleSets();
  return shipped;
};

/** A province's overlay as the engine's overlay: its own document cited for every value it replaces. */
export const toEngineOverlay = (provinceCode: string, o: TTierOverlay): RuleSetOverlay => {
  const doc = `province_${provinceCode}`;
  return {
    target: o.ruleSetId,
    jurisdiction: `${provinceCode}0000`,
    name: o.name,
    documents: { [doc]: { ...o.document } },
    source: { doc, article: o.article },
    parameters: Object.fromEntries(Object.entries(o.parameters).map(([id, value]) => [id, { value }])),
  };
};

/**
 * Every version of every rule set as the province uses it: shipped definitions with the
 * province's overlay applied where it has one. An overlay that no longer fits its rule set
 * (a parameter renamed in a new version) leaves that version at its shipped defaults rather
 * than stopping every evaluation of the province.
 */
export const provinceRuleSets = (settings: GradientSettings): RuleSetDef[] =>
  shippedRuleSets().map((def) => {
    const stored = settings.overlays.get(def.id);
    if (!stored || Object.keys(stored.overlay.parameters).length === 0) return def;
    try {
      return applyOverlay(def, toEngineOverlay(settings.provinceCode, stored.overlay));
    } catch {
      return def;
    }
  });

const compiled = new Map<string, CompiledRuleSet>();

/** Compiles a definition once: keyed by its whole content, so an edited overlay compiles anew. */
export const compileCached = (def: RuleSetDef): CompiledRuleSet => {
  const key = JSON.stringify(def);
  let rs = compiled.get(key);
  if (!rs) {
    rs = compileRuleSet(def);
    if (compiled.size > 200) compiled.clear();
    compiled.set(key, rs);
  }
  return rs;
};

/** The version before any overlay suffix ("2017+440000" → "2017"). */
export const baseVersion = (version: string): string => version.split("+")[0] ?? version;
