import type { TEnterpriseSummary } from "@parkpilot/contracts";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiLogin } from "./support/api";
import { noPageErrors, openAs, screenshot, settle, type AppSession } from "./support/app";

const baseUrl = inject("baseUrl");

/** Splits one CSV line (the templates quote only where needed). */
const csvCells = (line: string): string[] => {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  return cells;
};

const csv = (rows: readonly (readonly string[])[]): string => `\ufeff${rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\n")}\n`;

describe("data import through the page: templates, all-or-nothing upload, row errors, history", () => {
  let session: AppSession;
  let header: string[];
  let enterprises: TEnterpriseSummary[];
  const dir = mkdtempSync(join(tmpdir(), "parkpilot-import-"));

  beforeAll(async () => {
    const api = await apiLogin(baseUrl, "park");
    enterprises = (await api.get<{ items: TEnterpriseSummary[] }>("/api/enterprises?pageSize=3&sort=name")).body.items;
    session = await openAs(baseUrl, "park");
    await session.page.goto(`${baseUrl}/imports`);
    await settle(session.page);
  });
  afterAll(async () => {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("says that nothing is applied unless the whole file is valid, and offers every template", async () => {
    const { page } = session;
    expect(await page.getByTestId("all-or-nothing").innerText()).toContain("整份文件全部校验通过后才会写入");
    for (const kind of ["enterprises", "annual", "monthly", "parcels"]) {
      expect(await page.getByTestId(`template-${kind}-xlsx`).count()).toBe(1);
      expect(await page.getByTestId(`template-${kind}-csv`).count()).toBe(1);
    }
    const download = page.waitForEvent("download");
    await page.getByTestId("template-annual-csv").click();
    const path = await (await download).path();
    const text = readFileSync(path, "utf8").replace(/^\ufeff/, "");
    header = csvCells(text.split(/\r?\n/)[0] ?? "");
    expect(header[0]).toContain("统一社会信用代码");
    expect(header.some((h) => h.startsWith("营业收入"))).toBe(true);
    const xlsx = page.waitForEvent("download");
    await page.getByTestId("template-annual-xlsx").click();
    expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);
  });

  const pick = (name: string): string => {
    const h = header.find((x) => x === name || x.startsWith(`${name}(`) || x.startsWith(`${name}（`) || x.startsWith(`${name} (`));
    if (!h) throw new Error(`the annual template has no column ${name}: ${header.join(" | ")}`);
    return h;
  };

  const upload = async (fileName: string, content: string) => {
    const { page } = session;
    const path = join(dir, fileName);
    writeFileSync(path, content);
    await page.getByTestId("import-kind").click();
    await page.locator(".ant-select-item-option", { hasText: "企业年度指标" }).click();
    await page.locator("input[type=file]").setInputFiles(path);
    await page.getByTestId("import-start").click();
  };

  it("applies a valid file and reports the counts", async () => {
    const { page } = session;
    const cols = [pick("统一社会信用代码"), pick("年份"), pick("营业收入"), pick("从业人员年平均人数")];
    const rows = enterprises.map((e, i) => [e.creditCode, "2025", String(1000 + i * 111.5), String(50 + i)]);
    await upload("年度指标-正确.csv", csv([cols, ...rows]));
    const applied = page.getByTestId("import-applied");
    await applied.waitFor({ timeout: 30_000 });
    expect(await applied.innerText()).toContain("已全部校验通过并写入");
    expect(await applied.innerText()).toMatch(/行数\s*3/);
    expect(await page.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("100");
    await screenshot(page, "import-applied");
  });

  it("shows the import as the provenance of the values it wrote", async () => {
    const { page } = session;
    const first = enterprises[0];
    if (!first) throw new Error("no enterprise");
    await page.goto(`${baseUrl}/enterprises/${first.id}`);
    await settle(page);
    const row = page.getByTestId("annual-table").locator("tr.ant-table-row", { hasText: "营业收入" }).first();
    const cell = row.locator("[data-source-kind=import]").first();
    await expect.poll(() => cell.count()).toBe(1);
    expect(await cell.innerText()).toBe("1,000.00");
    await cell.hover();
    await expect.poll(() => page.locator(".ant-tooltip:visible").innerText()).toMatch(/导入：年度指标-正确\.csv 第 2 行/);
    await page.goto(`${baseUrl}/imports`);
    await settle(page);
  });

  it("rejects a file with errors as a whole and lists every row error with the downloadable report", async () => {
    const { page } = session;
    const cols = [pick("统一社会信用代码"), pick("年份"), pick("营业收入"), pick("从业人员年平均人数")];
    const good = enterprises[0];
    if (!good) throw new Error("no enterprise");
    const rows = [
      [good.creditCode, "2025", "999999", "10"], // valid, but must not be applied
      ["91440000ABCDEFGH1X", "2025", "100", "10"], // bad check character
      [good.creditCode, "1890", "-5", "3.5"], // bad year, negative money, fractional headcount
    ];
    await upload("年度指标-有错误.csv", csv([cols, ...rows]));
    const rejected = page.getByTestId("import-rejected");
    await rejected.waitFor({ timeout: 30_000 });
    expect(await rejected.innerText()).toContain("本次没有写入任何数据");
    const errors = page.getByTestId("import-errors");
    await expect.poll(() => errors.locator("tbody tr.ant-table-row").count()).toBeGreaterThanOrEqual(4);
    const rowNumbers = new Set(await errors.locator("tbody tr.ant-table-row td:nth-child(1)").allInnerTexts());
    expect(rowNumbers.has("3")).toBe(true);
    expect(rowNumbers.has("4")).toBe(true);
    expect(rowNumbers.has("2")).toBe(false);
    const values = await errors.locator("tbody tr.ant-table-row td:nth-child(3)").allInnerTexts();
    expect(values).toEqual(expect.arrayContaining(["91440000ABCDEFGH1X", "-5"]));
    // The server words each problem in both languages; the Chinese page shows the Chinese.
    const messages = (await errors.locator("tbody tr.ant-table-row td:nth-child(4)").allInnerTexts()).join("\n");
    expect(messages).toContain("校验位错误");
    expect(messages).not.toMatch(/（[A-Za-z]/);
    await screenshot(page, "import-rejected");

    const report = page.waitForEvent("download");
    await errors.getByTestId("error-report-csv").click();
    const reportText = readFileSync(await (await report).path(), "utf8");
    expect(reportText).toContain("91440000ABCDEFGH1X");

    // Nothing of the rejected file reached the data: the valid first row was not applied either.
    const api = await apiLogin(baseUrl, "park");
    const list = (await api.get<{ items: TEnterpriseSummary[] }>(`/api/enterprises?q=${good.creditCode}&year=2025`)).body.items;
    expect(list[0]?.revenue).not.toBe(999999);
  });

  it("applies a value 10,000 times the year before all the same and lists it to check, with its reference and the downloadable list", async () => {
    const { page } = session;
    // An enterprise of the first test with a known revenue the year before: the demo's 2024.
    const api = await apiLogin(baseUrl, "park");
    let target: { code: string; previous: number } | null = null;
    for (const e of enterprises) {
      const [row] = (await api.get<{ items: TEnterpriseSummary[] }>(`/api/enterprises?q=${e.creditCode}&year=2024`)).body.items;
      if (row?.revenue && row.revenue > 0) {
        target = { code: e.creditCode, previous: row.revenue };
        break;
      }
    }
    if (!target) throw new Error("none of the enterprises has a 2024 revenue");
    const inYuan = Math.round(target.previous * 10_000);
    await upload("年度指标-需核对.csv", csv([[pick("统一社会信用代码"), pick("年份"), pick("营业收入")], [target.code, "2025", String(inYuan)]]));
    const applied = page.getByTestId("import-applied");
    await applied.waitFor({ timeout: 30_000 });
    expect(await applied.innerText()).toContain("已导入，1 条数值需核对");
    const warnings = page.getByTestId("import-warnings");
    await expect.poll(() => warnings.locator("tbody tr.ant-table-row").count()).toBe(1);
    const cells = await warnings.locator("tbody tr.ant-table-row td").allInnerTexts();
    expect(cells[0]).toBe("2");
    expect(cells[1]).toBe(pick("营业收入"));
    expect(cells[2]).toBe(`${inYuan.toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 万元`);
    expect(cells[3]).toMatch(/^2024：[\d,.]+ 万元（已存数据）$/);
    const check = await warnings.locator("tbody tr.ant-table-expanded-row").innerText();
    expect(check).toMatch(/^约为上年（2024 年，已存数据） [\d,.]+ 万元的 10,000 倍，请确认单位是否为万元/);
    await screenshot(page, "import-warnings");

    const report = page.waitForEvent("download");
    await warnings.getByTestId("warning-report-csv").click();
    const reportText = readFileSync(await (await report).path(), "utf8");
    expect(reportText).toContain(`2,${pick("营业收入")},${inYuan},2024,`);

    // The value was written as it was given: a warning never blocks.
    const after = (await api.get<{ items: TEnterpriseSummary[] }>(`/api/enterprises?q=${target.code}&year=2025`)).body.items;
    expect(after[0]?.revenue).toBe(inYuan);
  });

  it("keeps the history of imports with who, when and counts", async () => {
    const { page } = session;
    const history = page.getByTestId("import-history");
    await expect.poll(() => history.locator("tbody tr.ant-table-row").count()).toBeGreaterThanOrEqual(2);
    const text = await history.innerText();
    expect(text).toContain("年度指标-正确.csv");
    expect(text).toContain("年度指标-有错误.csv");
    expect(text).toContain("园区管委会（演示）");
    expect(text).toContain("已写入");
    expect(text).toContain("未通过");
    await screenshot(page, "imports");
    // The batch with values to check shows them again from the history, in either language.
    await page.getByRole("button", { name: "查看 年度指标-需核对.csv 的导入结果" }).click();
    const drawer = page.getByTestId("import-drawer");
    await expect.poll(() => drawer.getByTestId("import-applied").innerText()).toContain("已导入，1 条数值需核对");
    await expect.poll(() => drawer.getByTestId("import-warnings").locator("tbody tr.ant-table-row").count()).toBe(1);
    await page.locator(".ant-drawer-close").click();
    await page.getByTestId("language-switch").click();
    await page.getByRole("button", { name: "View the result of 年度指标-需核对.csv" }).click();
    await expect.poll(() => drawer.getByTestId("import-applied").innerText()).toContain("was applied; 1 value needs a second look");
    const english = await drawer.getByTestId("import-warnings").locator("tbody tr.ant-table-row td").allInnerTexts();
    expect(english[1]).toBe("Operating revenue (10k CNY)");
    expect(english[3]).toMatch(/^2024: [\d,.]+ 10k CNY \(stored\)$/);
    expect(await drawer.getByTestId("import-warnings").locator("tbody tr.ant-table-expanded-row").innerText()).toMatch(/^about 10,000× the year before \(2024, stored\) of [\d,.]+ 10k CNY: a figure in yuan where 10k CNY is asked\?$/);
    await page.locator(".ant-drawer-close").click();
    await page.getByTestId("language-switch").click();
    await expect.poll(() => page.getByTestId("all-or-nothing").innerText()).toContain("整份文件全部校验通过后才会写入");
    noPageErrors(session);
  });
});
