import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { tables } from "@parkpilot/db";
import { createTestApp, insertEnterprise, insertPark, loginAs, TEST_PROVINCE, type TestApp } from "./support";

const NEV = "new-energy-vehicle";
type Who = "province" | "province2" | "park" | "park2" | "otherPark" | "enterprise" | "otherProvince";

interface Account {
  id: number;
  displayName: string;
  role: string;
  tenantName: string;
}

/**
 * Linking a 链长 to a platform account: GET /api/chains/owners/:id/accounts lists exactly the
 * accounts PATCH /api/chains/owners/:id accepts as ownerUserId (the active accounts of the 链长's
 * own park, or of the province for a province-level 链长), to the accounts that may change the
 * 链长; the link shows on the 链长, is audited and can be undone. Every other account is refused
 * (404 out of scope, 403 to enterprises and to a park account for a province-level 链长) and
 * changes nothing.
 */
describe("a 链长's linked account", () => {
  let t: TestApp;
  let parkOwner: number;
  let provinceOwner: number;
  const cookies: Partial<Record<Who, string>> = {};
  const users = {} as Record<Who, number>;
  const everyone = (): Who[] => Object.keys(users) as Who[];
  const call = (who: Who | null, method: "GET" | "POST" | "PATCH", url: string, payload?: Record<string, unknown>) =>
    t.app.inject({ method, url, headers: who ? { cookie: cookies[who] ?? "" } : {}, ...(payload ? { payload } : {}) });
  const accounts = async (who: Who, id: number): Promise<Account[]> => {
    const res = await call(who, "GET", `/api/chains/owners/${id}/accounts`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: Account[] }).items;
  };
  const whoIs = (items: readonly { id: number }[]) => new Set(items.map((i) => everyone().find((w) => users[w] === i.id) ?? `user ${i.id}`));
  const stored = async (id: number) => (await t.database.db.select().from(tables.chainOwners).where(eq(tables.chainOwners.id, id)))[0];
  const audits = async (id: number) => t.database.query<{ action: string; before: { ownerUserId: number | null } | null; after: { ownerUserId: number | null } | null }>(
    "SELECT action, before, after FROM audit_log WHERE entity = 'chain_owner' AND entity_key = $1 ORDER BY id",
    [String(id)],
  );

  beforeAll(async () => {
    t = await createTestApp();
    const park = await insertPark(t, { name: "链长园区" });
    const otherPark = await insertPark(t, { name: "隔壁园区" });
    const far = await insertPark(t, { name: "外省园区", provinceCode: "32" });
    const ent = await insertEnterprise(t, park.id);
    await insertEnterprise(t, far.id, { provinceCode: "32" });
    const login = async (who: Who, m: Parameters<typeof loginAs>[1]) => {
      const r = await loginAs(t, m);
      cookies[who] = r.cookie;
      users[who] = r.userId;
    };
    await login("province", { role: "province_admin", provinceCode: TEST_PROVINCE });
    await login("province2", { role: "province_admin", provinceCode: TEST_PROVINCE });
    await login("park", { role: "park_admin", parkId: park.id });
    await login("park2", { role: "park_admin", parkId: park.id });
    await login("otherPark", { role: "park_admin", parkId: otherPark.id });
    await login("enterprise", { role: "enterprise_user", enterpriseId: ent.id });
    await login("otherProvince", { role: "province_admin", provinceCode: "32" });
    const owner = await call("park", "POST", "/api/chains/owners", { templateCode: NEV, parkId: park.id, ownerName: "园区链长" });
    expect(owner.statusCode, owner.body).toBe(201);
    parkOwner = owner.json().id;
    expect(owner.json().ownerAccount).toBeNull();
    const provincial = await call("province", "POST", "/api/chains/owners", { templateCode: NEV, ownerName: "省级链长" });
    expect(provincial.statusCode, provincial.body).toBe(201);
    provinceOwner = provincial.json().id;
  });
  afterAll(async () => t.close());

  it("lists a park 链长's park accounts and a province-level 链长's province accounts, with name, role and tenant only", async () => {
    const items = await accounts("park", parkOwner);
    expect(whoIs(items)).toEqual(new Set(["park", "park2"]));
    expect(items.find((i) => i.id === users.park)).toEqual({ id: users.park, displayName: expect.stringContaining("park_admin"), role: "park_admin", tenantName: "链长园区" });
    for (const item of items) expect(Object.keys(item).sort()).toEqual(["displayName", "id", "role", "tenantName"]);
    expect((await call("park", "GET", `/api/chains/owners/${parkOwner}/accounts`)).body).not.toMatch(/password|hash|token|session|username/i);
    // The province, which may change the park's 链长 too, sees the same list.
    expect(await accounts("province", parkOwner)).toEqual(items);
    const provincial = await accounts("province", provinceOwner);
    expect(whoIs(provincial)).toEqual(new Set(["province", "province2"]));
    expect(provincial.find((i) => i.id === users.province)).toMatchObject({ role: "province_admin", tenantName: "测试省" });
  });

  it.each([
    ["a park 链长", "park", () => parkOwner],
    ["a province-level 链长", "province", () => provinceOwner],
  ] as const)("links %s to exactly the accounts listed, shows the link, audits it, and changes nothing on a refusal", async (_label, writer, id) => {
    const listed = new Set((await accounts(writer, id())).map((i) => i.id));
    for (const who of everyone()) {
      const before = await stored(id());
      const res = await call(writer, "PATCH", `/api/chains/owners/${id()}`, { ownerUserId: users[who] });
      if (listed.has(users[who])) {
        expect(res.statusCode, `${who}: ${res.body}`).toBe(200);
        expect(res.json().ownerAccount).toEqual({ id: users[who], displayName: expect.stringContaining(who.startsWith("park") ? "park_admin" : "province_admin") });
      } else {
        expect(res.statusCode, `${who}: ${res.body}`).toBe(400);
        expect(res.json().error.issues).toEqual([{ path: "ownerUserId", message: expect.stringContaining(String(users[who])) }]);
        expect(await stored(id())).toEqual(before);
      }
    }
    const linked = [...listed][0] ?? 0;
    expect((await call(writer, "PATCH", `/api/chains/owners/${id()}`, { ownerUserId: linked })).statusCode).toBe(200);
    const list = (await call(writer, "GET", "/api/chains/owners")).json() as { items: { id: number; ownerAccount: { id: number } | null }[] };
    expect(list.items.find((o) => o.id === id())?.ownerAccount?.id).toBe(linked);
    // Renaming leaves the link; null undoes it.
    expect((await call(writer, "PATCH", `/api/chains/owners/${id()}`, { ownerTitle: "主任" })).json().ownerAccount?.id).toBe(linked);
    const unlinked = await call(writer, "PATCH", `/api/chains/owners/${id()}`, { ownerUserId: null });
    expect(unlinked.statusCode, unlinked.body).toBe(200);
    expect(unlinked.json().ownerAccount).toBeNull();
    expect((await stored(id()))?.ownerUserId).toBeNull();
    const trail = (await audits(id())).filter((a) => a.action === "chain_owner.update");
    expect(trail.at(-1)).toMatchObject({ before: { ownerUserId: linked }, after: { ownerUserId: null } });
  });

  it("accepts a listed account when the 链长 is named, and refuses another", async () => {
    const parkId = (await stored(parkOwner))?.parkId;
    const ok = await call("park", "POST", "/api/chains/owners", { templateCode: NEV, parkId, ownerName: "带账号的链长", ownerUserId: users.park2 });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().ownerAccount).toMatchObject({ id: users.park2 });
    const count = async () => (await t.database.query<{ n: number }>("SELECT count(*)::int AS n FROM chain_owners"))[0]?.n;
    const before = await count();
    const refused = await call("park", "POST", "/api/chains/owners", { templateCode: NEV, parkId, ownerName: "越权账号", ownerUserId: users.otherPark });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.issues[0].path).toBe("ownerUserId");
    expect(await count()).toBe(before);
  });

  it("neither lists nor accepts a disabled account", async () => {
    await t.database.db.update(tables.users).set({ disabled: true }).where(eq(tables.users.id, users.park2));
    try {
      expect(whoIs(await accounts("park", parkOwner))).toEqual(new Set(["park"]));
      const before = await stored(parkOwner);
      expect((await call("park", "PATCH", `/api/chains/owners/${parkOwner}`, { ownerUserId: users.park2 })).statusCode).toBe(400);
      expect(await stored(parkOwner)).toEqual(before);
    } finally {
      await t.database.db.update(tables.users).set({ disabled: false }).where(eq(tables.users.id, users.park2));
    }
  });

  it("refuses the accounts and the link to accounts that may not change the 链长, and changes nothing", async () => {
    const cases: [Who | null, () => number, number][] = [
      ["otherPark", () => parkOwner, 404],
      ["otherProvince", () => parkOwner, 404],
      ["otherProvince", () => provinceOwner, 404],
      ["enterprise", () => parkOwner, 403],
      ["park", () => provinceOwner, 403],
      [null, () => parkOwner, 401],
    ];
    for (const [who, id, status] of cases) {
      const before = await stored(id());
      expect((await call(who, "GET", `/api/chains/owners/${id()}/accounts`)).statusCode, `${who} GET ${id()}`).toBe(status);
      expect((await call(who, "PATCH", `/api/chains/owners/${id()}`, { ownerUserId: who ? users[who] : null })).statusCode, `${who} PATCH ${id()}`).toBe(status);
      expect(await stored(id())).toEqual(before);
    }
    expect((await call("province", "GET", "/api/chains/owners/999999/accounts")).statusCode).toBe(404);
    expect((await call("province", "GET", "/api/chains/owners/abc/accounts")).statusCode).toBe(400);
    expect((await call("province", "PATCH", `/api/chains/owners/${parkOwner}`, { ownerUserId: "park" })).statusCode).toBe(400);
  });

  it("is documented in the OpenAPI description with its response schema", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json() as { paths: Record<string, Record<string, { tags?: string[]; responses?: Record<string, unknown> }>> };
    const op = doc.paths["/api/chains/owners/{id}/accounts"]?.get;
    expect(op?.tags).toEqual(["chains"]);
    expect(JSON.stringify(op?.responses?.["200"])).toContain("tenantName");
  });
});
