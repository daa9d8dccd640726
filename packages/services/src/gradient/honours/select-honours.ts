import { asc, eq, sql, type SQL } from "drizzle-orm";
import { tables, type DbOrTx } from "@parkpilot/db";
import type { HonourRow } from "./present-honour";

const h = tables.enterpriseHonours;
const e = tables.enterprises;
const p = tables.parks;

export const honourColumns = {
  id: h.id,
  enterpriseId: h.enterpriseId,
  enterpriseName: e.name,
  creditCode: e.creditCode,
  parkId: e.parkId,
  parkName: p.name,
  isGenerated: e.isGenerated,
  tier: h.tier,
  level: h.level,
  batch: h.batch,
  year: h.year,
  validFrom: h.validFrom,
  validUntil: h.validUntil,
  certificateNo: h.certificateNo,
  sourceKind: h.sourceKind,
  sourceNote: h.sourceNote,
  recordedAt: h.recordedAt,
};

/**
 * Honours with their enterprise and park; `where` must include the tenancy condition on
 * enterprises. Ordered for renewal work: expiring first, then valid, not yet valid, expired;
 * soonest end first within each.
 */
export const selectHonours = (db: DbOrTx, where: SQL | undefined, page?: { limit: number; offset: number; today: string; soon: string }): Promise<HonourRow[]> => {
  const order = page
    ? [sql`CASE WHEN ${h.validUntil} < ${page.today}::date THEN 3 WHEN ${h.validFrom} > ${page.today}::date THEN 2 WHEN ${h.validUntil} <= ${page.soon}::date THEN 0 ELSE 1 END`, asc(h.validUntil), asc(h.id)]
    : [asc(h.validUntil), asc(h.id)];
  const q = db
    .select(honourColumns)
    .from(h)
    .innerJoin(e, eq(e.id, h.enterpriseId))
    .leftJoin(p, eq(p.id, e.parkId))
    .where(where)
    .orderBy(...order);
  return page ? q.limit(page.limit).offset(page.offset) : q;
};
