import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MONTHLY_FIELDS } from "@parkpilot/core";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import type { Actor } from "../src/tenancy/actor";
import { columnHeader, importColumns, importFile } from "../src/imports";
import { createActor, createEnterprise, createPark, csvFile, dataChecksums, parkScope, xlsxFile } from "./factories";

describe("monthly indicator import", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let actor: Actor;
  let code: string;
  let enterpriseId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-06-01T08:00:00Z") } };
    const park = await createPark(database);
    const enterprise = await createEnterprise(database, park);
    code = enterprise.creditCode;
    enterpriseId = enterprise.id;
    actor = await createActor(database, parkScope(park));
  });
  afterAll(async () => database.dispose());

  const periods = async () =>
    (await database.query<{ period: string; output: number | null }>("SELECT period, output FROM enterprise_monthly WHERE enterprise_id = $1 ORDER BY period", [enterpriseId])).map(
      (r) => [r.period, r.output],
    );

  it("reads the month however Excel or a person wrote it", async () => {
    const body = await xlsxFile([
      ["统一社会信用代码", "月份", "工业总产值(万元)"],
      [code, new Date(Date.UTC(2024, 2, 1)), 10], // Excel turned a typed "2024-03" into a date
      [code, "2024/4", 11],
      [code, "2024年5月", 12],
      [code, "202406", 13],
    ]);
    const outcome = await importFile(ctx, { actor, kind: "monthly", fileName: "月报.xlsx", body, maxBytes: 1 << 20 });
    expect(outcome.errors).toEqual([]);
    expect(await periods()).toEqual([
      ["2024-03", 10],
      ["2024-04", 11],
      ["2024-05", 12],
      ["2024-06", 13],
    ]);
  });

  it("rejects months in the future, impossible months and full dates", async () => {
    const before = await dataChecksums(database);
    const body = await xlsxFile([
      ["统一社会信用代码", "月份", "工业总产值(万元)"],
      [code, "2026-06", 1],
      [code, "2024-13", 1],
      [code, new Date(Date.UTC(2024, 2, 15)), 1],
      [code, "2024.1", 1],
    ]);
    const outcome = await importFile(ctx, { actor, kind: "monthly", fileName: "bad.xlsx", body, maxBytes: 1 << 20 });
    expect(outcome.errors).toEqual([
      expect.objectContaining({ row: 2, column: "月份", value: "2026-06", message: expect.stringContaining("1990-01 至 2026-05 之间（月度数据只报送已结束的月份）") }),
      expect.objectContaining({ row: 3, value: "2024-13", message: expect.stringContaining("不是有效月份") }),
      expect.objectContaining({ row: 4, value: "2024-03-15", message: expect.stringContaining("不是有效月份") }),
      // 2024.1 could be January or October (2024.10): never guessed.
      expect.objectContaining({ row: 5, value: "2024.1", message: expect.stringContaining("不是有效月份") }),
    ]);
    expect(await dataChecksums(database)).toEqual(before);
  });

  it("takes the calendar of China: at 01:00 on 1 January in Beijing December has ended", async () => {
    const newYear: ServiceContext = { database, clock: { now: () => new Date("2025-12-31T17:00:00Z") } };
    const outcome = await importFile(newYear, {
      actor,
      kind: "monthly",
      fileName: "jan.csv",
      body: csvFile([["统一社会信用代码", "月份", "工业总产值(万元)"], [code, "2025-12", 5]]),
      maxBytes: 1 << 20,
    });
    expect(outcome.errors).toEqual([]);
  });

  it("imports the full template layout and re-imports it to the same data", async () => {
    const header = importColumns("monthly").map(columnHeader);
    const rows = [1, 2, 3].map((m) => [code, `2025-0${m}`, ...MONTHLY_FIELDS.map((f, i) => (f.kind === "integer" ? 10 + m : `${m}${i}.5`))]);
    const body = csvFile([header, ...rows]);
    const first = await importFile(ctx, { actor, kind: "monthly", fileName: "2025Q1.csv", body, maxBytes: 1 << 20 });
    expect(first.batch).toMatchObject({ status: "applied", insertedCount: 3 });
    const [jan] = await database.query<Record<string, unknown>>("SELECT output, revenue, employees, source_row FROM enterprise_monthly WHERE enterprise_id = $1 AND period = '2025-01'", [enterpriseId]);
    expect(jan).toEqual({ output: 10.5, revenue: 11.5, employees: 11, source_row: 2 });
    const snapshot = await database.query("SELECT * FROM enterprise_monthly WHERE period LIKE '2025-%' ORDER BY period");
    const again = await importFile(ctx, { actor, kind: "monthly", fileName: "2025Q1.csv", body, maxBytes: 1 << 20 });
    expect(again.batch).toMatchObject({ status: "applied", insertedCount: 0, updatedCount: 3 });
    const after = await database.query<Record<string, unknown>>("SELECT * FROM enterprise_monthly WHERE period LIKE '2025-%' ORDER BY period");
    expect(after.map(({ source_batch_id: _b, ...rest }) => rest)).toEqual(snapshot.map(({ source_batch_id: _b, ...rest }) => rest));
  });
});
