import { and, eq } from "drizzle-orm";
import { tables, type DbOrTx } from "@parkpilot/db";
import type { TenantScope } from "../../tenancy/actor";
import { notFound } from "../../errors/app-error";
import { ownerVisibility, requireChainTeamStaff, type OwnerRow } from "../owners/owner-access";

/** A task whose 链长 the scope can see, with that 链长, or not_found. */
export const requireVisibleTask = async (db: DbOrTx, scope: TenantScope, id: number): Promise<{ task: typeof tables.chainTasks.$inferSelect; owner: OwnerRow }> => {
  requireChainTeamStaff(scope);
  const [row] = await db
    .select({ task: tables.chainTasks, owner: tables.chainOwners })
    .from(tables.chainTasks)
    .innerJoin(tables.chainOwners, eq(tables.chainOwners.id, tables.chainTasks.chainOwnerId))
    .where(and(eq(tables.chainTasks.id, id), ownerVisibility(scope)))
    .limit(1);
  if (!row) throw notFound(`Task ${id}`);
  return row;
};
