import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeCreditCode } from "@parkpilot/core";
import { openDatabase, tables, type Database } from "@parkpilot/db";
import { createTestDatabase, testBackend, type TestDatabase } from "@parkpilot/db/testing";

const run = promisify(execFile);
/** What `npx parkpilot` runs: the bin, which builds the command line's bundle when its sources changed. */
const bin = new URL("../bin/parkpilot.mjs", import.meta.url).pathname;

/**
 * The CLI as a user runs it: a separate process on the configured database (a PGlite data
 * directory, or the PostgreSQL clone of this test file when the postgres tier runs).
 */
describe("parkpilot CLI", () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let serverClone: TestDatabase | null = null;
  const credit = completeCreditCode("91449900MA0000001");

  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env, timeout: 120_000 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return { code: e.code ?? 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
    }
  };
  const withDb = async <T>(fn: (db: Database) => Promise<T>): Promise<T> => {
    if (serverClone) return fn(serverClone);
    const database = await openDatabase({ kind: "pglite", dataDir: join(dir, "pglite") });
    try {
      return await fn(database);
    } finally {
      await database.close();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "parkpilot-cli-"));
    env = { ...process.env, PARKPILOT_DATA_DIR: dir, LOG_LEVEL: "silent", DATABASE_URL: "" };
    if (testBackend() === "postgres") {
      serverClone = await createTestDatabase();
      if (serverClone.target.kind === "postgres") env.DATABASE_URL = serverClone.target.url;
    }
    expect((await cli("db", "migrate")).code).toBe(0);
    await withDb(async (database) => {
      const [park] = await database.db
        .insert(tables.parks)
        .values({ name: "命令行测试园区", level: "provincial", kind: "industrial", kindText: "工业园区", provinceCode: "99", source: "manual" })
        .returning();
      if (!park) throw new Error("no park");
      const [e] = await database.db.insert(tables.enterprises).values({ creditCode: credit, name: "命令行测试企业", parkId: park.id, provinceCode: "99" }).returning();
      if (!e) throw new Error("no enterprise");
      await database.db.insert(tables.enterpriseAnnual).values({ enterpriseId: e.id, year: 2025, revenue: 100, taxPaid: 5, sourceKind: "manual" });
      env.PARK_ID = String(park.id);
    });
  });
  afterAll(async () => {
    await serverClone?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses bad arguments with a clear message and a non-zero exit", async () => {
    const r = await cli("user", "add", "alice", "--role", "mayor", "--password", "long-enough-1");
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("--role must be province_admin, park_admin or enterprise_user");
    const s = await cli("seed", "demo", "--enterprises", "many");
    expect(s.code).not.toBe(0);
    expect(s.stderr).toContain("--enterprises must be a whole number");
    const two = await cli("user", "add", "dave", "--role", "park_admin", "--park", "1", "--province", "44", "--password", "long-enough-1");
    expect(two.code).toBe(1);
    expect(two.stderr).toContain("--province does not apply to park_admin: an account has one tenant, given by --park");
    // A tenant that does not exist is named, not a database error with its SQL.
    const park = await cli("user", "add", "bob", "--role", "park_admin", "--park", "999999", "--password", "long-enough-1");
    expect(park.code).toBe(1);
    expect(park.stderr).toContain("membership.parkId: no park with id 999999");
    expect(park.stderr).not.toContain("Failed query");
    const province = await cli("user", "add", "carol", "--role", "province_admin", "--province", "00", "--password", "long-enough-1");
    expect(province.code).toBe(1);
    expect(province.stderr).toContain("no province with code 00 in the administrative divisions");
    expect(await withDb((db) => db.query("SELECT username FROM users WHERE username IN ('bob', 'carol')"))).toEqual([]);
  });

  it("adds a user, exports data in the template layout and imports it back", async () => {
    expect((await cli("user", "add", "parkadmin", "--role", "park_admin", "--park", env.PARK_ID ?? "", "--password", "long-enough-1")).code).toBe(0);
    const out = join(dir, "annual.csv");
    const exported = await cli("export", "--kind", "annual", "--user", "parkadmin", "--out", out);
    expect(exported.stdout).toContain("Wrote 1 rows");
    const text = readFileSync(out, "utf8");
    expect(text).toContain(`${credit},2025,100`);
    writeFileSync(out, text.replace(`${credit},2025,100`, `${credit},2025,250`));
    const imported = await cli("import", out, "--kind", "annual", "--user", "parkadmin");
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/Applied batch \d+: 1 rows/);
    const revenue = await withDb((db) => db.query<{ revenue: number; tax_paid: number }>("SELECT revenue, tax_paid FROM enterprise_annual"));
    expect(revenue).toEqual([{ revenue: 250, tax_paid: 5 }]);

    // The same round trip through a workbook: written and read by the on-demand ExcelJS.
    const workbook = join(dir, "annual.xlsx");
    expect((await cli("export", "--kind", "annual", "--user", "parkadmin", "--out", workbook)).stdout).toContain("Wrote 1 rows");
    const again = await cli("import", workbook, "--kind", "annual", "--user", "parkadmin");
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/Applied batch \d+: 1 rows/);
    expect(await withDb((db) => db.query("SELECT revenue, tax_paid FROM enterprise_annual"))).toEqual([{ revenue: 250, tax_paid: 5 }]);
  });

  it("rejects a bad file, prints row and column, and changes nothing", async () => {
    const bad = join(dir, "bad.csv");
    const header = readFileSync(join(dir, "annual.csv"), "utf8").split("\r\n")[0] ?? "";
    const rest = ",".repeat(header.split(",").length - 3);
    writeFileSync(bad, `${header}\r\n${credit},2025,abc${rest}\r\n${credit},2024,\u001b[31m5${rest}\r\n`);
    const report = join(dir, "problems.csv");
    const r = await cli("import", bad, "--kind", "annual", "--user", "parkadmin", "--errors", report);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Rejected batch \d+/);
    expect(r.stderr).toMatch(/row 2, 营业收入\(万元\) = "abc"/);
    // A terminal escape sequence from a cell is shown, not run.
    expect(r.stderr).toContain('row 3, 营业收入(万元) = "\\x1b[31m5"');
    expect(r.stderr).not.toContain("\u001b");
    expect(r.stderr).toContain(`Every problem is in ${report}.`);
    expect(readFileSync(report, "utf8")).toMatch(/^\uFEFF行号 Row,列 Column,原值 Value,问题 Problem\r\n2,营业收入\(万元\),abc,/);
    for (const [file, message] of [
      [join(dir, "missing.csv"), `No file at ${join(dir, "missing.csv")}`],
      [dir, `${dir} is not a file`],
    ] as const) {
      const missing = await cli("import", file, "--kind", "annual", "--user", "parkadmin");
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain(message);
    }
    const revenue = await withDb((db) => db.query<{ revenue: number }>("SELECT revenue FROM enterprise_annual"));
    expect(revenue).toEqual([{ revenue: 250 }]);
  });

  it("applies a file with a value a hundred times the year before, and lists it to check", async () => {
    const header = readFileSync(join(dir, "annual.csv"), "utf8").split("\r\n")[0] ?? "";
    const rest = ",".repeat(header.split(",").length - 3);
    const file = join(dir, "earlier-years.csv");
    // 250 (万元) for 2023, then 25000 for 2024: 元 typed where 万元 was asked, most likely.
    writeFileSync(file, `${header}\r\n${credit},2023,250${rest}\r\n${credit},2024,25000${rest}\r\n`);
    const report = join(dir, "to-check.csv");
    const r = await cli("import", file, "--kind", "annual", "--user", "parkadmin", "--warnings", report);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Applied batch \d+: 2 rows \(2 new, 0 updated\)\.\n1 value\(s\) to check/);
    expect(r.stdout).toMatch(/row 3, 营业收入\(万元\) = 25000: /);
    expect(r.stdout).toContain(`All of them are in ${report}.`);
    expect(readFileSync(report, "utf8")).toContain("25000");
    const stored = await withDb((db) => db.query<{ year: number; revenue: number }>("SELECT year, revenue FROM enterprise_annual ORDER BY year"));
    expect(stored).toEqual([
      { year: 2023, revenue: 250 },
      { year: 2024, revenue: 25000 },
      { year: 2025, revenue: 250 },
    ]);
  });

  it("lists the unresolved alerts (open and acknowledged, not resolved), most severe first", async () => {
    const parkId = Number(env.PARK_ID);
    const alert = (period: string, severity: "critical" | "warning" | "info", status: "open" | "acknowledged" | "resolved") => ({
      ruleId: "cli_test",
      ruleVersion: "1",
      subject: `park:${parkId}`,
      parkId,
      provinceCode: "99",
      period,
      severity,
      title: `命令行测试预警 ${period}`,
      evidence: {},
      status,
    });
    const ids = await withDb(async (db) =>
      (
        await db.db
          .insert(tables.alerts)
          .values([alert("2025-10", "warning", "open"), alert("2025-11", "info", "resolved"), alert("2025-12", "critical", "acknowledged")])
          .returning({ id: tables.alerts.id })
      ).map((r) => r.id),
    );
    const json = await cli("evaluate", "alerts", "--province", "99", "--no-recompute", "--format", "json");
    expect(json.code, json.stderr).toBe(0);
    const listed = JSON.parse(json.stdout) as { id: number; severity: string; status: string }[];
    expect(listed.map((a) => [a.id, a.severity, a.status])).toEqual([
      [ids[2], "critical", "acknowledged"],
      [ids[0], "warning", "open"],
    ]);
    const table = await cli("evaluate", "alerts", "--province", "99", "--no-recompute");
    expect(table.stdout.split("\n")[0]?.trimEnd()).toMatch(/^id\s+severity\s+period\s+status\s+park\s+alert$/);
    expect(table.stdout).toContain("命令行测试预警 2025-12");
    expect(table.stdout).not.toContain("命令行测试预警 2025-11");
    expect(table.stderr).toContain("2 alerts");
  });
});
