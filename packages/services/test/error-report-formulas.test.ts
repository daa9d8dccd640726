import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import { buildErrorReport, importFile } from "../src/imports";
import { csvField, spreadsheetSafeText } from "../src/imports/csv-field";
import { createActor, createEnterprise, createPark, csvFile, parkScope } from "./factories";

describe("spreadsheetSafeText: what a spreadsheet would run as a formula gets an apostrophe", () => {
  it.each([
    ["=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"],
    ["+1+1", "'+1+1"],
    ["-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["-35.5", "-35.5"],
    ["+12", "+12"],
    ["-", "'-"],
    ["1,234.5", "1,234.5"],
    ["营业收入=100", "营业收入=100"],
    ["", ""],
  ])("%j → %j", (text, safe) => {
    expect(spreadsheetSafeText(text)).toBe(safe);
  });

  it("csvField quotes only what needs quoting", () => {
    expect(csvField("a")).toBe("a");
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("a\nb")).toBe('"a\nb"');
  });
});

describe("the CSV error report never carries an uploader's formula", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-06-01T08:00:00Z") } };
  });
  afterAll(async () => database.dispose());

  it("neutralises values that are formulas and keeps the rest as the file showed them", async () => {
    const park = await createPark(database);
    const enterprise = await createEnterprise(database, park);
    const actor = await createActor(database, parkScope(park));
    const body = csvFile([
      ["统一社会信用代码", "年份", "营业收入(万元)"],
      [enterprise.creditCode, 2024, '=HYPERLINK("http://evil.example","点击")'],
      [enterprise.creditCode, 2023, "-1"],
    ]);
    const { batch } = await importFile(ctx, { actor, kind: "annual", fileName: "evil.csv", body, maxBytes: 1 << 20 });
    expect(batch.status).toBe("rejected");
    const report = (await buildErrorReport(ctx, actor.scope, batch.id, "csv")).body.toString("utf8");
    expect(report).toContain(`"'=HYPERLINK(""http://evil.example"",""点击"")"`);
    expect(report).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(report).toMatch(/,-1,/);
  });
});
