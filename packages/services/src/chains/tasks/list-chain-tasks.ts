import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { isTaskOverdue } from "@parkpilot/core";
import type { TChainTask } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { chinaToday } from "../map/chain-year";
import { ownerVisibility, requireChainTeamStaff } from "../owners/owner-access";

type TaskRow = typeof tables.chainTasks.$inferSelect;

export const presentTask = (t: TaskRow, owner: { templateCode: string; ownerName: string }, today: string): TChainTask => ({
  id: t.id,
  chainOwnerId: t.chainOwnerId,
  templateCode: owner.templateCode,
  ownerName: owner.ownerName,
  title: t.title,
  detail: t.detail,
  assigneeName: t.assigneeName,
  dueOn: t.dueOn,
  status: t.status,
  overdue: isTaskOverdue(t, today),
  createdAt: t.createdAt,
  updatedAt: t.updatedAt,
});

/** Tasks of the 链长 the scope can see, earliest deadline first; overdue is computed from the clock. */
export const listChainTasks = async (
  ctx: ServiceContext,
  scope: TenantScope,
  query: { chainOwnerId?: number | undefined; templateCode?: string | undefined; status?: TaskRow["status"] | undefined; overdue?: boolean | undefined },
): Promise<{ items: TChainTask[]; today: string }> => {
  requireChainTeamStaff(scope);
  const t = tables.chainTasks;
  const o = tables.chainOwners;
  const filters: SQL[] = [ownerVisibility(scope)];
  if (query.chainOwnerId !== undefined) filters.push(eq(t.chainOwnerId, query.chainOwnerId));
  if (query.templateCode) filters.push(eq(o.templateCode, query.templateCode));
  if (query.status) filters.push(eq(t.status, query.status));
  const rows = await ctx.database.db
    .select({ task: t, templateCode: o.templateCode, ownerName: o.ownerName })
    .from(t)
    .innerJoin(o, eq(o.id, t.chainOwnerId))
    .where(and(...filters))
    .orderBy(sql`${t.dueOn} ASC NULLS LAST`, asc(t.id));
  const today = chinaToday(ctx.clock);
  const items = rows.map((r) => presentTask(r.task, r, today)).filter((task) => query.overdue === undefined || task.overdue === query.overdue);
  return { items, today };
};
