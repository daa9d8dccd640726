import type { FastifyInstance } from "fastify";
import { tables } from "@parkpilot/db";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import { completeCreditCode } from "@parkpilot/core";
import { createUser, type MembershipSpec, type ServiceContext } from "@parkpilot/services";
import { createApp } from "../src/app";

export const TEST_PASSWORD = "correct-horse-9";
/** A province code no reference data uses, so tests see only the parks they create. */
export const TEST_PROVINCE = "99";

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  ctx: ServiceContext;
  close(): Promise<void>;
}

/** A fresh database clone and an app on it, with a fixed clock. */
export const createTestApp = async (now = new Date("2026-06-01T08:00:00Z")): Promise<TestApp> => {
  const database = await createTestDatabase();
  const ctx: ServiceContext = { database, clock: { now: () => now } };
  const app = await createApp({ ctx, config: { sessionSecret: "s".repeat(40), maxUploadBytes: 5 * 1024 * 1024, logLevel: "silent" } });
  return {
    app,
    database,
    ctx,
    async close() {
      await app.close();
      await database.dispose();
    },
  };
};

let parkSeq = 0;
export const insertPark = async (t: TestApp, overrides: Partial<typeof tables.parks.$inferInsert> = {}) => {
  parkSeq += 1;
  const [park] = await t.database.db
    .insert(tables.parks)
    .values({
      name: `测试园区${parkSeq}`,
      level: "provincial",
      kind: "provincial_ez",
      kindText: "经济开发区",
      provinceCode: TEST_PROVINCE,
      source: "manual",
      catalogueCode: `T99${String(parkSeq).padStart(4, "0")}`,
      ...overrides,
    })
    .returning();
  if (!park) throw new Error("no park");
  return park;
};

let enterpriseSeq = 0;
export const insertEnterprise = async (t: TestApp, parkId: number | null, overrides: Partial<typeof tables.enterprises.$inferInsert> = {}) => {
  enterpriseSeq += 1;
  const body = `91440300MA${String(enterpriseSeq + 1000 * process.pid).padStart(7, "0").slice(-7)}`;
  const [e] = await t.database.db
    .insert(tables.enterprises)
    .values({ creditCode: completeCreditCode(body), name: `测试企业${enterpriseSeq}有限公司`, parkId, provinceCode: TEST_PROVINCE, ...overrides })
    .returning();
  if (!e) throw new Error("no enterprise");
  return e;
};

let userSeq = 0;
/** Creates a user with one membership and returns a session cookie header for it. */
export const loginAs = async (t: TestApp, membership: MembershipSpec): Promise<{ cookie: string; userId: number }> => {
  userSeq += 1;
  const username = `user${userSeq}_${membership.role}`;
  const { userId } = await createUser(t.database, { username, displayName: username, password: TEST_PASSWORD, membership, createdBy: null });
  const res = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password: TEST_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  const setCookie = res.headers["set-cookie"];
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  if (!first) throw new Error("no cookie");
  return { cookie: first.split(";")[0] ?? "", userId };
};
