import { and, eq } from "drizzle-orm";
import type { TGradientSettings, TGradientSettingsUpdate, TTierOverlay } from "@parkpilot/contracts";
import { applyOverlay, compileRuleSet, RuleSetError } from "@parkpilot/core";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import { recordAudit } from "../../audit/record-audit";
import { forbidden, validationError, type FieldIssue } from "../../errors/app-error";
import type { Actor } from "../../tenancy/actor";
import { requireProvinceScope } from "../../tenancy/visibility";
import { shippedRuleSets, toEngineOverlay } from "../rules/province-rule-sets";
import { EVALUATION_DAY_KEY, OVERLAY_KEY_PREFIX } from "./gradient-settings";
import { getGradientSettings } from "./get-gradient-settings";

/** Problems of an overlay against every version of its rule set, as field issues. */
const overlayProblems = (provinceCode: string, overlay: TTierOverlay, index: number): FieldIssue[] => {
  const versions = shippedRuleSets().filter((d) => d.id === overlay.ruleSetId);
  if (versions.length === 0) return [{ path: `overlays.${index}.ruleSetId`, message: `no rule set "${overlay.ruleSetId}"` }];
  const issues: FieldIssue[] = [];
  for (const def of versions) {
    try {
      compileRuleSet(applyOverlay(def, toEngineOverlay(provinceCode, overlay)));
    } catch (error) {
      const detail = error instanceof RuleSetError ? error.problems.map((p) => `${p.path}: ${p.message}`).join("; ") : error instanceof Error ? error.message : String(error);
      issues.push({ path: `overlays.${index}.parameters`, message: `${def.id}@${def.version}: ${detail}` });
    }
  }
  return issues;
};

/**
 * Changes a province's gradient settings (province accounts only): the evaluation day and the
 * local parameters of rule sets, applied through the engine's overlay mechanism so the rule set
 * keeps its structure and cites the province's document for each replaced value. An overlay is
 * checked by compiling it against every version of its rule set before anything is stored;
 * an overlay with no parameters removes the province's overlay. Audited.
 */
export const updateGradientSettings = async (ctx: ServiceContext, actor: Actor, update: TGradientSettingsUpdate): Promise<TGradientSettings> => {
  if (actor.scope.kind !== "province") throw forbidden("Only province accounts change the province's rule parameters");
  const provinceCode = actor.scope.provinceCode;
  requireProvinceScope(actor.scope, provinceCode);
  const issues = (update.overlays ?? []).flatMap((o, i) => (Object.keys(o.parameters).length === 0 ? [] : overlayProblems(provinceCode, o, i)));
  if (issues.length > 0) throw validationError("Invalid rule parameters", issues);
  const s = tables.provinceSettings;
  const at = ctx.clock.now().toISOString();
  await ctx.database.db.transaction(async (tx) => {
    const put = async (key: string, value: unknown) => {
      const [before] = await tx.select().from(s).where(and(eq(s.provinceCode, provinceCode), eq(s.key, key)));
      await tx
        .insert(s)
        .values({ provinceCode, key, value, updatedBy: actor.userId, updatedAt: at })
        .onConflictDoUpdate({ target: [s.provinceCode, s.key], set: { value, updatedBy: actor.userId, updatedAt: at } });
      await recordAudit(tx, { userId: actor.userId, action: "update", entity: "province_setting", entityKey: `${provinceCode}:${key}`, before: before?.value ?? null, after: value });
    };
    if (update.evaluationDay) await put(EVALUATION_DAY_KEY, update.evaluationDay);
    for (const o of update.overlays ?? []) {
      const key = `${OVERLAY_KEY_PREFIX}${o.ruleSetId}`;
      if (Object.keys(o.parameters).length > 0) {
        await put(key, o);
        continue;
      }
      const [before] = await tx.delete(s).where(and(eq(s.provinceCode, provinceCode), eq(s.key, key))).returning();
      if (before) await recordAudit(tx, { userId: actor.userId, action: "delete", entity: "province_setting", entityKey: `${provinceCode}:${key}`, before: before.value });
    }
  });
  return getGradientSettings(ctx, actor.scope);
};
