import { and, asc, desc, eq } from "drizzle-orm";
import type { TAlertAssignees } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { notFound } from "../../errors/app-error";
import { qualifiedAccounts } from "../../tenancy/qualified-accounts";
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
  // 'province_admin' sorts after 'park_admin': descending puts the province's accounts first.
  const order = [desc(tables.memberships.role), asc(tables.users.id)];
  return { items: await qualifiedAccounts(db, alertAssigneeMemberships(alert), alert.provinceCode, order) };
};
