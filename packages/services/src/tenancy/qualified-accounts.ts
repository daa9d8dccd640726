import { eq, type SQL } from "drizzle-orm";
import type { TAlertAssignee } from "@parkpilot/contracts";
import { tables, type DbOrTx } from "@parkpilot/db";

/**
 * The accounts whose memberships meet `memberships` (a rule of visibility.ts), each once, with
 * the name of the tenant that qualifies it (its park's, else the province's), in `order`. Lists
 * whom an alert may be assigned to or a 链长 linked to by the same rule the write enforces.
 */
export const qualifiedAccounts = async (db: DbOrTx, memberships: SQL | undefined, provinceCode: string | null, order: readonly SQL[]): Promise<TAlertAssignee[]> => {
  const m = tables.memberships;
  const u = tables.users;
  const [members, [province]] = await Promise.all([
    db
      .select({ id: u.id, displayName: u.displayName, role: m.role, parkName: tables.parks.name })
      .from(m)
      .innerJoin(u, eq(u.id, m.userId))
      .leftJoin(tables.parks, eq(tables.parks.id, m.parkId))
      .where(memberships)
      .orderBy(...order),
    provinceCode === null ? [] : db.select({ name: tables.regions.name }).from(tables.regions).where(eq(tables.regions.code, `${provinceCode}0000`)),
  ]);
  const items = new Map<number, TAlertAssignee>();
  for (const r of members) {
    if (!items.has(r.id)) items.set(r.id, { id: r.id, displayName: r.displayName, role: r.role, tenantName: r.parkName ?? province?.name ?? provinceCode ?? "" });
  }
  return [...items.values()];
};
