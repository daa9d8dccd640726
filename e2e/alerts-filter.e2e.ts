import type { TAlertSummary, TMe, TParkDashboard } from "@parkpilot/contracts";
import type { Locator, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiLogin, type ApiSession } from "./support/api";
import { noPageErrors, openAs, screenshot, settle, type AppSession } from "./support/app";
import { browserDateTime, ISO_UTC } from "./support/date-time";

const baseUrl = inject("baseUrl");

interface ListPage<T> {
  items: T[];
  total: number;
}

/** expect.poll with room for a busy machine (its default gives up after one second). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

const rows = (scope: Locator) => scope.locator("tbody tr.ant-table-row");
const column = (inbox: Locator, n: number) => inbox.locator(`tbody tr.ant-table-row td:nth-child(${n})`).allInnerTexts();

/** Picks an option of the antd select that is open now. */
const pickOption = async (page: Page, text: string) => {
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: text }).first().click();
};

/** The inbox's next answer from the API for these query parameters (all of them present, with these values). */
const inboxResponse = (page: Page, query: Record<string, string>) =>
  page.waitForResponse((r: Response) => {
    const url = new URL(r.url());
    return url.pathname === "/api/evaluation/alerts" && r.request().method() === "GET" && Object.entries(query).every(([k, v]) => url.searchParams.get(k) === v);
  });

const ownPark = async (parkApi: ApiSession): Promise<{ id: number; name: string }> => {
  const me = (await parkApi.get<TMe>("/api/auth/me")).body;
  if (me.scope.kind !== "park") throw new Error("the demo park account is not a park admin");
  return { id: me.scope.parkId, name: me.scopeName ?? "" };
};

/** What a select shows as chosen, found by its label. */
const chosen = (page: Page, label: string) => page.locator(".ant-select", { has: page.getByLabel(label, { exact: true }) }).locator(".ant-select-content");

/**
 * The alerts page filtered by park (a province's park filter, kept in the address) and the
 * monitoring page's alert figures leading there: unresolved alerts by state and severity, each a
 * link that lands on exactly the alerts it counts; a park account cannot widen the filter.
 */
