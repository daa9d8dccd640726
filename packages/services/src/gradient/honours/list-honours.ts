import { and, count, eq, gt, gte, ilike, isNotNull, isNull, lt, lte, or, type SQL } from "drizzle-orm";
import type { THonourList, THonourListQuery } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { enterpriseVisibility } from "../../tenancy/visibility";
import { addDays, chinaToday, EXPIRING_WITHIN_DAYS } from "../dates";
import { presentHonour } from "./present-honour";
import { selectHonours } from "./select-honours";

const h = tables.enterpriseHonours;
const e = tables.enterprises;

/** The SQL of a state on `today`, the same boundaries as honourState. */
const stateWhere = (state: NonNullable<THonourListQuery["state"]>, today: string): SQL | undefined => {
  const soon = addDays(today, EXPIRING_WITHIN_DAYS);
  const started = lte(h.validFrom, today);
  switch (state) {
    case "future":
      return gt(h.validFrom, today);
    case "expired":
      return and(isNotNull(h.validUntil), lt(h.validUntil, today));
    case "expiring":
      return and(started, gte(h.validUntil, today), lte(h.validUntil, soon));
    case "valid":
      return and(started, or(isNull(h.validUntil), gt(h.validUntil, soon)));
  }
};

/**
 * Recognised honours of the enterprises the scope sees, filterable by tier, park, enterprise,
 * state on today's date (valid, expiring within 90 days, expired, not yet valid) and name or
 * credit code; expiring ones first.
 */
export const listHonours = async (ctx: ServiceContext, scope: TenantScope, query: THonourListQuery): Promise<THonourList> => {
  const { db } = ctx.database;
  const today = chinaToday(ctx.clock.now());
  const q = query.q?.trim();
  const where = and(
    enterpriseVisibility(scope),
    query.tier ? eq(h.tier, query.tier) : undefined,
    query.parkId ? eq(e.parkId, query.parkId) : undefined,
    query.enterpriseId ? eq(h.enterpriseId, query.enterpriseId) : undefined,
    query.state ? stateWhere(query.state, today) : undefined,
    q ? or(ilike(e.name, `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`), eq(e.creditCode, q.toUpperCase())) : undefined,
  );
  const [total] = await db.select({ n: count() }).from(h).innerJoin(e, eq(e.id, h.enterpriseId)).where(where);
  const rows = await selectHonours(db, where, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize, today, soon: addDays(today, EXPIRING_WITHIN_DAYS) });
  return { items: rows.map((r) => presentHonour(r, today)), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize, today };
};
