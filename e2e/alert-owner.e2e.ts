import type { TAlertAssignees, TAlertDetail, TAlertSummary, TMe } from "@parkpilot/contracts";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiLogin, type ApiSession } from "./support/api";
import { noPageErrors, openAs, screenshot, settle, type AppSession } from "./support/app";

const baseUrl = inject("baseUrl");

/** expect.poll with room for a busy machine (its default gives up after one second). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

const me = async (api: ApiSession): Promise<TMe> => (await api.get<TMe>("/api/auth/me")).body;

/**
 * The owner of an alert, chosen in the alert's drawer from the accounts it may be assigned to:
 * the park admin hands an alert of its park to the province's account (found by searching), the
 * inbox shows the new owner, and the owner is cleared again; the API agrees at every step.
 */
describe("alert owner picker (park admin)", () => {
  let session: AppSession;
  let parkApi: ApiSession;
  let province: TMe;
  let park: TMe;
  let alert: TAlertSummary;

  beforeAll(async () => {
    parkApi = await apiLogin(baseUrl, "park");
    park = await me(parkApi);
    province = await me(await apiLogin(baseUrl, "province"));
    const open = (await parkApi.get<{ items: TAlertSummary[] }>("/api/evaluation/alerts?status=open&pageSize=20")).body.items;
    const first = open[0];
    if (!first) throw new Error("the demo park has no open alert");
    alert = first;
    session = await openAs(baseUrl, "park");
    await session.page.waitForURL(/\/parks\/\d+$/);
    await session.page.goto(`${baseUrl}/evaluation/alerts`);
    await settle(session.page);
  });
  afterAll(async () => session?.close());

  const owner = async () => (await parkApi.get<TAlertDetail>(`/api/evaluation/alerts/${alert.id}`)).body.ownerUserId;

  it("lists the park's and the province's accounts, finds the province's by search and makes it the owner, shown in the inbox", async () => {
    const { page } = session;
    const inbox = page.getByTestId("alert-inbox");
    const row = inbox.locator(`tr[data-row-key="${alert.id}"]`);
    await poll(() => row.count()).toBe(1);
    await row.click();
    const detail = page.getByTestId("alert-detail");
    await poll(() => detail.count()).toBe(1);

    const assignees = (await parkApi.get<TAlertAssignees>(`/api/evaluation/alerts/${alert.id}/assignees`)).body.items;
    expect(assignees.map((a) => a.id)).toEqual([province.userId, park.userId]);
    await page.getByTestId("alert-owner-picker").click();
    const options = page.locator(".ant-select-dropdown:visible .ant-select-item-option");
    await poll(() => options.allInnerTexts()).toEqual([`${province.displayName} · 省级管理员 · ${province.scopeName}`, `${park.displayName}（本人） · 园区管理员 · ${park.scopeName}`]);
    expect((await options.allInnerTexts()).join()).not.toContain("企业");

    await page.keyboard.type("省工信");
    await poll(() => options.count()).toBe(1);
    await options.first().click();
    await poll(owner).toBe(province.userId);
    await poll(() => detail.locator(".ant-descriptions").innerText()).toContain(province.displayName);
    expect(await page.getByTestId("alert-owner-picker").innerText()).toContain(province.displayName);
    expect(await page.getByTestId("alert-problem").count()).toBe(0);
    await screenshot(page, "evaluation-alert-owner");

    await page.locator(".ant-drawer-close").click();
    await settle(page);
    await poll(() => row.locator("td:nth-child(5)").innerText()).toBe(province.displayName);
  });

  it("clears the owner from the alert, and the inbox shows none again; then the park admin takes it itself", async () => {
    const { page } = session;
    const row = page.getByTestId("alert-inbox").locator(`tr[data-row-key="${alert.id}"]`);
    await row.click();
    const detail = page.getByTestId("alert-detail");
    await poll(() => detail.count()).toBe(1);
    await page.getByTestId("alert-unassign").click();
    await poll(owner).toBeNull();
    await poll(() => page.getByTestId("alert-unassign").count()).toBe(0);

    await page.getByTestId("alert-assign-me").click();
    await poll(owner).toBe(park.userId);
    await poll(() => detail.locator(".ant-descriptions").innerText()).toContain(park.displayName);
    expect(await page.getByTestId("alert-assign-me").count()).toBe(0);

    await page.getByTestId("alert-unassign").click();
    await poll(owner).toBeNull();
    await page.locator(".ant-drawer-close").click();
    await settle(page);
    await poll(() => row.locator("td:nth-child(5)").innerText()).toBe("—");
    noPageErrors(session);
  });
});
