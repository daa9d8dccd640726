import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { tables } from "@parkpilot/db";
import { createTestApp, insertEnterprise, insertPark, loginAs, TEST_PROVINCE, type TestApp } from "./support";

const NEV = "new-energy-vehicle";
type Who = "province" | "province2" | "park" | "park2" | "otherPark" | "enterprise" | "otherProvince";

interface Member {
  name: string;
  role: string;
  userId?: number;
  account?: { id: number; displayName: string };
}

/**
 * Linking a 链长's team members to platform accounts follows the rule of the 链长's own account:
 * PATCH /api/chains/owners/:id (and the create) accept for team.N.userId exactly the accounts GET
 * /api/chains/owners/:id/accounts lists (the active accounts of the 链长's own park, or of the
 * province for a province-level 链长); the link shows on the member, is audited and can be undone.
 * Every other account is refused with the member's field and changes nothing, and the accounts that
 * may not change the 链长 are refused before (404 out of scope, 403 to enterprises and to a park
 * account for a province-level 链长).
 */
describe("a 链长's team members' linked accounts", () => {
  let t: TestApp;
  let parkId: number;
  let parkOwner: number;
  let provinceOwner: number;
  const cookies: Partial<Record<Who, string>> = {};
  const users = {} as Record<Who, number>;
  const everyone = (): Who[] => Object.keys(users) as Who[];
  const call = (who: Who | null, method: "GET" | "POST" | "PATCH", url: string, payload?: Record<string, unknown>) =>
    t.app.inject({ method, url, headers: who ? { cookie: cookies[who] ?? "" } : {}, ...(payload ? { payload } : {}) });
  const listed = async (who: Who, id: number): Promise<Set<number>> => {
    const res = await call(who, "GET", `/api/chains/owners/${id}/accounts`);
    expect(res.statusCode, res.body).toBe(200);
    return new Set((res.json() as { items: { id: number }[] }).items.map((i) => i.id));
  };
  const stored = async (id: number) => (await t.database.db.select().from(tables.chainOwners).where(eq(tables.chainOwners.id, id)))[0];
  const teamOf = async (who: Who, id: number): Promise<Member[] | undefined> =>
    ((await call(who, "GET", "/api/chains/owners")).json() as { items: { id: number; team: Member[] }[] }).items.find((o) => o.id === id)?.team;
  const withMember = (userId: number | undefined): Member[] => [{ name: "招商专员", role: "专员" }, { name: "联络员", role: "联络", ...(userId !== undefined ? { userId } : {}) }];
  const setDisabled = (who: Who, disabled: boolean) => t.database.db.update(tables.users).set({ disabled }).where(eq(tables.users.id, users[who]));

  beforeAll(async () => {
    t = await createTestApp();
    const park = await insertPark(t, { name: "专班园区" });
    parkId = park.id;
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
    const owner = await call("park", "POST", "/api/chains/owners", { templateCode: NEV, parkId, ownerName: "园区链长", team: withMember(undefined) });
    expect(owner.statusCode, owner.body).toBe(201);
    parkOwner = owner.json().id;
    const provincial = await call("province", "POST", "/api/chains/owners", { templateCode: NEV, ownerName: "省级链长", team: withMember(undefined) });
    expect(provincial.statusCode, provincial.body).toBe(201);
    provinceOwner = provincial.json().id;
  });
  afterAll(async () => t.close());

  it.each([
    ["a park 链长", "park", "province", () => parkOwner, ["park", "park2"]],
    ["a province-level 链长", "province", "province2", () => provinceOwner, ["province", "province2"]],
  ] as const)("links a member of %s to exactly the accounts listed (by either writer), shows the link, audits it, and changes nothing on a refusal", async (_label, writer, otherWriter, id, expected) => {
    const accepted = await listed(writer, id());
    expect(accepted).toEqual(new Set(expected.map((w) => users[w])));
    expect(await listed(otherWriter, id())).toEqual(accepted);
    for (const who of everyone()) {
      const before = await stored(id());
      const res = await call(writer, "PATCH", `/api/chains/owners/${id()}`, { team: withMember(users[who]) });
      if (accepted.has(users[who])) {
        expect(res.statusCode, `${who}: ${res.body}`).toBe(200);
        expect(res.json().team[1]).toEqual({ name: "联络员", role: "联络", userId: users[who], account: { id: users[who], displayName: expect.stringContaining(who.startsWith("park") ? "park_admin" : "province_admin") } });
        expect(res.json().team[0]).toEqual({ name: "招商专员", role: "专员" });
      } else {
        expect(res.statusCode, `${who}: ${res.body}`).toBe(400);
        expect(res.json().error.issues).toEqual([{ path: "team.1.userId", message: expect.stringContaining(String(users[who])) }]);
        expect(await stored(id())).toEqual(before);
      }
    }
    const linked = users[expected[1]];
    expect((await call(otherWriter, "PATCH", `/api/chains/owners/${id()}`, { team: withMember(linked) })).statusCode).toBe(200);
    expect((await teamOf(writer, id()))?.[1]?.account?.id).toBe(linked);
    // Renaming leaves the link; a member sent without its account is unlinked.
    const renamed = await call(writer, "PATCH", `/api/chains/owners/${id()}`, { ownerTitle: "主任" });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().team[1].userId).toBe(linked);
    const unlinked = await call(writer, "PATCH", `/api/chains/owners/${id()}`, { team: withMember(undefined) });
    expect(unlinked.statusCode, unlinked.body).toBe(200);
    expect(unlinked.json().team[1]).toEqual({ name: "联络员", role: "联络" });
    expect((await stored(id()))?.team[1]?.userId).toBeUndefined();
    const trail = await t.database.query<{ before: { team: Member[] }; after: { team: Member[] } }>(
      "SELECT before, after FROM audit_log WHERE entity = 'chain_owner' AND action = 'chain_owner.update' AND entity_key = $1 ORDER BY id",
      [String(id())],
    );
    expect(trail.at(-1)).toMatchObject({ before: { team: [{ name: "招商专员" }, { name: "联络员", userId: linked }] }, after: { team: [{ name: "招商专员" }, { name: "联络员" }] } });
    expect(trail.at(-1)?.after.team[1]?.userId).toBeUndefined();
  });

  it("accepts a listed account when the 链长 is named with its team, and refuses another", async () => {
    const ok = await call("park", "POST", "/api/chains/owners", { templateCode: NEV, parkId, ownerName: "带专班的链长", team: withMember(users.park2) });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().team[1].account).toMatchObject({ id: users.park2 });
    const count = async () => (await t.database.query<{ n: number }>("SELECT count(*)::int AS n FROM chain_owners"))[0]?.n;
    const before = await count();
    for (const who of ["province", "otherPark", "enterprise", "otherProvince"] as const) {
      const refused = await call("park", "POST", "/api/chains/owners", { templateCode: NEV, parkId, ownerName: "越权专班", team: withMember(users[who]) });
      expect(refused.statusCode, who).toBe(400);
      expect(refused.json().error.issues).toEqual([{ path: "team.1.userId", message: expect.stringContaining(String(users[who])) }]);
    }
    const provincial = await call("province", "POST", "/api/chains/owners", { templateCode: NEV, ownerName: "省级越权专班", team: withMember(users.park) });
    expect(provincial.statusCode).toBe(400);
    expect(provincial.json().error.issues[0].path).toBe("team.1.userId");
    expect(await count()).toBe(before);
  });

  it("neither lists nor accepts a disabled account, and keeps a link the team held before the account was disabled", async () => {
    await setDisabled("park2", true);
    try {
      expect(await listed("park", parkOwner)).toEqual(new Set([users.park]));
      const before = await stored(parkOwner);
      const refused = await call("park", "PATCH", `/api/chains/owners/${parkOwner}`, { team: withMember(users.park2) });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.issues).toEqual([{ path: "team.1.userId", message: expect.stringContaining(String(users.park2)) }]);
      expect(await stored(parkOwner)).toEqual(before);
    } finally {
      await setDisabled("park2", false);
    }
    expect((await call("park", "PATCH", `/api/chains/owners/${parkOwner}`, { team: withMember(users.park2) })).statusCode).toBe(200);
    await setDisabled("park2", true);
    try {
      // Changing the team (or the 链长) is not refused for a member linked before; the link stays until it is undone.
      const kept = await call("park", "PATCH", `/api/chains/owners/${parkOwner}`, { ownerName: "园区链长（改）", team: [...withMember(users.park2), { name: "新成员", role: "专员" }] });
      expect(kept.statusCode, kept.body).toBe(200);
      expect(kept.json().team[1].userId).toBe(users.park2);
      const undone = await call("park", "PATCH", `/api/chains/owners/${parkOwner}`, { team: withMember(undefined) });
      expect(undone.statusCode).toBe(200);
      expect((await call("park", "PATCH", `/api/chains/owners/${parkOwner}`, { team: withMember(users.park2) })).statusCode).toBe(400);
    } finally {
      await setDisabled("park2", false);
    }
  });

  it("refuses the link to accounts that may not change the 链长, and changes nothing", async () => {
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
      const res = await call(who, "PATCH", `/api/chains/owners/${id()}`, { team: withMember(who ? users[who] : users.park) });
      expect(res.statusCode, `${who} PATCH ${id()}`).toBe(status);
      expect(await stored(id())).toEqual(before);
    }
    const bad = await call("park", "PATCH", `/api/chains/owners/${parkOwner}`, { team: [{ name: "联络员", role: "联络", userId: "park" }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe("body.team.0.userId");
  });
});
