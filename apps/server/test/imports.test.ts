import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildImportTemplate } from "@parkpilot/services";
import { createTestApp, insertEnterprise, insertPark, loginAs, type TestApp } from "./support";

/** Builds a multipart body by hand: kind first, then the file, as the web page sends it. */
const multipart = (kind: string, fileName: string, content: Buffer) => {
  const boundary = "----parkpilot-test-boundary";
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, content, tail]), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
};

describe("import routes", () => {
  let t: TestApp;
  let creditA: string;
  let creditB: string;
  const cookies: Record<string, string> = {};
  let header: string;

  beforeAll(async () => {
    t = await createTestApp();
    const parkA = await insertPark(t);
    const parkB = await insertPark(t);
    creditA = (await insertEnterprise(t, parkA.id)).creditCode;
    creditB = (await insertEnterprise(t, parkB.id)).creditCode;
    cookies.a = (await loginAs(t, { role: "park_admin", parkId: parkA.id })).cookie;
    cookies.b = (await loginAs(t, { role: "park_admin", parkId: parkB.id })).cookie;
    header = (await buildImportTemplate("annual", "csv")).body.toString("utf8").replace(/^\ufeff/, "").trim();
  });
  afterAll(async () => t.close());

  const csv = (rows: string[][]) => {
    const columns = header.split(",").length;
    return Buffer.from(`\ufeff${header}\r\n${rows.map((r) => [...r, ...Array(columns - r.length).fill("")].join(",")).join("\r\n")}\r\n`, "utf8");
  };
  const upload = (who: string, kind: string, name: string, body: Buffer) => {
    const m = multipart(kind, name, body);
    return t.app.inject({ method: "POST", url: "/api/imports", payload: m.payload, headers: { ...m.headers, cookie: cookies[who] ?? "" } });
  };

  it("serves templates in both formats", async () => {
    const xlsx = await t.app.inject({ method: "GET", url: "/api/imports/templates/annual?format=xlsx", headers: { cookie: cookies.a ?? "" } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const bad = await t.app.inject({ method: "GET", url: "/api/imports/templates/bogus", headers: { cookie: cookies.a ?? "" } });
    expect(bad.statusCode).toBe(400);
  });

  it("applies a valid file and records it in the history", async () => {
    const res = await upload("a", "annual", "年报.csv", csv([[creditA, "2025", "1234.5"]]));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: "applied", rowCount: 1, insertedCount: 1, fileName: "年报.csv" });
    const list = (await t.app.inject({ method: "GET", url: "/api/imports", headers: { cookie: cookies.a ?? "" } })).json();
    expect(list.items[0]).toMatchObject({ status: "applied", fileName: "年报.csv" });
  });

  it("rejects a file with another park's enterprise, lists the row error, offers the report, and changes nothing", async () => {
    const before = await t.database.query("SELECT count(*)::int AS n FROM enterprise_annual");
    const res = await upload("a", "annual", "bad.csv", csv([[creditA, "2024", "10"], [creditB, "2024", "10"]]));
    expect(res.statusCode).toBe(201);
    const batch = res.json();
    expect(batch.status).toBe("rejected");
    expect(await t.database.query("SELECT count(*)::int AS n FROM enterprise_annual")).toEqual(before);
    const detail = (await t.app.inject({ method: "GET", url: `/api/imports/${batch.id}`, headers: { cookie: cookies.a ?? "" } })).json();
    expect(detail.errors.items[0]).toMatchObject({ row: 3 });
    const report = await t.app.inject({ method: "GET", url: `/api/imports/${batch.id}/errors?format=csv`, headers: { cookie: cookies.a ?? "" } });
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain(creditB);
    // Another park cannot see the batch.
    expect((await t.app.inject({ method: "GET", url: `/api/imports/${batch.id}`, headers: { cookie: cookies.b ?? "" } })).statusCode).toBe(404);
  });

  it("applies a file with a value 10,000 times the year before and returns the values to check in the status payload and their report", async () => {
    const seeded = await upload("a", "annual", "2023.csv", csv([[creditA, "2023", "1234.5"]]));
    expect(seeded.json()).toMatchObject({ status: "applied", warningCount: 0 });
    const res = await upload("a", "annual", "2024-in-yuan.csv", csv([[creditA, "2024", "12345000"]]));
    expect(res.statusCode).toBe(201);
    const batch = res.json();
    expect(batch).toMatchObject({ status: "applied", rowCount: 1, errorCount: 0, warningCount: 1 });
    const detail = await t.app.inject({ method: "GET", url: `/api/imports/${batch.id}?page=1&pageSize=10`, headers: { cookie: cookies.a ?? "" } });
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toEqual({
      batch: expect.objectContaining({ id: batch.id, status: "applied", warningCount: 1 }),
      errors: { items: [], total: 0, page: 1, pageSize: 10 },
      warnings: {
        items: [
          {
            row: 2,
            column: "营业收入(万元)",
            field: "revenue",
            value: 12_345_000,
            referenceValue: 1234.5,
            referencePeriod: "2023",
            referenceRow: null,
            message: expect.stringMatching(/^约为上年（2023 年，已存数据） 1,234\.5 万元的 10,000 倍.*（about 10,000× the year before \(2023, stored\)/),
          },
        ],
        total: 1,
        page: 1,
        pageSize: 10,
      },
    });
    const list = (await t.app.inject({ method: "GET", url: "/api/imports", headers: { cookie: cookies.a ?? "" } })).json();
    expect(list.items[0]).toMatchObject({ id: batch.id, warningCount: 1 });
    const report = await t.app.inject({ method: "GET", url: `/api/imports/${batch.id}/warnings?format=csv`, headers: { cookie: cookies.a ?? "" } });
    expect(report.statusCode).toBe(200);
    expect(report.headers["content-disposition"]).toContain(`import-${batch.id}-warnings.csv`);
    expect(report.body).toContain("2,营业收入(万元),12345000,2023,1234.5,");
    // Another park sees neither the batch nor its report.
    expect((await t.app.inject({ method: "GET", url: `/api/imports/${batch.id}/warnings?format=csv`, headers: { cookie: cookies.b ?? "" } })).statusCode).toBe(404);
  });

  it.each([
    ["an unknown kind", "bogus", 400],
    ["no session", "annual", 401],
  ])("answers %s with %i", async (_label, kind, status) => {
    const res = await upload(status === 401 ? "nobody" : "a", kind, "x.csv", csv([[creditA, "2025", "1"]]));
    expect(res.statusCode).toBe(status);
  });

  it("answers 413 for a file over the limit", async () => {
    const big = Buffer.alloc(6 * 1024 * 1024, "a");
    expect((await upload("a", "annual", "big.csv", big)).statusCode).toBe(413);
  });
});
