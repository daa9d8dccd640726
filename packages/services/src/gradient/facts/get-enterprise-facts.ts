import { eq } from "drizzle-orm";
import type { TEnterpriseFacts } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { requireVisibleEnterprise } from "../../tenancy/visibility";
import { ENTERPRISE_FACT_DEFS, mayWriteFact } from "./fact-catalogue-entries";

/** Every fact the tier rules may read about an enterprise, recorded or not (null: unknown), with its source. */
export const getEnterpriseFacts = async (ctx: ServiceContext, scope: TenantScope, enterpriseId: number): Promise<TEnterpriseFacts> => {
  const { db } = ctx.database;
  await requireVisibleEnterprise(db, scope, enterpriseId);
  const f = tables.enterpriseFacts;
  const rows = await db.select().from(f).where(eq(f.enterpriseId, enterpriseId));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return {
    enterpriseId,
    facts: ENTERPRISE_FACT_DEFS.map((def) => {
      const r = byKey.get(def.key);
      const value = !r ? null : def.type === "number" ? r.numberValue : def.type === "boolean" ? r.boolValue : r.textValue;
      return {
        key: def.key,
        label: def.label,
        type: def.type,
        unit: def.unit,
        ...(def.levels ? { levels: def.levels.map((l) => ({ value: l.value, label: l.label })) } : {}),
        value,
        asOf: r?.asOf ?? null,
        source: r ? { kind: r.sourceKind, note: r.sourceNote, at: r.recordedAt } : null,
        editable: mayWriteFact(scope, def),
      };
    }),
  };
};
