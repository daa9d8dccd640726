import type { TGradientSettings } from "@parkpilot/contracts";
import { UNITS } from "@parkpilot/core";
import type { ServiceContext } from "../../context";
import { forbidden } from "../../errors/app-error";
import type { TenantScope } from "../../tenancy/actor";
import { shippedRuleSets } from "../rules/province-rule-sets";
import { loadGradientSettings } from "./gradient-settings";

/**
 * The province's gradient settings as its accounts see them: the evaluation day, its overlays,
 * and every rule-set version with overridable parameters (default and current value), so that
 * a province admin edits local thresholds (e.g. 瞪羚) against what the shipped default says.
 */
export const getGradientSettings = async (ctx: ServiceContext, scope: TenantScope): Promise<TGradientSettings> => {
  if (scope.kind === "enterprise") throw forbidden("Settings are for park and province accounts");
  const settings = await loadGradientSettings(ctx.database.db, scope.provinceCode);
  const tunable = shippedRuleSets()
    .filter((d) => Object.keys(d.parameters ?? {}).length > 0)
    .map((d) => {
      const overlay = settings.overlays.get(d.id)?.overlay;
      return {
        ruleSetId: d.id,
        version: d.version,
        title: d.title,
        parameters: Object.entries(d.parameters ?? {}).map(([id, p]) => ({
          id,
          label: p.label,
          unit: p.unit && p.unit !== "none" ? { zh: UNITS[p.unit].zh, en: UNITS[p.unit].en } : null,
          defaultValue: p.value,
          value: overlay?.parameters[id] ?? p.value,
        })),
      };
    });
  return {
    provinceCode: scope.provinceCode,
    evaluationDay: settings.evaluationDay,
    overlays: [...settings.overlays.values()].map((o) => ({ ...o.overlay, updatedAt: o.updatedAt })),
    tunable,
  };
};
