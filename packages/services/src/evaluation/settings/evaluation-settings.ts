import type { TEvaluationSettingsBody } from "@parkpilot/contracts";
import type { LandRuleSet } from "@parkpilot/core";
import { tables } from "@parkpilot/db";
import { parseLandRuleSet } from "@parkpilot/rules";
import type { ServiceContext } from "../../context";
import type { Actor, TenantScope } from "../../tenancy/actor";
import { forbidden, notFound, validationError } from "../../errors/app-error";
import { recordAudit } from "../../audit/record-audit";
import { LAND_RULE_SET_SETTING, isShippedRuleSet, landRuleSetFor } from "../land-rule-set";
import { evaluationPolicies } from "../policies";
import { presentRuleSet } from "../present";
import { requireProvinceScope } from "../visible-parks";

/** GET /api/evaluation/settings: the per-mu rule set the province uses and the shipped ones it may pick. */
export const evaluationSettings = async (ctx: ServiceContext, scope: TenantScope) => {
  const provinceCode = requireProvinceScope(scope);
  const year = ctx.clock.now().getUTCFullYear() - 1;
  const current = await landRuleSetFor(ctx.database.db, provinceCode, year);
  const latest = new Map<string, LandRuleSet>();
  for (const r of evaluationPolicies().landRuleSets) {
    const seen = latest.get(r.id);
    if (!seen || seen.effective_from < r.effective_from) latest.set(r.id, r);
  }
  return {
    provinceCode,
    landRuleSet: presentRuleSet(current.ruleSet, !isShippedRuleSet(current.ruleSet)),
    chosen: current.chosen,
    available: [...latest.values()].map((r) => presentRuleSet(r, false)),
  };
};

/**
 * PUT /api/evaluation/settings: the province picks a shipped per-mu rule set, or stores its own
 * (validated by the same schema and compiled against the catalogue before it is saved). Takes
 * effect at the next recomputation.
 */
export const updateEvaluationSettings = async (ctx: ServiceContext, actor: Actor, body: TEvaluationSettingsBody) => {
  if (actor.scope.kind !== "province") throw forbidden("The province chooses its evaluation rules");
  const provinceCode = requireProvinceScope(actor.scope);
  const p = evaluationPolicies();
  let value: { id: string } | { custom: unknown };
  if ("landRuleSetId" in body) {
    if (!p.landRuleSets.some((r) => r.id === body.landRuleSetId)) throw notFound(`Rule set ${body.landRuleSetId}`);
    value = { id: body.landRuleSetId };
  } else {
    try {
      const parsed = parseLandRuleSet(body.customRuleSet, p.indicators, p.energy, "customRuleSet");
      if (p.landRuleSets.some((r) => r.id === parsed.id)) throw new Error(`customRuleSet: id "${parsed.id}" is a shipped rule set's; give yours its own id`);
      value = { custom: parsed };
    } catch (error) {
      throw validationError("The rule set is not valid", [{ path: "body.customRuleSet", message: error instanceof Error ? error.message : String(error) }]);
    }
  }
  await ctx.database.db.transaction(async (tx) => {
    const s = tables.provinceSettings;
    await tx
      .insert(s)
      .values({ provinceCode, key: LAND_RULE_SET_SETTING, value, updatedBy: actor.userId, updatedAt: ctx.clock.now().toISOString() })
      .onConflictDoUpdate({ target: [s.provinceCode, s.key], set: { value, updatedBy: actor.userId, updatedAt: ctx.clock.now().toISOString() } });
    await recordAudit(tx, { userId: actor.userId, action: "evaluation.settings", entity: "province_settings", entityKey: `${provinceCode}:${LAND_RULE_SET_SETTING}`, after: "id" in value ? value : { custom: true } });
  });
  return evaluationSettings(ctx, actor.scope);
};
