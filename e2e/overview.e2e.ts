import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiLogin } from "./support/api";
import { noPageErrors, openAs, publishScreenshot, screenshot, settle, type AppSession } from "./support/app";

const baseUrl = inject("baseUrl");

/** Parses "1,234.56" (as the cards and tables show numbers) into a number; "—" into null. */
const num = (text: string): number | null => {
  const t = text.replace(/,/g, "").trim();
  return t === "—" || t === "" ? null : Number(t);
};

describe("province overview", () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await openAs(baseUrl, "province");
    await session.page.waitForURL(/\/overview$/);
    await session.page.locator("html[data-overview-ready=true]").waitFor({ timeout: 30_000 });
  });
  afterAll(async () => session?.close());

  it("shows headline cards with units and year-on-year changes from the parks' KPIs", async () => {
    const { page } = session;
    const cards = page.getByTestId("headline-cards");
    expect(await cards.getByTestId("card-parks").innerText()).toMatch(/园区数\s*\d+/);
    const output = await cards.getByTestId("card-industrialOutput").innerText();
    expect(output).toMatch(/工业总产值\s*[\d,.]+\s*(亿元|万元)/);
    expect(output).toMatch(/同比/);
    expect(await cards.getByTestId("card-taxPerMu").innerText()).toMatch(/万元\/亩/);
    expect(await cards.getByTestId("card-rdIntensity").innerText()).toMatch(/%/);
  });

  it("draws the province map with the parks and recolours it by the chosen KPI", async () => {
    const { page } = session;
    await expect.poll(() => page.getByTestId("province-map").locator("canvas").count()).toBeGreaterThan(0);
    const legendBefore = await page.getByTestId("map-legend").innerText();
    expect(legendBefore).toMatch(/亿元|万元/);
    await page.getByTestId("map-kpi-select").click();
    await page.locator(".ant-select-item-option", { hasText: "研发投入强度" }).click();
    await expect.poll(() => page.getByTestId("map-legend").innerText()).toMatch(/%/);
  });

  it("offers the years with data only, newest first; an earlier year recolours the map", async () => {
    const { page } = session;
    const { years } = (await (await apiLogin(baseUrl, "province")).get<{ years: number[] }>("/api/meta/data-years")).body;
    expect(years.length).toBeGreaterThan(1);
    // Only year options: the KPI dropdown of the test before may still be fading out, and is visible meanwhile.
    const options = page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: /\d{4}/ });
    const yearSelect = page.locator(".ant-select", { has: page.getByLabel("数据年份") });
    await yearSelect.click();
    await expect.poll(() => options.allInnerTexts()).toEqual(years.map((y) => `${y} 年`));
    const legendOfLatest = await page.getByTestId("map-legend").innerText();
    await options.last().click();
    await expect.poll(() => page.getByTestId("map-legend").innerText()).not.toBe(legendOfLatest);
    expect(await page.getByTestId("map-legend").innerText()).toMatch(/%/);
    await yearSelect.click();
    await options.first().click();
    await expect.poll(() => page.getByTestId("map-legend").innerText()).toBe(legendOfLatest);
  });

  it("ranks parks by any KPI, unknown values last", async () => {
    const { page } = session;
    const table = page.getByTestId("park-ranking");
    expect(await table.locator("tbody tr").count()).toBe(10);
    await table.getByRole("button", { name: /亩均税收/ }).click();
    const column = await table.locator("thead th").allInnerTexts();
    const index = column.findIndex((c) => c.includes("亩均税收"));
    const values = (await table.locator(`tbody tr td:nth-child(${index + 1})`).allInnerTexts()).map(num);
    const known = values.filter((v): v is number => v !== null);
    expect(known.length).toBeGreaterThan(1);
    expect([...known].sort((a, b) => b - a)).toEqual(known);
    expect(await table.locator("thead th[aria-sort=descending]").innerText()).toContain("亩均税收");
  });

  it("flags parks with more than 3 leading industries, as the Guidance asks", async () => {
    const { page } = session;
    const distribution = page.getByTestId("leading-distribution");
    const text = await distribution.innerText();
    expect(text).toMatch(/主导产业个数/);
    const over = await distribution.locator("tr[data-count]").evaluateAll((rows) =>
      rows.filter((r) => Number(r.getAttribute("data-count")) > 3).map((r) => Number(r.querySelector("td")?.textContent?.trim() ?? "0")),
    );
    const overParks = over.reduce((a, b) => a + b, 0);
    if (overParks > 0) {
      expect(text).toContain(`${overParks} 个园区的主导产业超过 3 个`);
      expect(await page.getByTestId("leading-over-list").locator("a").count()).toBe(overParks);
    } else {
      expect(text).toContain("都不超过 3 个");
    }
  });

  it("saves the overview screenshot for the README and opens a park from the ranking", async () => {
    const { page } = session;
    await page.reload();
    await page.locator("html[data-overview-ready=true]").waitFor({ timeout: 30_000 });
    const path = await screenshot(page, "overview");
    publishScreenshot(path, "overview.png");
    const first = page.getByTestId("park-ranking").locator("tbody tr").first().locator("a");
    const name = await first.innerText();
    await first.click();
    await page.waitForURL(/\/parks\/\d+$/);
    await expect.poll(() => page.locator("h3").first().innerText()).toBe(name);
    noPageErrors(session);
  });

  it("lists all parks and all enterprises of the province", async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/parks`);
    await settle(page);
    const parks = page.getByTestId("park-list-page");
    expect(Number((await parks.locator(".ant-pagination-total-text").innerText()).replace(/\D/g, ""))).toBeGreaterThan(100);
    await parks.getByLabel("级别").click();
    await page.locator(".ant-select-item-option", { hasText: "国家级" }).click();
    await expect.poll(async () => new Set(await parks.locator("tbody tr.ant-table-row td:nth-child(3)").allInnerTexts())).toEqual(new Set(["国家级"]));
    await screenshot(page, "parks");
    // The figures' year can be chosen; it stays in the address with the other filters.
    const latest = Number(/\d{4}/.exec(await parks.getByTestId("park-list-year").innerText())?.[0]);
    expect(await page.getByText(`指标年份：${latest} 年`).count()).toBe(1);
    await parks.getByTestId("park-list-year").click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: `${latest - 1}` }).click();
    await expect.poll(() => page.getByText(`指标年份：${latest - 1} 年`).count()).toBe(1);
    expect(page.url()).toMatch(new RegExp(`[?&]year=${latest - 1}`));
    expect(page.url()).toMatch(/[?&]level=national/);
    await page.goto(`${baseUrl}/enterprises`);
    await settle(page);
    const enterprises = page.getByTestId("enterprise-table");
    expect(await enterprises.locator("thead").innerText()).toContain("所在园区");
    await screenshot(page, "enterprises");
    const totalOf = async () => Number((await enterprises.locator(".ant-pagination-total-text").innerText()).replace(/\D/g, ""));
    const provinceTotal = await totalOf();
    // Narrow the province's list to one park: every row is then of that park, and fewer.
    await enterprises.getByLabel("园区", { exact: true }).click();
    const option = page.locator(".ant-select-dropdown:visible .ant-select-item-option").first();
    const parkName = (await option.getAttribute("title")) ?? "";
    expect(parkName).not.toBe("");
    await option.click();
    await expect.poll(async () => new Set(await enterprises.locator("tbody tr.ant-table-row td:nth-child(3)").allInnerTexts())).toEqual(new Set([parkName]));
    expect(page.url()).toMatch(/[?&]park=\d+/);
    const parkTotal = await totalOf();
    expect(parkTotal).toBeGreaterThan(0);
    expect(parkTotal).toBeLessThan(provinceTotal);
    await page.reload();
    await settle(page);
    await expect.poll(totalOf).toBe(parkTotal);
    noPageErrors(session);
  });
});
