import { and, eq, ne } from "drizzle-orm";
import type { THonour, THonourInput } from "@parkpilot/contracts";
import { tables, type DbOrTx } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import { recordAudit } from "../../audit/record-audit";
import { conflict, validationError } from "../../errors/app-error";
import type { Actor } from "../../tenancy/actor";
import { enterpriseVisibility, requireVisibleEnterprise } from "../../tenancy/visibility";
import { chinaToday, grantEnd } from "../dates";
import { honourTierByKey } from "../tiers";
import { requireHonourWriter, requireVisibleHonour } from "./honour-access";
import { presentHonour } from "./present-honour";
import { selectHonours } from "./select-honours";

const h = tables.enterpriseHonours;

/** Without an end date, a grant lasts its tier's standard validity; local lists without one stay open. */
export const defaultValidUntil = (tier: THonourInput["tier"], validFrom: string): string | null => {
  const years = honourTierByKey.get(tier)?.validityYears ?? null;
  return years === null ? null : grantEnd(validFrom, years);
};

const duplicate = async (db: DbOrTx, input: THonourInput, exceptId: number | null) => {
  const [row] = await db
    .select({ id: h.id })
    .from(h)
    .where(and(eq(h.enterpriseId, input.enterpriseId), eq(h.tier, input.tier), eq(h.validFrom, input.validFrom), exceptId === null ? undefined : ne(h.id, exceptId)))
    .limit(1);
  return row !== undefined;
};

const values = (input: THonourInput) => ({
  enterpriseId: input.enterpriseId,
  tier: input.tier,
  level: input.level ?? null,
  batch: input.batch ?? null,
  year: input.year ?? null,
  validFrom: input.validFrom,
  validUntil: input.validUntil === undefined ? defaultValidUntil(input.tier, input.validFrom) : input.validUntil,
  certificateNo: input.certificateNo ?? null,
  sourceNote: input.note ?? null,
});

/**
 * Records an honour by hand (or through the API) for an enterprise the actor sees: one grant of
 * one tier, keyed by enterprise, tier and start date. With `id`, corrects an existing grant.
 * Audited; the honour's source says who entered it and how.
 */
export const saveHonour = async (ctx: ServiceContext, actor: Actor, input: THonourInput, id: number | null = null): Promise<THonour> => {
  requireHonourWriter(actor.scope);
  const { db } = ctx.database;
  await requireVisibleEnterprise(db, actor.scope, input.enterpriseId);
  const row = values(input);
  if (row.validUntil !== null && row.validUntil < row.validFrom) throw validationError("Invalid validity", [{ path: "validUntil", message: "must not be before validFrom" }]);
  const savedId = await db.transaction(async (tx) => {
    const before = id === null ? null : await requireVisibleHonour(tx, actor.scope, id);
    if (await duplicate(tx, input, id)) throw conflict(`This enterprise already has a ${input.tier} honour starting ${input.validFrom}`);
    const source = { sourceKind: input.via, createdBy: actor.userId, recordedAt: ctx.clock.now().toISOString() };
    const [saved] =
      id === null
        ? await tx.insert(h).values({ ...row, ...source }).returning()
        : await tx.update(h).set({ ...row, ...source, sourceBatchId: null, sourceRow: null }).where(eq(h.id, id)).returning();
    if (!saved) throw new Error("honour write returned no row");
    await recordAudit(tx, { userId: actor.userId, action: id === null ? "create" : "update", entity: "enterprise_honour", entityKey: String(saved.id), before, after: saved });
    return saved.id;
  });
  const [presented] = await selectHonours(db, and(eq(h.id, savedId), enterpriseVisibility(actor.scope)));
  if (!presented) throw new Error(`honour ${savedId} vanished`);
  return presentHonour(presented, chinaToday(ctx.clock.now()));
};
