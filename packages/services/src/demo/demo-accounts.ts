import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { tables, type Database } from "@parkpilot/db";
import { createUser, type MembershipSpec } from "../auth/create-user";

export interface DemoAccount {
  readonly username: string;
  readonly password: string;
  readonly role: MembershipSpec["role"];
  readonly scopeName: string;
}

/**
 * Demo logins, one per role: the province admin, the admin of the demo province's largest park,
 * and a user of that park's largest enterprise. The passwords are public (printed at start and
 * in the README) because the data behind them is generated; change them for real use.
 */
export const DEMO_PASSWORD = "parkpilot-demo";

export const createDemoAccounts = async (database: Database, provinceCode: string): Promise<DemoAccount[]> => {
  const { db } = database;
  const [province] = await db.select({ name: tables.regions.name }).from(tables.regions).where(eq(tables.regions.code, `${provinceCode}0000`));
  const [park] = await db
    .select({ id: tables.parks.id, name: tables.parks.name, n: sql<number>`count(${tables.enterprises.id})::int` })
    .from(tables.parks)
    .innerJoin(tables.enterprises, eq(tables.enterprises.parkId, tables.parks.id))
    .where(eq(tables.parks.provinceCode, provinceCode))
    .groupBy(tables.parks.id, tables.parks.name)
    .orderBy(desc(sql`count(${tables.enterprises.id})`), tables.parks.id)
    .limit(1);
  if (!park) throw new Error(`the demo province ${provinceCode} has no park with enterprises`);
  const [enterprise] = await db
    .select({ id: tables.enterprises.id, name: tables.enterprises.name })
    .from(tables.enterprises)
    .innerJoin(tables.enterpriseAnnual, eq(tables.enterpriseAnnual.enterpriseId, tables.enterprises.id))
    .where(and(eq(tables.enterprises.parkId, park.id), isNotNull(tables.enterpriseAnnual.revenue)))
    .orderBy(desc(tables.enterpriseAnnual.year), desc(tables.enterpriseAnnual.revenue), tables.enterprises.id)
    .limit(1);
  if (!enterprise) throw new Error(`the demo park ${park.name} has no enterprise with revenue`);

  const accounts: Array<DemoAccount & { membership: MembershipSpec; displayName: string }> = [
    { username: "province", password: DEMO_PASSWORD, role: "province_admin", scopeName: province?.name ?? provinceCode, displayName: "省工信厅（演示）", membership: { role: "province_admin", provinceCode } },
    { username: "park", password: DEMO_PASSWORD, role: "park_admin", scopeName: park.name, displayName: "园区管委会（演示）", membership: { role: "park_admin", parkId: park.id } },
    { username: "enterprise", password: DEMO_PASSWORD, role: "enterprise_user", scopeName: enterprise.name, displayName: "企业填报员（演示）", membership: { role: "enterprise_user", enterpriseId: enterprise.id } },
  ];
  for (const a of accounts) {
    await createUser(database, { username: a.username, displayName: a.displayName, password: a.password, membership: a.membership, createdBy: null });
  }
  return accounts.map(({ username, password, role, scopeName }) => ({ username, password, role, scopeName }));
};
