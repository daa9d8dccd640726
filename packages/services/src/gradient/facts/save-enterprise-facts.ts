import { and, eq, inArray } from "drizzle-orm";
import type { TEnterpriseFacts, TEnterpriseFactsUpdate } from "@parkpilot/contracts";
import { isIsoDate, type FactDef } from "@parkpilot/core";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import { recordAudit } from "../../audit/record-audit";
import { forbidden, validationError, type FieldIssue } from "../../errors/app-error";
import type { Actor } from "../../tenancy/actor";
import { requireVisibleEnterprise } from "../../tenancy/visibility";
import { enterpriseFactDef, mayWriteFact } from "./fact-catalogue-entries";
import { getEnterpriseFacts } from "./get-enterprise-facts";

type Cell = { numberValue: number | null; boolValue: boolean | null; textValue: string | null };

/** The stored cell of a value, or a problem: numbers finite (levels one of theirs), booleans, categories text, dates ISO. */
const cellOf = (def: FactDef, value: number | boolean | string): Cell | string => {
  switch (def.type) {
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return "a number";
      if (def.levels && !def.levels.some((l) => l.value === value)) return `one of ${def.levels.map((l) => l.value).join(", ")}`;
      if (value < 0 && def.unit !== "none") return "not negative";
      return { numberValue: value, boolValue: null, textValue: null };
    case "boolean":
      return typeof value === "boolean" ? { numberValue: null, boolValue: value, textValue: null } : "true or false";
    case "category":
      return typeof value === "string" && value.trim() !== "" ? { numberValue: null, boolValue: null, textValue: value.trim() } : "a non-empty text";
    case "date":
      return typeof value === "string" && isIsoDate(value) ? { numberValue: null, boolValue: null, textValue: value } : "a date YYYY-MM-DD";
  }
};

/**
 * Records facts about an enterprise (null: back to unknown, the row is removed). Every key is
 * checked against the engine's catalogue and its type; enterprises may declare their own
 * figures but not registry entries or review decisions. One transaction, audited with the
 * values before and after; each value keeps who recorded it and how.
 */
export const saveEnterpriseFacts = async (ctx: ServiceContext, actor: Actor, enterpriseId: number, update: TEnterpriseFactsUpdate): Promise<TEnterpriseFacts> => {
  const { db } = ctx.database;
  await requireVisibleEnterprise(db, actor.scope, enterpriseId);
  const issues: FieldIssue[] = [];
  const writes: { key: string; cell: Cell | null }[] = [];
  for (const [key, value] of Object.entries(update.values)) {
    const def = enterpriseFactDef.get(key);
    if (!def) {
      issues.push({ path: `values.${key}`, message: "not a fact the tier rules read (titles are recorded as honours)" });
      continue;
    }
    if (!mayWriteFact(actor.scope, def)) throw forbidden(`"${key}" is recorded by the authorities, not by the enterprise`);
    if (value === null) {
      writes.push({ key, cell: null });
      continue;
    }
    const cell = cellOf(def, value);
    if (typeof cell === "string") issues.push({ path: `values.${key}`, message: `must be ${cell}` });
    else writes.push({ key, cell });
  }
  if (issues.length > 0) throw validationError("Invalid facts", issues);
  const f = tables.enterpriseFacts;
  const at = ctx.clock.now().toISOString();
  await db.transaction(async (tx) => {
    const keys = writes.map((w) => w.key);
    const before = await tx.select().from(f).where(and(eq(f.enterpriseId, enterpriseId), inArray(f.key, keys)));
    for (const w of writes) {
      if (w.cell === null) {
        await tx.delete(f).where(and(eq(f.enterpriseId, enterpriseId), eq(f.key, w.key)));
        continue;
      }
      const source = { sourceKind: update.via, sourceBatchId: null, sourceRow: null, sourceUserId: actor.userId, sourceNote: update.note ?? null, recordedAt: at };
      await tx
        .insert(f)
        .values({ enterpriseId, key: w.key, ...w.cell, ...source })
        .onConflictDoUpdate({ target: [f.enterpriseId, f.key], set: { ...w.cell, ...source } });
    }
    await recordAudit(tx, { userId: actor.userId, action: "update", entity: "enterprise_facts", entityKey: String(enterpriseId), before, after: update.values });
  });
  return getEnterpriseFacts(ctx, actor.scope, enterpriseId);
};