describe("alerts filtered by park, reached from the monitoring page (province admin)", () => {
  let session: AppSession;
  let api: ApiSession;
  let park: { id: number; name: string };
  let other: { id: number; name: string };

  beforeAll(async () => {
    api = await apiLogin(baseUrl, "province");
    const ownParkId = (await ownPark(await apiLogin(baseUrl, "park"))).id;
    // The two parks (not the demo park account's, whose alerts other browser tests work on) with the most unresolved alerts.
    const unresolved = (await api.get<ListPage<TAlertSummary>>("/api/evaluation/alerts?status=unresolved&pageSize=200")).body.items;
    const counts = new Map<number, { id: number; name: string; n: number }>();
    for (const a of unresolved) {
      if (a.parkId === null || a.parkId === ownParkId) continue;
      const c = counts.get(a.parkId) ?? { id: a.parkId, name: a.parkName ?? "", n: 0 };
      counts.set(a.parkId, { ...c, n: c.n + 1 });
    }
    const [first, second] = [...counts.values()].sort((x, y) => y.n - x.n || x.id - y.id);
    if (!first || !second) throw new Error("the demo has fewer than two parks with unresolved alerts");
    park = first;
    other = second;
    session = await openAs(baseUrl, "province");
  });
  afterAll(async () => session?.close());

  const dashboard = async () => (await api.get<TParkDashboard>(`/api/evaluation/parks/${park.id}/dashboard`)).body;

  it("the monitoring page counts the park's unresolved alerts by state and severity, and shows the computation time in the user's language", async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/evaluation/monitoring?park=${park.id}`);
    await settle(page);
    await poll(() => page.getByTestId("monitoring-park").innerText()).toBe(park.name);
    const d = await dashboard();
    expect(d.alerts.unresolved).toBe(d.alerts.open + d.alerts.acknowledged);
    const block = page.getByTestId("monitoring-alerts");
    expect(await block.locator("h3").innerText()).toBe(`未处置预警 · 共 ${d.alerts.unresolved} 条`);
    expect((await block.locator("thead").innerText()).trim()).toBe("级别\t待处理\t已确认\t未处置");
    for (const [severity, label] of [["critical", "严重"], ["warning", "警告"], ["info", "提示"]] as const) {
      const c = d.alerts.bySeverity[severity];
      expect(await page.getByTestId(`monitoring-alerts-${severity}`).innerText()).toBe(`${label}\t${c.open}\t${c.acknowledged}\t${c.unresolved}`);
    }
    expect(await page.getByTestId("monitoring-alerts-all").innerText()).toBe(`合计\t${d.alerts.open}\t${d.alerts.acknowledged}\t${d.alerts.unresolved}`);
    expect(await block.innerText()).toContain("未处置 = 待处理（尚未确认）+ 已确认（处置中）");
    expect(await page.getByTestId("monitoring-alerts-critical-acknowledged").locator("a").getAttribute("href")).toBe(`/evaluation/alerts?park=${park.id}&status=acknowledged&severity=critical`);

    // The API's time is ISO 8601; the page shows it as the browser formats it in the chosen language.
    if (!d.computedAt) throw new Error("the demo park was never computed");
    expect(d.computedAt).toMatch(ISO_UTC);
    const computedAt = d.computedAt;
    const local = (lang: "zh-CN" | "en-US") => browserDateTime(page, computedAt, lang);
    expect(await page.getByTestId("monitoring-computed-at").innerText()).toBe(`计算时间 ${await local("zh-CN")}`);
    await page.getByTestId("language-switch").click();
    await poll(() => page.getByTestId("monitoring-computed-at").innerText()).toBe(`Computed ${await local("en-US")}`);
    expect(await block.locator("h3").innerText()).toBe(`Unresolved alerts · ${d.alerts.unresolved} in all`);
    expect((await block.locator("thead").innerText()).trim()).toBe("Severity\tOpen\tAcknowledged\tUnresolved");
    expect(await block.getByRole("link", { name: "This park's unresolved alerts" }).count()).toBe(1);
    await page.getByTestId("language-switch").click();
    await poll(() => block.locator("h3").innerText()).toBe(`未处置预警 · 共 ${d.alerts.unresolved} 条`);
    await screenshot(page, "monitoring-alerts-block");
    noPageErrors(session);
  });

  it("its link lands on the park's unresolved alerts; one acknowledged there moves from open to acknowledged on the monitoring page, whose count leads to it", async () => {
    const { page } = session;
    const before = await dashboard();
    const answer = inboxResponse(page, { parkId: String(park.id), status: "unresolved" });
    await page.getByRole("link", { name: "查看本园区未处置预警" }).click();
    await page.waitForURL(`${baseUrl}/evaluation/alerts?park=${park.id}&status=unresolved`);
    expect((await (await answer).json()).total).toBe(before.alerts.unresolved);
    await settle(page);
    const inbox = page.getByTestId("alert-inbox");
    await poll(() => rows(inbox).count()).toBe(Math.min(20, before.alerts.unresolved));
    expect(new Set(await column(inbox, 4))).toEqual(new Set([park.name]));
    for (const s of await column(inbox, 6)) expect(["待处理", "已确认"]).toContain(s);
    expect(await chosen(page, "园区").innerText()).toBe(park.name);
    expect(await chosen(page, "处置状态").innerText()).toBe("未处置");

    // Acknowledge the park's least severe open alert on the page (the inbox lists the most severe first).
    const openQuery = `/api/evaluation/alerts?parkId=${park.id}&status=open&pageSize=1`;
    const openTotal = (await api.get<ListPage<TAlertSummary>>(openQuery)).body.total;
    const target = (await api.get<ListPage<TAlertSummary>>(`${openQuery}&page=${openTotal}`)).body.items[0];
    if (!target) throw new Error(`${park.name} has no open alert`);
    await page.goto(`${baseUrl}/evaluation/alerts?park=${park.id}&status=open&severity=${target.severity}`);
    await settle(page);
    const row = inbox.locator(`tr[data-row-key="${target.id}"]`);
    if ((await row.count()) === 0) await page.locator(".ant-pagination-item").last().click();
    await poll(() => row.count()).toBe(1);
    await row.click();
    await poll(() => page.getByTestId("alert-detail").count()).toBe(1);
    await page.getByTestId("alert-acknowledge").click();
    await poll(() => page.getByTestId("alert-detail").locator(".ant-descriptions").innerText()).toContain("已确认");
    await page.locator(".ant-drawer-close").click();
    await settle(page);

    const after = await dashboard();
    expect(after.alerts).toMatchObject({ unresolved: before.alerts.unresolved, open: before.alerts.open - 1, acknowledged: before.alerts.acknowledged + 1 });
    await page.goto(`${baseUrl}/evaluation/monitoring?park=${park.id}`);
    await settle(page);
    await poll(() => page.getByTestId("monitoring-alerts-all").innerText()).toBe(`合计\t${after.alerts.open}\t${after.alerts.acknowledged}\t${after.alerts.unresolved}`);
    const acknowledged = inboxResponse(page, { parkId: String(park.id), status: "acknowledged", severity: target.severity });
    await page.getByTestId(`monitoring-alerts-${target.severity}-acknowledged`).locator("a").click();
    await page.waitForURL(`${baseUrl}/evaluation/alerts?park=${park.id}&status=acknowledged&severity=${target.severity}`);
    expect((await (await acknowledged).json()).total).toBe(after.alerts.bySeverity[target.severity].acknowledged);
    await settle(page);
    await poll(() => inbox.locator(`tr[data-row-key="${target.id}"]`).count()).toBe(1);
    expect(new Set(await column(inbox, 6))).toEqual(new Set(["已确认"]));
    expect(new Set(await column(inbox, 4))).toEqual(new Set([park.name]));
    noPageErrors(session);
  });

  it("the park filter narrows the inbox to another park and back to all parks; the address keeps it through a reload", async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/evaluation/alerts?park=${park.id}&status=unresolved`);
    await settle(page);
    const inbox = page.getByTestId("alert-inbox");
    const otherTotal = (await api.get<ListPage<TAlertSummary>>(`/api/evaluation/alerts?parkId=${other.id}&status=unresolved`)).body.total;
    const toOther = inboxResponse(page, { parkId: String(other.id), status: "unresolved" });
    await page.getByLabel("园区", { exact: true }).click();
    await page.getByLabel("园区", { exact: true }).fill(other.name);
    await pickOption(page, other.name);
    expect((await (await toOther).json()).total).toBe(otherTotal);
    await settle(page);
    expect(new URL(page.url()).searchParams.get("park")).toBe(String(other.id));
    await poll(async () => new Set(await column(inbox, 4))).toEqual(new Set([other.name]));
    await poll(() => rows(inbox).count()).toBe(Math.min(20, otherTotal));

    await page.reload();
    await settle(page);
    expect(await chosen(page, "园区").innerText()).toBe(other.name);
    expect(await chosen(page, "处置状态").innerText()).toBe("未处置");
    await poll(async () => new Set(await column(inbox, 4))).toEqual(new Set([other.name]));
    await screenshot(page, "evaluation-alerts-park-filter");

    // Cleared: every park of the province again.
    const all = (await api.get<ListPage<TAlertSummary>>("/api/evaluation/alerts?status=unresolved")).body;
    const toAll = page.waitForResponse((r) => {
      const url = new URL(r.url());
      return url.pathname === "/api/evaluation/alerts" && url.searchParams.get("status") === "unresolved" && !url.searchParams.has("parkId");
    });
    await page.locator(".ant-select", { has: page.getByLabel("园区", { exact: true }) }).hover();
    await page.locator(".ant-select", { has: page.getByLabel("园区", { exact: true }) }).locator(".ant-select-clear").click();
    expect((await (await toAll).json()).total).toBe(all.total);
    await settle(page);
    expect(new URL(page.url()).searchParams.has("park")).toBe(false);
    await poll(async () => (await column(inbox, 3))[0]).toBe(all.items[0]?.title.zh);
    noPageErrors(session);
  });
});

