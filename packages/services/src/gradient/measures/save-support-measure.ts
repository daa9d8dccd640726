import { and, eq } from "drizzle-orm";
import type { TSupportMeasure, TSupportMeasureInput } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import { recordAudit } from "../../audit/record-audit";
import type { Actor } from "../../tenancy/actor";
import { requireMeasureTarget, requireWritableMeasure } from "./measure-access";
import { selectMeasures } from "./list-support-measures";

const m = tables.supportMeasures;

/** Creates (id null) or changes a support measure at the level the actor may write; audited. */
export const saveSupportMeasure = async (ctx: ServiceContext, actor: Actor, input: TSupportMeasureInput, id: number | null = null): Promise<TSupportMeasure> => {
  const { db } = ctx.database;
  const savedId = await db.transaction(async (tx) => {
    const before = id === null ? null : await requireWritableMeasure(tx, actor.scope, id);
    const target = await requireMeasureTarget(tx, actor.scope, input.parkId ?? null);
    const values = {
      ...target,
      tier: input.tier,
      kind: input.kind,
      title: input.title,
      description: input.description ?? null,
      reference: input.reference ?? null,
      active: input.active,
    };
    const [saved] = id === null ? await tx.insert(m).values({ ...values, createdBy: actor.userId }).returning() : await tx.update(m).set(values).where(eq(m.id, id)).returning();
    if (!saved) throw new Error("support measure write returned no row");
    await recordAudit(tx, { userId: actor.userId, action: id === null ? "create" : "update", entity: "support_measure", entityKey: String(saved.id), before, after: saved });
    return saved.id;
  });
  const [out] = await selectMeasures(db, and(eq(m.id, savedId)));
  if (!out) throw new Error(`support measure ${savedId} vanished`);
  return out;
};
