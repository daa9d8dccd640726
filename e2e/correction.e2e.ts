import { reportingCalendar } from "@parkpilot/core";
import type { TEnterpriseDetail, TMe } from "@parkpilot/contracts";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiLogin } from "./support/api";
import { noPageErrors, openAs, screenshot, settle, type AppSession } from "./support/app";

const baseUrl = inject("baseUrl");

/**
 * The edit dialog's primary button by its text: "保 存", or "确认无误，保存" once implausible values
 * are listed. By text, not accessible name: a button that was just loading may keep its spinner's
 * aria-label ("loading") in the name for a while.
 */
const saveButton = (page: Page, text: string | RegExp = /^保\s*存$/) => page.locator(".ant-modal-footer .ant-btn-primary", { hasText: text });

describe("an enterprise user reports and corrects its own annual and monthly figures", () => {
  let session: AppSession;
  let year: number;
  let enterpriseId: number;

  beforeAll(async () => {
    const api = await apiLogin(baseUrl, "enterprise");
    const me = (await api.get<TMe>("/api/auth/me")).body;
    if (me.scope.kind !== "enterprise") throw new Error("the demo enterprise account has no enterprise scope");
    enterpriseId = me.scope.enterpriseId;
    const detail = (await api.get<TEnterpriseDetail>(`/api/enterprises/${enterpriseId}`)).body;
    const latest = detail.annual.at(-1);
    if (!latest) throw new Error("the demo enterprise has no annual data");
    year = latest.year;
    session = await openAs(baseUrl, "enterprise");
    await session.page.waitForURL(new RegExp(`/enterprises/${enterpriseId}$`));
    await settle(session.page);
  });
  afterAll(async () => session?.close());

  it("shows the API's field-level error under the field and saves nothing", async () => {
    const { page } = session;
    await page.getByTestId(`edit-year-${year}`).first().click();
    const dialog = page.getByTestId("annual-edit");
    await dialog.getByLabel("营业收入 (万元)").fill("-5");
    await dialog.getByLabel("从业人员年平均人数 (人)").fill("12.5");
    await saveButton(page).click();
    await expect.poll(() => dialog.locator(".ant-form-item-explain-error").allInnerTexts()).toEqual(
      expect.arrayContaining(["不能小于 0 万元", "必须是整数"]),
    );
    await screenshot(page, "correction-errors", { fullPage: false });
    await page.getByRole("button", { name: /取\s*消/ }).click();
    const revenue = page.getByTestId("annual-table").locator("tr.ant-table-row", { hasText: "营业收入" }).first();
    expect(await revenue.innerText()).not.toContain("-5");
  });

  it("saves a valid correction; the value's tooltip then names the manual entry, who and when", async () => {
    const { page } = session;
    await page.getByTestId(`edit-year-${year}`).first().click();
    const dialog = page.getByTestId("annual-edit");
    await dialog.getByLabel("营业收入 (万元)").fill("12345.67");
    await dialog.getByLabel("更正说明").fill("依据年度审计报告更正(e2e)");
    await saveButton(page).click();
    await expect.poll(() => page.locator(".ant-message").innerText()).toContain(`已保存 ${year} 年度数据`);
    const row = page.getByTestId("annual-table").locator("tr.ant-table-row", { hasText: "营业收入" }).first();
    const cell = row.locator("[data-source-kind=manual]");
    await expect.poll(() => cell.count()).toBe(1);
    expect(await cell.innerText()).toBe("12,345.67");
    await cell.hover();
    const tip = page.locator(".ant-tooltip:visible");
    await expect.poll(() => tip.innerText()).toContain("手工录入：企业填报员（演示）");
    expect(await tip.innerText()).toContain("依据年度审计报告更正(e2e)");
    await screenshot(page, "correction-saved", { fullPage: false });
    noPageErrors(session);
  });
  it("asks before saving a value a hundred times off the year before; corrected, it saves without asking", async () => {
    const { page } = session;
    const api = await apiLogin(baseUrl, "enterprise");
    const revenueOf = async (y: number) =>
      (await api.get<TEnterpriseDetail>(`/api/enterprises/${enterpriseId}`)).body.annual.find((r) => r.year === y)?.values.revenue?.value ?? null;
    const before = await revenueOf(year - 1);
    if (before === null || before <= 0) throw new Error(`the demo enterprise has no revenue for ${year - 1}`);
    const current = await revenueOf(year);
    const slip = Math.round(before * 10_000); // 元 typed where 万元 is asked
    await page.getByTestId(`edit-year-${year}`).first().click();
    const dialog = page.getByTestId("annual-edit");
    const revenue = dialog.getByLabel("营业收入 (万元)");
    await revenue.fill(String(slip));
    await expect.poll(() => dialog.locator(".ant-form-item-explain-warning").allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`^约为上年（${year - 1} 年） [\\d,.]+ 万元的 10,000 倍，请确认单位是否为万元$`)),
    ]);
    // The first save only asks: the values are listed and nothing is written.
    await saveButton(page).click();
    const check = page.getByTestId("implausible-check");
    await expect.poll(() => check.innerText()).toContain("营业收入：");
    expect(await revenueOf(year)).toBe(current);
    // Corrected, the question goes away and the save button is an ordinary one again.
    await revenue.fill(String(Math.round(before * 1.05)));
    await expect.poll(() => check.count()).toBe(0);
    // The slip typed again and confirmed is saved as typed.
    await revenue.fill(String(slip));
    await saveButton(page).click();
    await expect.poll(() => check.count()).toBe(1);
    await saveButton(page, "确认无误，保存").click();
    await expect.poll(() => page.locator(".ant-message").innerText()).toContain(`已保存 ${year} 年度数据`);
    expect(await revenueOf(year)).toBe(slip);
  });

  it("reports a month in the web form; the month then reads as reported, entered by hand", async () => {
    const { page } = session;
    // The last month that has ended: the latest the form offers (and the API takes).
    const period = reportingCalendar(new Date()).maxPeriod;
    await page.getByLabel("选择月份").click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: `${period}（` }).first().click();
    await page.getByRole("button", { name: /填报或更正/ }).click();
    const dialog = page.getByTestId("monthly-edit");
    await dialog.getByLabel("工业总产值 (万元)").fill("1e30");
    await saveButton(page).click();
    // Far above the same month a year before (when there is one): the form asks first; confirmed, the server refuses the magnitude.
    const detail = (await (await apiLogin(baseUrl, "enterprise")).get<TEnterpriseDetail>(`/api/enterprises/${enterpriseId}`)).body;
    const sameMonthLastYear = detail.monthly.find((m) => m.period === `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`)?.values.output?.value ?? null;
    if (sameMonthLastYear !== null && sameMonthLastYear > 0) await saveButton(page, "确认无误，保存").click();
    await expect.poll(() => dialog.locator(".ant-form-item-explain-error").allInnerTexts()).toEqual(["数值过大，请检查单位（万元）"]);
    await dialog.getByLabel("工业总产值 (万元)").fill("321.5");
    await saveButton(page).click();
    await expect.poll(() => page.locator(".ant-message").innerText()).toContain(`已保存 ${period} 月度数据`);
    const api = await apiLogin(baseUrl, "enterprise");
    const month = (await api.get<TEnterpriseDetail>(`/api/enterprises/${enterpriseId}`)).body.monthly.find((m) => m.period === period);
    expect(month?.values.output).toMatchObject({ value: 321.5, source: { kind: "manual" } });
    await page.getByLabel("选择月份").click();
    await expect.poll(() => page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: period }).first().innerText()).toBe(`${period}（已报送）`);
    await page.keyboard.press("Escape");
    await screenshot(page, "monthly-report", { fullPage: false });
    noPageErrors(session);
  });
});