describe("alerts of another park in the address (park admin)", () => {
  let session: AppSession;
  let parkApi: ApiSession;
  let own: { id: number; name: string };
  let otherParkId: number;

  beforeAll(async () => {
    parkApi = await apiLogin(baseUrl, "park");
    own = await ownPark(parkApi);
    const other = (await (await apiLogin(baseUrl, "province")).get<ListPage<TAlertSummary>>("/api/evaluation/alerts?status=unresolved&pageSize=200")).body.items.find(
      (a) => a.parkId !== null && a.parkId !== own.id,
    );
    if (!other?.parkId) throw new Error("no unresolved alert of another park");
    otherParkId = other.parkId;
    session = await openAs(baseUrl, "park");
    await session.page.waitForURL(/\/parks\/\d+$/);
  });
  afterAll(async () => session?.close());

  it("has no park filter and shows its own park's alerts whatever park the address names; the API answers none of the other park's", async () => {
    const { page } = session;
    const ownTotal = (await parkApi.get<ListPage<TAlertSummary>>("/api/evaluation/alerts?status=unresolved")).body.total;
    expect(ownTotal).toBeGreaterThan(0);
    const answer = inboxResponse(page, { status: "unresolved" });
    await page.goto(`${baseUrl}/evaluation/alerts?park=${otherParkId}&status=unresolved`);
    const body = (await (await answer).json()) as ListPage<TAlertSummary>;
    expect(body.total).toBe(ownTotal);
    await settle(page);
    expect(await page.getByLabel("园区", { exact: true }).count()).toBe(0);
    const inbox = page.getByTestId("alert-inbox");
    await poll(() => rows(inbox).count()).toBe(Math.min(20, ownTotal));
    expect(new Set(await column(inbox, 4))).toEqual(new Set([own.name]));
    expect((await parkApi.get<ListPage<TAlertSummary>>(`/api/evaluation/alerts?parkId=${otherParkId}&status=unresolved`)).body.total).toBe(0);
    noPageErrors(session);
  });
});
