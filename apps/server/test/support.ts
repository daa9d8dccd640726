import type { FastifyInstance } from "fastify";
import type { tables } from "@parkpilot/db";
import { createEnterprise, createPark, createTestDatabase, insertTestProvince, TEST_PROVINCE, type TestDatabase } from "@parkpilot/db/testing";
import { createUser, type MembershipSpec, type ServiceContext } from "@parkpilot/services";
import { createApp } from "../src/app";

export const TEST_PASSWORD = "correct-horse-9";
export { TEST_PROVINCE };

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  ctx: ServiceContext;
  close(): Promise<void>;
}

/** A fresh database clone and an app on it, with a fixed clock (and the default login limit unless given). */
export const createTestApp = async (now = new Date("2026-06-01T08:00:00Z"), options: { loginAttemptsPerMinute?: number } = {}): Promise<TestApp> => {
  const database = await createTestDatabase();
  await insertTestProvince(database);
  const ctx: ServiceContext = { database, clock: { now: () => now } };
  const config = { sessionSecret: "s".repeat(40), maxUploadBytes: 5 * 1024 * 1024, logLevel: "silent" as const, loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? 20 };
  const app = await createApp({ ctx, config });
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

/** A park in the test province (see createPark). */
export const insertPark = (t: TestApp, overrides: Partial<typeof tables.parks.$inferInsert> = {}) => createPark(t.database, overrides);

/** An enterprise in the test province, in the park with this id or none (see createEnterprise). */
export const insertEnterprise = (t: TestApp, parkId: number | null, overrides: Partial<typeof tables.enterprises.$inferInsert> = {}) =>
  createEnterprise(t.database, parkId === null ? null : { id: parkId, provinceCode: TEST_PROVINCE }, overrides);

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
