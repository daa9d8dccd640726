import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, insertPark, loginAs, TEST_PASSWORD, TEST_PROVINCE, type TestApp } from "./support";
import { createUser } from "@parkpilot/services";

describe("auth routes", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it("logs in, answers who am I, and logs out", async () => {
    const park = await insertPark(t, { name: "甲园区" });
    const { cookie } = await loginAs(t, { role: "park_admin", parkId: park.id });
    const me = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ role: "park_admin", scope: { kind: "park", parkId: park.id, provinceCode: TEST_PROVINCE }, scopeName: "甲园区" });
    const out = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it("sets an httpOnly cookie", async () => {
    await createUser(t.database, { username: "cookie_check", displayName: "c", password: TEST_PASSWORD, membership: { role: "province_admin", provinceCode: TEST_PROVINCE }, createdBy: null });
    const res = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { username: "cookie_check", password: TEST_PASSWORD } });
    expect(String(res.headers["set-cookie"])).toMatch(/HttpOnly/i);
  });

  it.each([
    [{ username: "nobody", password: "whatever1" }, 401, "unauthenticated"],
    [{ username: "cookie_check", password: "wrong-password" }, 401, "unauthenticated"],
    [{ username: "", password: "x" }, 400, "validation"],
    [{ password: "x" }, 400, "validation"],
  ])("rejects %j with %i", async (payload, status, code) => {
    const res = await t.app.inject({ method: "POST", url: "/api/auth/login", payload });
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
  });

  it("answers 400, not 500, to malformed JSON", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/auth/login", headers: { "content-type": "application/json" }, payload: "{not json" });
    expect(res.statusCode).toBe(400);
  });

  it("requires a session for data routes", async () => {
    for (const url of ["/api/parks", "/api/enterprises", "/api/parks/1", "/api/enterprises/1"]) {
      const res = await t.app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBe(401);
    }
  });
});

describe("login attempts per minute (LOGIN_ATTEMPTS_PER_MINUTE)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(undefined, { loginAttemptsPerMinute: 3 });
  });
  afterAll(async () => t.close());

  it("answers the attempt past the limit with 429, its own code and the wait in words, whatever the password", async () => {
    const attempt = () => t.app.inject({ method: "POST", url: "/api/auth/login", payload: { username: "nobody", password: "guess-again1" } });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    const refused = await attempt();
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBeDefined();
    expect(refused.json().error).toMatchObject({ code: "rate_limited", issues: [] });
    expect(refused.json().error.message).toMatch(/^请求过于频繁，请 \d+ 秒后再试 \/ Too many requests, retry in \d+ s$/);
  });
});
