import type { Database } from "@parkpilot/db";
import type { LandRuleSet } from "@parkpilot/core";
import { parkSubject } from "../indicator-values";
import { landRuleSetVersion } from "../land-rule-set";
import { num } from "../present";

export interface ClassDistribution {
  readonly ruleSet: LandRuleSet | null;
  readonly classes: { class: string; label: { zh: string; en: string }; enterprises: number; landMu: number | null }[];
  readonly unclassified: { excluded: number; outOfScope: number; dataMissing: number };
}

/**
 * Enterprises and land per class of a park's per-mu evaluation of a year, in the rule set's band
 * order: the figures the recomputation stored with the park's values, labelled by the rule-set
 * version of the park's evaluations.
 */
export const classDistribution = async (database: Database, provinceCode: string, parkId: number, year: number): Promise<ClassDistribution> => {
  const [[ref], rows] = await Promise.all([
    database.query<{ rule_set_id: string; rule_set_version: string }>(
      `SELECT l.rule_set_id, l.rule_set_version FROM land_evaluations l JOIN enterprises e ON e.id = l.enterprise_id WHERE e.park_id = $1 AND l.year = $2 LIMIT 1`,
      [parkId, year],
    ),
    database.query<{ indicator_key: string; value: number | null }>(
      `SELECT indicator_key, value FROM indicator_values WHERE subject = $1 AND period = $2 AND (indicator_key LIKE 'land\\_class\\_%' OR indicator_key LIKE 'land\\_unclassified:%')`,
      [parkSubject(parkId), String(year)],
    ),
  ]);
  const ruleSet = ref ? await landRuleSetVersion(database.db, provinceCode, ref.rule_set_id, ref.rule_set_version, year) : null;
  const value = (key: string) => num(rows.find((r) => r.indicator_key === key)?.value) ?? 0;
  return {
    ruleSet,
    classes: (ruleSet?.classes.bands ?? []).map((b) => ({ class: b.id, label: b.label, enterprises: value(`land_class_count:${b.id}`), landMu: value(`land_class_mu:${b.id}`) })),
    unclassified: { excluded: value("land_unclassified:excluded"), outOfScope: value("land_unclassified:out_of_scope"), dataMissing: value("land_unclassified:data_missing") },
  };
};
