import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { isTaskOverdue } from "@parkpilot/core";
import type { TChainOwner } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { chinaToday } from "../map/chain-year";
import { ensureShippedChainTemplates } from "../templates/ensure-shipped-templates";
import { effectiveTemplates } from "../templates/template-rows";
import { ownerVisibility, requireChainTeamStaff, type OwnerRow } from "./owner-access";

/** 链长 and their teams visible to the scope, with their linked accounts and open and overdue task counts. */
export const listChainOwners = async (
  ctx: ServiceContext,
  scope: TenantScope,
  query: { templateCode?: string | undefined; parkId?: number | undefined },
): Promise<{ items: TChainOwner[] }> => {
  requireChainTeamStaff(scope);
  const { db } = ctx.database;
  const o = tables.chainOwners;
  const filters: SQL[] = [ownerVisibility(scope)];
  if (query.templateCode) filters.push(eq(o.templateCode, query.templateCode));
  if (query.parkId !== undefined) filters.push(eq(o.parkId, query.parkId));
  const rows = await db
    .select({ owner: o, parkName: tables.parks.name })
    .from(o)
    .leftJoin(tables.parks, eq(tables.parks.id, o.parkId))
    .where(and(...filters))
    .orderBy(asc(o.templateCode), asc(o.parkId), asc(o.id));
  return { items: await presentOwners(ctx, scope, rows) };
};

export const presentOwners = async (ctx: ServiceContext, scope: TenantScope, rows: readonly { owner: OwnerRow; parkName: string | null }[]): Promise<TChainOwner[]> => {
  const { db } = ctx.database;
  await ensureShippedChainTemplates(ctx.database);
  const names = new Map((await effectiveTemplates(db, scope.provinceCode)).map((t) => [t.row.code, t.definition.name]));
  const ids = rows.map((r) => r.owner.id);
  const today = chinaToday(ctx.clock);
  const accountIds = [...new Set(rows.flatMap((r) => [...(r.owner.ownerUserId === null ? [] : [r.owner.ownerUserId]), ...r.owner.team.flatMap((m) => (m.userId === undefined ? [] : [m.userId]))]))];
  const accounts = new Map(
    (accountIds.length ? await db.select({ id: tables.users.id, displayName: tables.users.displayName }).from(tables.users).where(inArray(tables.users.id, accountIds)) : []).map((u) => [u.id, u]),
  );
  const tasks = ids.length
    ? await db
        .select({ ownerId: tables.chainTasks.chainOwnerId, status: tables.chainTasks.status, dueOn: tables.chainTasks.dueOn })
        .from(tables.chainTasks)
        .where(and(inArray(tables.chainTasks.chainOwnerId, ids), inArray(tables.chainTasks.status, ["todo", "doing"])))
    : [];
  return rows.map(({ owner, parkName }) => {
    const open = tasks.filter((t) => t.ownerId === owner.id);
    return {
      id: owner.id,
      templateCode: owner.templateCode,
      chainName: names.get(owner.templateCode) ?? null,
      level: owner.parkId === null ? "province" : "park",
      provinceCode: owner.provinceCode,
      parkId: owner.parkId,
      parkName,
      ownerName: owner.ownerName,
      ownerTitle: owner.ownerTitle,
      ownerAccount: owner.ownerUserId === null ? null : (accounts.get(owner.ownerUserId) ?? null),
      team: owner.team.map((m) => {
        const account = m.userId === undefined ? undefined : accounts.get(m.userId);
        return { name: m.name, role: m.role, ...(m.userId !== undefined ? { userId: m.userId } : {}), ...(account ? { account } : {}) };
      }),
      openTasks: open.length,
      overdueTasks: open.filter((t) => isTaskOverdue(t, today)).length,
    };
  });
};
