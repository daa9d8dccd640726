import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, insertEnterprise, insertPark, loginAs, TEST_PROVINCE, type TestApp } from "./support";

/**
 * Input the database cannot take is refused at the edge with 400 and the field named, never a
 * 500 from the database (each case here answered 500 before; found by fuzzing every route).
 */
describe("bad input is a 400 naming the field, not a 500 from the database", () => {
  let t: TestApp;
  let province: string;
  let park: string;
  let parkId: number;
  let enterpriseId: number;
  const issuesOf = (body: string): { path: string; message: string }[] => (JSON.parse(body) as { error: { issues: { path: string; message: string }[] } }).error.issues;

  beforeAll(async () => {
    t = await createTestApp(); // the clock says 2026-06-01
    parkId = (await insertPark(t)).id;
    enterpriseId = (await insertEnterprise(t, parkId)).id;
    province = (await loginAs(t, { role: "province_admin", provinceCode: TEST_PROVINCE })).cookie;
    park = (await loginAs(t, { role: "park_admin", parkId })).cookie;
  });
  afterAll(async () => t.close());

  it("a NUL character anywhere, even before login, is refused with its place", async () => {
    const login = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { username: "a\u0000b", password: "x" } });
    expect(login.statusCode).toBe(400);
    expect(issuesOf(login.body)).toEqual([{ path: "body.username", message: "must not contain a NUL character (U+0000)" }]);
    const search = await t.app.inject({ method: "GET", url: "/api/parks?q=%00", headers: { cookie: province } });
    expect(search.statusCode).toBe(400);
    expect(issuesOf(search.body)[0]?.path).toBe("querystring.q");
  });

  it("a lone surrogate in a nested field is refused, and nothing is stored", async () => {
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/enterprises/${enterpriseId}/annual/2025`,
      headers: { cookie: park },
      payload: { values: { revenue: 1 }, note: "ok\ud800" },
    });
    expect(res.statusCode).toBe(400);
    expect(issuesOf(res.body)).toEqual([{ path: "body.note", message: "must be well-formed Unicode (it contains a lone surrogate)" }]);
    expect(await t.database.query("SELECT 1 FROM enterprise_annual WHERE enterprise_id = $1", [enterpriseId])).toEqual([]);
  });

  it.each([
    ["2147483648", "beyond the integer ids"],
    ["0x10", "hexadecimal"],
    ["1e3", "exponent"],
    ["007", "leading zeros"],
  ])("an id %s (%s) is refused as an id", async (id) => {
    const res = await t.app.inject({ method: "GET", url: `/api/parks/${id}`, headers: { cookie: province } });
    expect(res.statusCode).toBe(400);
    expect(issuesOf(res.body)[0]).toEqual({ path: "params.id", message: "must be an id: a whole number from 1 to 2147483647" });
    const list = await t.app.inject({ method: "GET", url: `/api/enterprises?parkId=${id}`, headers: { cookie: province } });
    expect(list.statusCode).toBe(400);
  });

  it("a value so large that sums overflow is refused; the province's views keep working", async () => {
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/enterprises/${enterpriseId}/annual/2025`,
      headers: { cookie: park },
      payload: { values: { revenue: 1.7e308, industrialOutput: 1e15 } },
    });
    expect(res.statusCode).toBe(400);
    expect(issuesOf(res.body)).toEqual([{ path: "values.revenue", message: "营业收入 must be at most 1000000000000000 万元 in magnitude" }]);
    const ok = await t.app.inject({ method: "PUT", url: `/api/enterprises/${enterpriseId}/annual/2025`, headers: { cookie: park }, payload: { values: { revenue: 1e15, industrialOutput: 1e15 } } });
    expect(ok.statusCode).toBe(200);
    expect((await t.app.inject({ method: "GET", url: "/api/parks?year=2025", headers: { cookie: province } })).statusCode).toBe(200);
  });

  it("data for a year or month that has not ended is refused, as in imports", async () => {
    const year = await t.app.inject({ method: "PUT", url: `/api/enterprises/${enterpriseId}/annual/2026`, headers: { cookie: park }, payload: { values: { revenue: 1 } } });
    expect(year.statusCode).toBe(400);
    expect(issuesOf(year.body)).toEqual([{ path: "year", message: "must be a year from 1990 to 2025 (annual data is reported for years that have ended)" }]);
    const month = await t.app.inject({ method: "PUT", url: `/api/enterprises/${enterpriseId}/monthly/2026-06`, headers: { cookie: park }, payload: { values: { output: 1 } } });
    expect(month.statusCode).toBe(400);
    expect(issuesOf(month.body)[0]?.path).toBe("period");
    const farMonth = await t.app.inject({ method: "PUT", url: `/api/enterprises/${enterpriseId}/monthly/0000-01`, headers: { cookie: park }, payload: { values: { output: 1 } } });
    expect(farMonth.statusCode).toBe(400);
    expect(issuesOf(farMonth.body)[0]?.path).toBe("params.period");
    // The last month and year that have ended are taken.
    const lastMonth = await t.app.inject({ method: "PUT", url: `/api/enterprises/${enterpriseId}/monthly/2026-05`, headers: { cookie: park }, payload: { values: { output: 1 } } });
    expect(lastMonth.statusCode).toBe(200);
    const lastYear = await t.app.inject({ method: "PUT", url: `/api/enterprises/${enterpriseId}/annual/2025`, headers: { cookie: park }, payload: { values: { revenue: 1 } } });
    expect(lastYear.statusCode).toBe(200);
  });

  it.each(["2025-02-29", "2025-13-01", "0000-01-01", "1899-12-31"])("a date %s that is not a day of 1900–2100 is refused", async (day) => {
    const honour = await t.app.inject({ method: "POST", url: "/api/gradient/honours", headers: { cookie: park }, payload: { enterpriseId, tier: "high_tech", validFrom: day } });
    expect(honour.statusCode).toBe(400);
    expect(issuesOf(honour.body)[0]?.path).toBe("body.validFrom");
    const card = await t.app.inject({ method: "GET", url: `/api/gradient/enterprises/${enterpriseId}/card?asOf=${day}`, headers: { cookie: park } });
    expect(card.statusCode).toBe(400);
    expect(issuesOf(card.body)[0]?.path).toBe("querystring.asOf");
  });

  it("an evaluation day that some years lack is refused", async () => {
    for (const evaluationDay of ["02-29", "02-30", "04-31"]) {
      const res = await t.app.inject({ method: "PUT", url: "/api/gradient/settings", headers: { cookie: province }, payload: { evaluationDay } });
      expect(res.statusCode).toBe(400);
      expect(issuesOf(res.body)[0]?.path).toBe("body.evaluationDay");
    }
  });

  it("an upload whose file part has no file name is refused on both upload routes", async () => {
    const boundary = "XX";
    const payload =
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nannual\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"\r\nContent-Type: application/octet-stream\r\n\r\na,b\r\n--${boundary}--\r\n`;
    const headers = { cookie: park, "content-type": `multipart/form-data; boundary=${boundary}` };
    for (const url of ["/api/imports", "/api/gradient/honours/import"]) {
      const res = await t.app.inject({ method: "POST", url, headers, payload });
      expect(res.statusCode).toBe(400);
      expect(issuesOf(res.body)[0]?.path).toBe("file");
    }
    expect(await t.database.query("SELECT 1 FROM import_batches")).toEqual([]);
  });

  it("a value the database refuses that validation let through is still a 400, not a 500", async () => {
    const probe = await createTestApp();
    probe.app.get("/test/overflow", async () => probe.database.query("SELECT 1e308::float8 * 10 AS x"));
    const res = await probe.app.inject({ method: "GET", url: "/test/overflow" });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: "validation", message: "A value of the request is out of range or malformed", issues: [] } });
    await probe.close();
  });
});
