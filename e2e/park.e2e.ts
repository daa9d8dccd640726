import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { noPageErrors, openAs, screenshot, settle, type AppSession } from "./support/app";

const baseUrl = inject("baseUrl");

describe("park page (park admin)", () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await openAs(baseUrl, "park");
    await session.page.waitForURL(/\/parks\/\d+$/);
    await settle(session.page);
  });
  afterAll(async () => session?.close());

  it("shows the catalogue profile with leading industries and their GB/T 4754 names, and KPI cards", async () => {
    const { page } = session;
    const page_ = page.getByTestId("park-page");
    const text = await page_.innerText();
    expect(text).toContain("批准设立日期");
    expect(text).toMatch(/核准面积\s*[\d.]+ 平方公里/);
    const leading = await page.getByTestId("leading-industries").innerText();
    expect(leading).toMatch(/\d{2,4} \S+/); // a GB/T 4754 code with its name
    const kpis = await page.getByTestId("park-kpis").innerText();
    expect(kpis).toMatch(/工业总产值\s*[\d,.]+\s*(亿元|万元)/);
    expect(kpis).toMatch(/亩均税收\s*[\d,.]+\s*万元\/亩/);
  });

  it("draws 36-month trends and the industry mix", async () => {
    const { page } = session;
    await expect.poll(() => page.getByTestId("park-trends").locator("canvas").count()).toBe(4);
    expect(await page.getByTestId("park-trends").innerText()).toMatch(/\d{4}-\d{2} 至 \d{4}-\d{2}/);
    expect(await page.getByTestId("industry-mix").innerText()).toMatch(/主导产业产值占比：\s*[\d.]+%/);
    await screenshot(page, "park");
  });

  it("filters, searches and pages the enterprise table, and exports the filtered list to xlsx", async () => {
    const { page } = session;
    const table = page.getByTestId("enterprise-table");
    const total = async () => Number((await table.locator(".ant-pagination-total-text").innerText()).replace(/\D/g, ""));
    const all = await total();
    expect(all).toBeGreaterThan(20);
    expect(await table.locator("tbody tr.ant-table-row").count()).toBe(20);
    expect(await table.getByTestId("generated-badge").count()).toBeGreaterThan(0);

    // Status filter
    await table.getByLabel("经营状态").click();
    await page.locator(".ant-select-item-option", { hasText: "在营" }).click();
    await expect.poll(total).toBeLessThan(all);
    const operating = await total();
    const statuses = await table.locator("tbody tr.ant-table-row td:nth-child(4)").allInnerTexts();
    expect(new Set(statuses)).toEqual(new Set(["在营"]));

    // Search by a credit code from the table
    const code = await table.locator("tbody tr.ant-table-row td:nth-child(2)").first().innerText();
    await table.getByLabel("搜索企业名称或统一社会信用代码").fill(code);
    await table.getByLabel("搜索企业名称或统一社会信用代码").press("Enter");
    await expect.poll(total).toBe(1);
    expect(await table.locator("tbody tr.ant-table-row td:nth-child(2)").innerText()).toBe(code);
    await table.getByLabel("搜索企业名称或统一社会信用代码").fill("");
    await table.getByLabel("搜索企业名称或统一社会信用代码").press("Enter");
    await expect.poll(total).toBe(operating);

    // Export exactly what the filter shows
    const download = page.waitForEvent("download");
    await table.getByRole("button", { name: /导出 Excel/ }).click();
    const file = await (await download).path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe("企业名称");
    expect((sheet?.rowCount ?? 0) - 1).toBe(operating);
    expect(sheet?.getRow(2).getCell(6).value).toBe("在营");

    // Filters live in the URL: a reload keeps them
    await page.reload();
    await settle(page);
    await expect.poll(total).toBe(operating);
  });

  it("opens an enterprise: generated badge and the provenance of every value on hover", async () => {
    const { page } = session;
    const link = page.getByTestId("enterprise-table").locator("tbody tr.ant-table-row a").first();
    const name = await link.innerText();
    await link.click();
    await page.waitForURL(/\/enterprises\/\d+$/);
    await expect.poll(() => page.locator("h3").first().innerText()).toBe(name);
    await settle(page);
    expect(await page.getByTestId("enterprise-page").getByTestId("generated-badge").count()).toBeGreaterThan(0);
    const value = page.getByTestId("annual-table").locator("[data-source-kind=generated]").first();
    await value.hover();
    await expect.poll(() => page.locator(".ant-tooltip:visible").innerText()).toContain("生成（演示数据）");
    await expect.poll(() => page.getByTestId("monthly-chart").locator("canvas").count()).toBe(1);
    await screenshot(page, "enterprise");
    noPageErrors(session);
  });
});
