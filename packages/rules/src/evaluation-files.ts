import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { z } from "zod";
import {
  compileLandRuleSet,
  type EnergyCoefficientFile,
  type HomogeneitySettings,
  type IndicatorCatalogue,
  type IndicatorDef,
  type LandRuleSet,
  type PollutionEquivalentFile,
  type ScorecardDef,
  type WarningRule,
} from "@parkpilot/core";
import { assertDocsDeclared } from "./evaluation-common";
import { ZEnergyCoefficientFile, ZHomogeneitySettings, ZIndicatorCatalogue, ZPollutionEquivalentFile } from "./evaluation-indicators";
import { ZLandDefaults, ZLandRuleSet, type LandDefaults } from "./evaluation-land";
import { ZScorecard } from "./evaluation-scorecard";
import { ZWarningRule } from "./evaluation-warnings";

/** Every evaluation policy file, parsed, validated and cross-checked. */
export interface EvaluationPolicies {
  readonly catalogue: IndicatorCatalogue;
  readonly indicators: ReadonlyMap<string, IndicatorDef>;
  readonly energy: EnergyCoefficientFile;
  readonly pollution: PollutionEquivalentFile;
  readonly homogeneity: HomogeneitySettings;
  /** All versions of all shipped per-mu rule sets. */
  readonly landRuleSets: readonly LandRuleSet[];
  readonly landDefaults: LandDefaults;
  readonly warningRules: readonly WarningRule[];
  readonly scorecards: readonly ScorecardDef[];
}

export const EVALUATION_RULES_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Validates parsed data against a schema; the error names the file and every failing path. */
export const validatePolicy = <T>(schema: z.ZodType<T>, data: unknown, where: string): T => {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`${where}: ${issues.join("; ")}`);
  }
  const value = result.data;
  if (value && typeof value === "object" && "documents" in value && "id" in value) assertDocsDeclared(value as { id: string; documents: Record<string, unknown> }, value);
  return value;
};

const readYaml = (path: string): unknown => parse(readFileSync(path, "utf8"));

const yamlFiles = (dir: string, exclude: readonly string[] = []): string[] =>
  readdirSync(dir)
    .filter((f) => (f.endsWith(".yaml") || f.endsWith(".yml")) && !exclude.includes(f))
    .sort()
    .map((f) => join(dir, f));

/**
 * A per-mu rule set a province wrote (or a shipped one), validated by schema and compiled
 * against the catalogue so that every problem surfaces before it is saved or used.
 */
export const parseLandRuleSet = (data: unknown, indicators: ReadonlyMap<string, IndicatorDef>, energy: EnergyCoefficientFile, where = "rule set"): LandRuleSet => {
  const ruleSet = validatePolicy(ZLandRuleSet, data, where);
  if (ruleSet.energy_set !== undefined && !energy.sets.some((s) => s.id === ruleSet.energy_set)) throw new Error(`${where}: energy_set "${ruleSet.energy_set}" is not a coefficient set`);
  compileLandRuleSet(ruleSet, indicators);
  return ruleSet;
};

/** Loads packages/rules/{indicators,land,warnings,scorecard} (or the same layout under `root`). */
export const loadEvaluationPolicies = (root: string = EVALUATION_RULES_ROOT): EvaluationPolicies => {
  const at = (...p: string[]) => join(root, ...p);
  const catalogue = validatePolicy(ZIndicatorCatalogue, readYaml(at("indicators", "catalogue.yaml")), "indicators/catalogue.yaml");
  const indicators = new Map(catalogue.indicators.map((i) => [i.key, i] as const));
  const energy = validatePolicy(ZEnergyCoefficientFile, readYaml(at("indicators", "energy-coefficients.yaml")), "indicators/energy-coefficients.yaml");
  const pollution = validatePolicy(ZPollutionEquivalentFile, readYaml(at("indicators", "pollution-equivalents.yaml")), "indicators/pollution-equivalents.yaml");
  const homogeneity = validatePolicy(ZHomogeneitySettings, readYaml(at("indicators", "homogeneity.yaml")), "indicators/homogeneity.yaml");
  const landRuleSets = yamlFiles(at("land"), ["defaults.yaml"]).map((f) => parseLandRuleSet(readYaml(f), indicators, energy, f));
  const versions = new Set<string>();
  for (const r of landRuleSets) {
    const key = `${r.id}@${r.version}`;
    if (versions.has(key)) throw new Error(`land: ${key} defined twice`);
    versions.add(key);
  }
  const landDefaults = validatePolicy(ZLandDefaults, readYaml(at("land", "defaults.yaml")), "land/defaults.yaml");
  for (const id of [...Object.values(landDefaults.provinces), landDefaults.otherwise])
    if (!landRuleSets.some((r) => r.id === id)) throw new Error(`land/defaults.yaml: no rule set "${id}"`);
  const warningRules = yamlFiles(at("warnings")).map((f) => validatePolicy(ZWarningRule, readYaml(f), f));
  const scorecards = yamlFiles(at("scorecard")).map((f) => {
    const s = validatePolicy(ZScorecard, readYaml(f), f);
    const missing = s.dimensions.flatMap((d) => d.orientations.flatMap((o) => o.items.flatMap((i) => (i.kind !== "checklist" && !indicators.has(i.indicator) ? [i.indicator] : []))));
    if (missing.length > 0) throw new Error(`${f}: indicators not in the catalogue: ${missing.join(", ")}`);
    return s;
  });
  return { catalogue, indicators, energy, pollution, homogeneity, landRuleSets, landDefaults, warningRules, scorecards };
};
