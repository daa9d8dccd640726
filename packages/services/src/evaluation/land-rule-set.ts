import { and, eq } from "drizzle-orm";
import { tables, type DbOrTx } from "@parkpilot/db";
import { parseLandRuleSet } from "@parkpilot/rules";
import { compileLandRuleSet, evaluationDateOf, pickInForce, type CompiledLandRuleSet, type LandRuleSet } from "@parkpilot/core";
import { evaluationPolicies } from "./policies";

/** province_settings key holding the province's per-mu choice: { id } of a shipped set, or { custom } rule set. */
export const LAND_RULE_SET_SETTING = "evaluation.land_rule_set";

export interface ResolvedLandRuleSet {
  readonly ruleSet: LandRuleSet;
  readonly compiled: CompiledLandRuleSet;
  /** True when the province wrote its own. */
  readonly custom: boolean;
  /** True when the province picked (or wrote) it; false: the shipped default for the province. */
  readonly chosen: boolean;
}

type Setting = { id: string } | { custom: unknown };

const shippedVersions = (id: string): readonly LandRuleSet[] => evaluationPolicies().landRuleSets.filter((r) => r.id === id);

/**
 * The per-mu rule set a province evaluates a data year with: its own when it wrote one, else the
 * shipped set it picked, else the default for the province (land/defaults.yaml). Among versions,
 * the one in force on 31 December of the data year (the latest version when none is).
 */
export const landRuleSetFor = async (db: DbOrTx, provinceCode: string, year: number): Promise<ResolvedLandRuleSet> => {
  const p = evaluationPolicies();
  const [row] = await db
    .select({ value: tables.provinceSettings.value })
    .from(tables.provinceSettings)
    .where(and(eq(tables.provinceSettings.provinceCode, provinceCode), eq(tables.provinceSettings.key, LAND_RULE_SET_SETTING)))
    .limit(1);
  const setting = (row?.value ?? null) as Setting | null;
  if (setting && "custom" in setting) {
    const ruleSet = parseLandRuleSet(setting.custom, p.indicators, p.energy, `province ${provinceCode} custom rule set`);
    return { ruleSet, compiled: compileLandRuleSet(ruleSet, p.indicators), custom: true, chosen: true };
  }
  const id = setting && "id" in setting ? setting.id : (p.landDefaults.provinces[provinceCode] ?? p.landDefaults.otherwise);
  const versions = shippedVersions(id);
  const ruleSet = pickInForce(versions, id, evaluationDateOf(year)) ?? [...versions].sort((a, b) => (a.effective_from < b.effective_from ? 1 : -1))[0];
  if (!ruleSet) throw new Error(`no per-mu rule set "${id}"`);
  return { ruleSet, compiled: compileLandRuleSet(ruleSet, p.indicators), custom: false, chosen: setting !== null };
};

/** A stored evaluation names its rule set and version; find that exact version (custom sets come from the setting). */
export const landRuleSetVersion = async (db: DbOrTx, provinceCode: string, id: string, version: string, year: number): Promise<LandRuleSet | null> => {
  const shipped = shippedVersions(id).find((r) => r.version === version);
  if (shipped) return shipped;
  const current = await landRuleSetFor(db, provinceCode, year);
  return current.ruleSet.id === id && current.ruleSet.version === version ? current.ruleSet : null;
};

/** Whether a rule set is one of the shipped files (not a province's own). */
export const isShippedRuleSet = (r: LandRuleSet): boolean => shippedVersions(r.id).some((s) => s.version === r.version);
