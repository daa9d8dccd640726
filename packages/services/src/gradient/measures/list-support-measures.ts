import { and, asc, eq } from "drizzle-orm";
import type { TSupportMeasure, TTierKey } from "@parkpilot/contracts";
import { tables, type DbOrTx } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { isTierKey } from "../tiers";
import { measureVisibility } from "./measure-access";

const m = tables.supportMeasures;

export interface MeasureFilter {
  readonly tier?: TTierKey;
  readonly parkId?: number;
  readonly active?: boolean;
}

type MeasureRow = typeof m.$inferSelect & { parkName: string | null };

export const presentMeasure = (r: MeasureRow): TSupportMeasure => {
  const tier = r.tier;
  if (!isTierKey(tier)) throw new Error(`support measure ${r.id}: unknown tier ${tier}`);
  return {
    id: r.id,
    tier,
    kind: r.kind,
    title: r.title,
    description: r.description,
    reference: r.reference,
    active: r.active,
    provinceCode: r.provinceCode,
    parkId: r.parkId,
    parkName: r.parkName,
    createdAt: r.createdAt,
  };
};

/** Measures matching `where` (which carries the visibility), tier by tier, province-wide first. */
export const selectMeasures = async (db: DbOrTx, where: ReturnType<typeof and>): Promise<TSupportMeasure[]> => {
  const rows = await db
    .select({ measure: m, parkName: tables.parks.name })
    .from(m)
    .leftJoin(tables.parks, eq(tables.parks.id, m.parkId))
    .where(where)
    .orderBy(asc(m.tier), asc(m.parkId), asc(m.id));
  return rows.map((r) => presentMeasure({ ...r.measure, parkName: r.parkName }));
};

/** Support measures attached to tiers that the scope sees (province-wide and its parks'). */
export const listSupportMeasures = (ctx: ServiceContext, scope: TenantScope, filter: MeasureFilter = {}): Promise<TSupportMeasure[]> => {
  const { db } = ctx.database;
  return selectMeasures(
    db,
    and(
      measureVisibility(db, scope),
      filter.tier ? eq(m.tier, filter.tier) : undefined,
      filter.parkId ? eq(m.parkId, filter.parkId) : undefined,
      filter.active === undefined ? undefined : eq(m.active, filter.active),
    ),
  );
};
