import type { TEnterpriseSummary, TMe, TParkSummary } from "@parkpilot/contracts";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiLogin } from "./support/api";
import { noPageErrors, openAs, screenshot, settle, type AppSession } from "./support/app";

const baseUrl = inject("baseUrl");

interface Page<T> {
  items: T[];
  total: number;
}

describe("tenancy in the browser: a park admin cannot open another park or its enterprises", () => {
  let session: AppSession;
  let ownParkId: number;
  let other: TParkSummary;
  let otherEnterprise: TEnterpriseSummary;

  beforeAll(async () => {
    const province = await apiLogin(baseUrl, "province");
    const park = await apiLogin(baseUrl, "park");
    const me = (await park.get<TMe>("/api/auth/me")).body;
    if (me.scope.kind !== "park") throw new Error("the demo park account is not a park admin");
    ownParkId = me.scope.parkId;
    const parks = (await province.get<Page<TParkSummary>>("/api/parks?pageSize=200&sort=industrialOutput&order=desc")).body.items;
    const candidate = parks.find((p) => p.id !== ownParkId && (p.kpis?.enterprises ?? 0) > 0);
    if (!candidate) throw new Error("the demo has no second park with enterprises");
    other = candidate;
    const enterprises = (await province.get<Page<TEnterpriseSummary>>(`/api/enterprises?parkId=${other.id}&pageSize=1`)).body.items;
    if (!enterprises[0]) throw new Error(`park ${other.id} has no enterprise`);
    otherEnterprise = enterprises[0];
    session = await openAs(baseUrl, "park");
    await session.page.waitForURL(/\/parks\/\d+$/);
  });
  afterAll(async () => session?.close());

  it("the API itself refuses: another park and its enterprise are not found for the park admin", async () => {
    const park = await apiLogin(baseUrl, "park");
    expect((await park.get(`/api/parks/${other.id}`)).status).toBe(404);
    expect((await park.get(`/api/enterprises/${otherEnterprise.id}`)).status).toBe(404);
  });

  it("another park's page by direct URL: refused, and nothing of that park is shown", async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/parks/${other.id}`);
    await settle(page);
    const error = await page.getByTestId("error-state").innerText();
    expect(error).toContain("不在您的管理范围内");
    const body = await page.locator("body").innerText();
    expect(body).not.toContain(other.name);
    if (other.catalogueCode) expect(body).not.toContain(other.catalogueCode);
    expect(await page.getByTestId("park-page").count()).toBe(0);
    await screenshot(page, "refused-park");
  });

  it("another park's enterprise by direct URL: refused, and nothing of it is shown", async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/enterprises/${otherEnterprise.id}`);
    await settle(page);
    expect(await page.getByTestId("error-state").innerText()).toContain("不在您的管理范围内");
    const body = await page.locator("body").innerText();
    expect(body).not.toContain(otherEnterprise.name);
    expect(body).not.toContain(otherEnterprise.creditCode);
    expect(await page.getByTestId("enterprise-page").count()).toBe(0);
  });

  it("the enterprise list only holds the park's own enterprises", async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/enterprises?q=${encodeURIComponent(otherEnterprise.creditCode)}`);
    await settle(page);
    expect(await page.getByTestId("enterprise-table").locator("tbody tr.ant-table-row").count()).toBe(0);
    expect(await page.getByTestId("enterprise-table").innerText()).toContain("没有符合条件的企业");
    noPageErrors(session);
  });
});
