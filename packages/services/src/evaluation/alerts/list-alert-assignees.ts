import { and, asc, desc, eq } from "drizzle-orm";
import type { TAlertAssignee, TAlertAssignees } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { notFound } from "../../errors/app-error";
import { alertAssigneeMemberships, alertVisibility } from "../../tenancy/visibility";

/**
 * GET /api/evaluation/alerts/:id/assignees: the accounts the alert may be assigned to, by the rule
 * assignAlert enforces (alertAssigneeMemberships), for a session that can see the alert (404
 * otherwise, 403 to enterprise accounts). Province admins first, then the park's; each account
 * once, with the name of the tenant that qualifies it.
 */
export const listAlertAssignees = async (ctx: ServiceContext, scope: TenantScope, id: number): Promise<TAlertAssignees> => {
  const { db } = ctx.database;
  const a = tables.alerts;
  const [alert] = await db
    .select({ provinceCode: a.provinceCode, parkId: a.parkId })
    .from(a)
    .where(and(eq(a.id, id), alertVisibility(scope)))
    .limit(1);
  if (!alert) throw notFound(`Alert ${id}`);
  const m = tables.memberships;
  const u = tables.users;
  const [members, [province]] = await Promise.all([
    db
      .select({ id: u.id, displayName: u.displayName, role: m.role, parkName: tables.parks.name })
      .from(m)
      .innerJoin(u, eq(u.id, m.userId))
      .leftJoin(tables.parks, eq(tables.parks.id, m.parkId))
      .where(alertAssigneeMemberships(alert))
      // 'province_admin' sorts after 'park_admin': descending puts the province's accounts first.
      .orderBy(desc(m.role), asc(u.id)),
    db.select({ name: tables.regions.name }).from(tables.regions).where(eq(tables.regions.code, `${alert.provinceCode}0000`)),
  ]);
  const items = new Map<number, TAlertAssignee>();
  for (const r of members) {
    if (items.has(r.id)) continue;
    items.set(r.id, { id: r.id, displayName: r.displayName, role: r.role, tenantName: r.parkName ?? province?.name ?? alert.provinceCode });
  }
  return { items: [...items.values()] };
};
