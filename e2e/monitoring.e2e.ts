import type { TIndicatorMeta, TLeadingIndustryCheck, TMe, TParkDashboard, TParkMonitoring, TParkRanking } from "@parkpilot/contracts";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiLogin, type ApiSession } from "./support/api";
import { noPageErrors, openAs, publishPageTop, screenshot, settle, type AppSession } from "./support/app";
import { unknownReasonZh } from "./support/unknown-reason";

const baseUrl = inject("baseUrl");

/** expect.poll with room for a busy machine (its default gives up after one second). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

const rows = (scope: Locator) => scope.locator("tbody tr.ant-table-row");

/** Share of the chart's canvas that is painted: an empty or failed chart stays at 0. */
const painted = (chart: Locator) =>
  chart
    .locator("canvas")
    .first()
    .evaluate((node) => {
      const canvas = node as unknown as { width: number; height: number; getContext(kind: "2d"): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null };
      const data = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data;
      if (!data || canvas.width === 0 || canvas.height === 0) return 0;
      let inked = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) inked += 1;
      return inked / (canvas.width * canvas.height);
    });

/** What the chart's canvas shows, as an image: two charts of different series differ. */
const drawing = (chart: Locator) => chart.locator("canvas").first().evaluate((node) => (node as unknown as { toDataURL(): string }).toDataURL());

/** The chart's drawing once its animation has ended (two reads 300 ms apart alike). */
const settledDrawing = async (chart: Locator): Promise<string> => {
  let previous = await drawing(chart);
  for (let i = 0; i < 50; i += 1) {
    await new Promise((r) => setTimeout(r, 300));
    const next = await drawing(chart);
    if (next === previous) return next;
    previous = next;
  }
  throw new Error("the chart kept changing for 15 s");
};

const pickOption = async (page: Page, text: string | RegExp) => {
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: text }).first().click();
};

/** The first number of a text, with the Unicode minus and thousands separators: "−1,234.5%" → −1234.5. */
const numberIn = (text: string): number => {
  const m = /([−-]?)([\d,]+(?:\.\d+)?)/.exec(text);
  if (!m) return Number.NaN;
  return (m[1] ? -1 : 1) * Number((m[2] ?? "").replace(/,/g, ""));
};
/** A figure shown in its customary unit, back in the base unit: "2.78 亿元" → 27,800 万元, "1,165.20 万千瓦时" → 11,652,000 千瓦时. */
const baseQuantityIn = (text: string): number => numberIn(text) * (/亿元|万千瓦时|万人/.test(text) ? 1e4 : /亿千瓦时/.test(text) ? 1e8 : 1);

/**
 * A figure shown in its customary unit against the API's value in the base unit: equal within half
 * of the last digit shown ("2.78 亿元" holds 27,842 万元; "7,294.03 万元" holds 7,294.034).
 */
const expectNear = (text: string, actual: number | null | undefined, label = "value") => {
  if (actual === null || actual === undefined) throw new Error(`${label}: the API has no value`);
  const decimals = /[\d,]+(?:\.(\d+))?/.exec(text)?.[1]?.length ?? 0;
  const factor = baseQuantityIn(text) / numberIn(text) || 1;
  expect(Math.abs(baseQuantityIn(text) - actual), `${label}: "${text}" shown, ${actual} from the API`).toBeLessThanOrEqual(0.5 * 10 ** -decimals * factor + 1e-9);
};

const ownPark = async (park: ApiSession): Promise<{ id: number; name: string }> => {
  const me = (await park.get<TMe>("/api/auth/me")).body;
  if (me.scope.kind !== "park") throw new Error("the demo park account is not a park admin");
  return { id: me.scope.parkId, name: me.scopeName ?? "" };
};

/** The headline cards against the API's dashboard: value with its unit (or why it is unknown), rating, median, who reported. */
const expectHeadline = async (page: Page, dashboard: TParkDashboard, catalogue: readonly TIndicatorMeta[]) => {
  const cards = page.getByTestId("headline-cards");
  await poll(() => cards.locator(".ant-statistic").count()).toBe(dashboard.headline.length);
  for (const h of dashboard.headline) {
    const meta = catalogue.find((m) => m.key === h.key);
    if (!meta) throw new Error(`${h.key} is not in the catalogue`);
    const card = page.getByTestId(`headline-${h.key}`);
    expect(await card.locator(".ant-statistic-title").innerText()).toBe(meta.name.zh);
    const value = await card.locator(".ant-statistic-content").innerText();
    // The unit is always shown, with the value or with the dash of an unknown.
    expect(value, h.key).toContain(meta.unit.zh);
    const rating = await card.getByTestId("headline-rating").innerText();
    const unknown = card.getByTestId("headline-unknown");
    if (h.value === null) {
      expect(value.trim().startsWith("—"), `${h.key}: ${value}`).toBe(true);
      expect(rating).toBe("未知");
      // Why, in the API's reason worded as the indicator table words it.
      if (!h.unknown) throw new Error(`${h.key} is unknown without a reason`);
      expect(await unknown.innerText(), h.key).toBe(unknownReasonZh(h.unknown));
      expect(await unknown.getAttribute("data-reason")).toBe(h.unknown.code);
    } else {
      expect(await unknown.count(), h.key).toBe(0);
      expect(numberIn(value), `${h.key}: ${value}`).toBeCloseTo(h.value, Math.abs(h.value) < 0.1 ? 3 : 1);
      expect(["优秀", "正常", "预警", "未设阈值"]).toContain(rating);
      if (h.rating === "alarm") expect(rating).toBe("预警");
      if (h.rating === "excellent") expect(rating).toBe("优秀");
    }
    const median = await card.getByTestId("headline-median").innerText();
    if (h.provinceMedian === null) expect(median).toBe("全省园区中位数 —");
    else {
      expect(numberIn(median.replace(/^\D+/, ""))).toBeCloseTo(h.provinceMedian, Math.abs(h.provinceMedian) < 0.1 ? 3 : 1);
      expect(median).toContain(`${h.provinceParks} 个园区`);
    }
    const reporting = card.getByTestId("headline-reporting");
    if (h.reporting === null) expect(await reporting.count()).toBe(0);
    else if (h.population !== null && h.key !== "idle_land_share") expect(await reporting.innerText()).toBe(`${h.reporting} / ${h.population} 家企业`);
  }
};

describe("economic monitoring (province admin)", () => {
  let session: AppSession;
  let api: ApiSession;
  let park: { id: number; name: string };
  let catalogue: TIndicatorMeta[];

  beforeAll(async () => {
    api = await apiLogin(baseUrl, "province");
    park = await ownPark(await apiLogin(baseUrl, "park"));
    catalogue = (await api.get<{ indicators: TIndicatorMeta[] }>("/api/evaluation/indicators")).body.indicators;
    session = await openAs(baseUrl, "province");
    await session.page.goto(`${baseUrl}/evaluation/scorecard`);
    await settle(session.page);
  });
  afterAll(async () => session?.close());

  it("opens from the workspace's sections on the top park of the ranking, then a park chosen by name: headline cards with units against the API", async () => {
    const { page } = session;
    await page.locator(".ant-segmented-item", { hasText: "经济运行监测" }).click();
    await page.waitForURL(/\/evaluation\/monitoring/);
    await settle(page);
    const ranking = (await api.get<TParkRanking>("/api/evaluation/land/ranking")).body;
    await poll(() => page.getByTestId("monitoring-park").innerText()).toBe(ranking.items[0]?.name);

    await page.getByLabel("园区", { exact: true }).click();
    await page.getByLabel("园区", { exact: true }).fill(park.name);
    await pickOption(page, park.name);
    await settle(page);
    await poll(() => page.getByTestId("monitoring-park").innerText()).toBe(park.name);
    expect(page.url()).toContain(`park=${park.id}`);

    const dashboard = (await api.get<TParkDashboard>(`/api/evaluation/parks/${park.id}/dashboard`)).body;
    expect(dashboard.headline.length).toBeGreaterThan(5);
    await expectHeadline(page, dashboard, catalogue);
    expect(await page.getByTestId("monitoring-dashboard").locator("header").innerText()).toContain(`核心指标 · ${dashboard.year} 年度`);
    expect(await page.getByTestId("monitoring-computed-at").innerText()).toMatch(/^计算时间 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/);

    // Per-mu classes: enterprises and land.
    expect(dashboard.classes.length).toBe(4);
    for (const c of dashboard.classes) {
      const text = await page.getByTestId(`monitoring-class-${c.class}`).innerText();
      expect(text).toContain(`${c.class} ${c.label.zh}`);
      expect(text).toContain(`${c.enterprises} 家`);
      expect(numberIn(text.split("·")[1] ?? "")).toBeCloseTo(c.landMu ?? Number.NaN, 1);
      expect(text).toMatch(/ 亩$/);
    }
    // Unresolved alerts by state and severity, each count a link to those alerts of the park (e2e/alerts-filter.e2e.ts follows them).
    const alerts = page.getByTestId("monitoring-alerts");
    expect(await alerts.locator("h3").innerText()).toBe(`未处置预警 · 共 ${dashboard.alerts.unresolved} 条`);
    expect(await page.getByTestId("monitoring-alerts-warning").innerText()).toBe(
      `警告\t${dashboard.alerts.bySeverity.warning.open}\t${dashboard.alerts.bySeverity.warning.acknowledged}\t${dashboard.alerts.bySeverity.warning.unresolved}`,
    );
    expect(await page.getByTestId("monitoring-alerts-critical-unresolved").innerText()).toBe(`${dashboard.alerts.bySeverity.critical.unresolved}`);
    expect(await alerts.getByRole("link", { name: "查看本园区未处置预警" }).getAttribute("href")).toBe(`/evaluation/alerts?park=${park.id}&status=unresolved`);
    // The latest month's output.
    if (!dashboard.month) throw new Error("the park has no month");
    const latest = await page.getByTestId("monitoring-latest").innerText();
    expect(latest).toContain(`最新月份 ${dashboard.month.period}`);
    expectNear(latest.split("\n").find((l) => l.startsWith("工业总产值")) ?? "", dashboard.month.value, "latest month");
  });

  it("draws 36 months of output; switching the field redraws another series with its own figures", async () => {
    const { page } = session;
    const chart = page.getByTestId("monitoring-chart");
    await poll(() => painted(chart)).toBeGreaterThan(0.02);
    expect(await chart.getAttribute("aria-label")).toContain("工业总产值");
    const output = (await api.get<TParkMonitoring>(`/api/evaluation/parks/${park.id}/monitoring?field=output`)).body;
    expect(output.series).toHaveLength(36);
    const last = output.series.at(-1);
    if (!last || last.value === null) throw new Error("no latest month");
    await poll(() => page.getByTestId("monitoring-figure-value").innerText()).toContain(`当月 ${output.period}`);
    expectNear(await page.getByTestId("monitoring-figure-value").locator(".ant-statistic-content").innerText(), last.value, "output");
    expect(numberIn(await page.getByTestId("monitoring-figure-yoy").locator(".ant-statistic-content").innerText())).toBeCloseTo((last.yoy ?? Number.NaN) * 100, 1);
    expect(await page.getByTestId("monitoring-figure-coverage").locator(".ant-statistic-content").innerText()).toBe(`${last.reporting} / ${last.population} 家`);
    expect(await page.getByTestId("monitoring-chart").locator("xpath=following-sibling::*[1]").innerText()).toBe(`${output.series[0]?.period} 至 ${output.period}，点击柱形可选择月份`);
    const before = await settledDrawing(chart);

    const fields = page.getByTestId("monitoring-monthly").locator(".ant-segmented-item");
    await fields.filter({ hasText: "用电量" }).click();
    await poll(() => chart.getAttribute("aria-label")).toContain("用电量");
    expect(page.url()).toContain("field=electricityKwh");
    await settle(page);
    const electricity = (await api.get<TParkMonitoring>(`/api/evaluation/parks/${park.id}/monitoring?field=electricityKwh`)).body;
    const kwh = electricity.series.at(-1)?.value ?? Number.NaN;
    await poll(() => page.getByTestId("monitoring-figure-value").locator(".ant-statistic-title").innerText()).toBe(`当月 ${electricity.period}`);
    await poll(() => page.getByTestId("monitoring-figure-value").innerText()).toMatch(/千瓦时/);
    expectNear(await page.getByTestId("monitoring-figure-value").locator(".ant-statistic-content").innerText(), kwh, "electricity");
    expect(await settledDrawing(chart)).not.toBe(before);
    expect(await page.getByTestId("monitoring-industries").innerText()).toContain("分行业数据只统计工业总产值和营业收入");

    // Employees are a stock: the year to date is the average month-end headcount.
    await fields.filter({ hasText: "从业人员" }).click();
    await poll(() => chart.getAttribute("aria-label")).toContain("从业人员");
    await settle(page);
    const employees = (await api.get<TParkMonitoring>(`/api/evaluation/parks/${park.id}/monitoring?field=employees`)).body;
    const month = employees.series.at(-1);
    if (!month?.period || month.ytd === null) throw new Error("no employees year to date");
    const ytd = page.getByTestId("monitoring-figure-ytd");
    await poll(() => ytd.locator(".ant-statistic-title").innerText()).toBe(`1—${Number(month.period.slice(5))}月月均`);
    expect(await ytd.locator(".ant-statistic-content").innerText()).toBe(`${Math.round(month.ytd).toLocaleString("en-US")} 人`);
    const headcounts = employees.series.filter((p) => p.period.slice(0, 4) === month.period.slice(0, 4)).map((p) => p.value ?? Number.NaN);
    expect(month.ytd).toBeCloseTo(headcounts.reduce((a, b) => a + b, 0) / headcounts.length, 6);

    await fields.filter({ hasText: "工业总产值" }).click();
    await poll(() => chart.getAttribute("aria-label")).toContain("工业总产值");
    expect(page.url()).not.toContain("field=");
    await settle(page);
    expect(await settledDrawing(chart)).toBe(before);
    await screenshot(page, "monitoring");
    await publishPageTop(page, "monitoring", 1420);
    noPageErrors(session);
  });

  it("chooses a month: its industries with value, growth, cumulative figures and contribution, leading ones tagged, sortable with unknowns last", async () => {
    const { page } = session;
    const latest = (await api.get<TParkMonitoring>(`/api/evaluation/parks/${park.id}/monitoring?field=output`)).body;
    const period = latest.series.at(-13)?.period;
    if (!period) throw new Error("fewer than 13 months");
    await page.getByLabel("月份", { exact: true }).click();
    await page.getByLabel("月份", { exact: true }).fill(period);
    await pickOption(page, period);
    await settle(page);
    expect(page.url()).toContain(`period=${period}`);
    const chosen = (await api.get<TParkMonitoring>(`/api/evaluation/parks/${park.id}/monitoring?field=output&period=${period}`)).body;
    expect(chosen.industries.length).toBeGreaterThan(3);
    await poll(() => page.getByTestId("monitoring-industries-title").innerText()).toBe(`分行业（国民经济行业大类）· ${period}`);
    await poll(() => page.getByTestId("monitoring-figure-value").innerText()).toContain(`当月 ${period}`);
    const table = page.getByTestId("monitoring-industries");
    const shown = Math.min(15, chosen.industries.length);
    await poll(() => rows(table).count()).toBe(shown);
    // Largest first, as the API orders them; each figure as the API gives it.
    const divisions = await table.locator("tbody tr.ant-table-row td:nth-child(1)").allInnerTexts();
    expect(divisions).toEqual(chosen.industries.slice(0, shown).map((i) => i.division));
    for (const [index, industry] of chosen.industries.slice(0, shown).entries()) {
      const cells = await rows(table).nth(index).locator("td").allInnerTexts();
      expect(cells[1]).toContain(industry.name);
      expect(cells[1]?.includes("主导产业"), industry.division).toBe(industry.isLeading);
      if (industry.value === null) expect(cells[2]).toBe("—");
      else expectNear(cells[2] ?? "", industry.value, industry.division);
      if (industry.yoy === null) expect(cells[3]).toBe("—");
      else expect(numberIn(cells[3] ?? "")).toBeCloseTo(industry.yoy * 100, 0);
      if (industry.ytdYoy === null) expect(cells[5]).toBe("—");
      else expect(numberIn(cells[5] ?? "")).toBeCloseTo(industry.ytdYoy * 100, 0);
      if (industry.contribution === null) expect(cells[6]).toBe("—");
      else {
        expect(cells[6]).toMatch(/个百分点$/);
        expect(numberIn(cells[6] ?? "")).toBeCloseTo(industry.contribution * 100, 1);
      }
    }
    expect(chosen.industries.some((i) => i.isLeading)).toBe(true);

    // Sort by year-on-year growth: ascending, then descending, unknown values last both ways.
    const yoyCells = async () => (await table.locator("tbody tr.ant-table-row td:nth-child(4)").allInnerTexts()).map((v) => (v === "—" ? null : numberIn(v)));
    const expectOrder = (values: (number | null)[], direction: 1 | -1) => {
      const known = values.filter((v): v is number => v !== null);
      expect(values.slice(0, known.length)).toEqual(known);
      expect(known).toEqual([...known].sort((a, b) => direction * (a - b)));
    };
    const header = table.locator("th", { hasText: "同比" }).filter({ hasNotText: "累计" });
    await header.click();
    await poll(() => header.getAttribute("aria-sort")).toBe("ascending");
    expectOrder(await yoyCells(), 1);
    await header.click();
    await poll(() => header.getAttribute("aria-sort")).toBe("descending");
    expectOrder(await yoyCells(), -1);
    await screenshot(page, "monitoring-industries");
  });

  it("checks the leading industries: declared against observed with the maximum, findings, concentration trend and citation", async () => {
    const { page } = session;
    const check = (await api.get<TLeadingIndustryCheck>(`/api/evaluation/parks/${park.id}/leading-industries`)).body;
    const panel = page.getByTestId("monitoring-leading");
    await poll(() => page.getByTestId("leading-declared-count").count()).toBe(1);
    expect(await page.getByTestId("leading-declared-count").innerText()).toBe(`${check.declaredCount} 个，上限 ${check.maxLeading} 个\n${check.declaredWithinLimit ? "符合要求" : "超过上限"}`);
    const declared = await page.getByTestId("leading-declared-item").allInnerTexts();
    expect(declared.map((d) => d.split(" ")[0])).toEqual(check.declared.map((d) => d.label));
    for (const [i, d] of check.declared.entries()) if (d.divisions.length > 0) expect(declared[i]).toContain(`行业大类 ${d.divisions.join("、")}`);
    if (!check.observed || check.observedCount === null) throw new Error("the demo park has no observed industries");
    expect(await page.getByTestId("leading-observed-count").innerText()).toBe(`${check.observedCount} 个，上限 ${check.maxLeading} 个\n${check.observedWithinLimit ? "符合要求" : "超过上限"}`);
    expect(await page.getByTestId("leading-observed").locator("h3").innerText()).toBe(`实际主导产业 · 产出占比 ≥ ${Math.round(check.observedShareThreshold * 100)}% 的行业`);
    const observed = page.getByTestId("leading-observed");
    expect(await observed.locator("tbody tr.ant-table-row td:nth-child(1)").allInnerTexts()).toEqual(check.observed.map((o) => o.division));
    expect(await observed.locator("tbody tr.ant-table-row td:nth-child(4)").allInnerTexts()).toEqual(check.observed.map((o) => (o.declared ? "已申报" : "未申报")));
    expect(await page.getByTestId("leading-findings").locator("li").allInnerTexts()).toEqual(check.findings.map((f) => f.zh));
    expect(await page.getByTestId("leading-concentration").innerText()).toBe(`主导产业集中度 ${((check.concentration ?? Number.NaN) * 100).toFixed(1)}%`);
    await poll(() => painted(page.getByTestId("leading-trend"))).toBeGreaterThan(0.005);
    expect(await panel.locator("header").innerText()).toContain(check.citation.number);
    await screenshot(page, "monitoring-leading");

    // In English: the findings as the API words them in English.
    await page.getByTestId("language-switch").click();
    await poll(() => page.getByTestId("leading-findings").locator("li").allInnerTexts()).toEqual(check.findings.map((f) => f.en));
    expect(await page.getByTestId("leading-declared-count").innerText()).toContain(`${check.declaredCount}, at most ${check.maxLeading}`);
    expect(await page.locator(".ant-segmented").first().innerText()).toContain("Monitoring");
    await settledDrawing(page.getByTestId("monitoring-chart"));
    await screenshot(page, "monitoring-en");
    await page.getByTestId("language-switch").click();
    await poll(() => page.getByTestId("leading-findings").locator("li").allInnerTexts()).toEqual(check.findings.map((f) => f.zh));
  });

  it("shows a park with catalogue wording that maps to no industry, unknown figures as unknown, never as 0", async () => {
    const { page } = session;
    const ranking = (await api.get<TParkRanking>("/api/evaluation/land/ranking")).body;
    let found: { id: number; name: string; check: TLeadingIndustryCheck } | null = null;
    for (const p of ranking.items) {
      const check = (await api.get<TLeadingIndustryCheck>(`/api/evaluation/parks/${p.parkId}/leading-industries`)).body;
      if (check.unmappedDeclared.length > 0 && check.observed === null) {
        found = { id: p.parkId, name: p.name, check };
        break;
      }
    }
    if (!found) throw new Error("the demo has no park with unmapped wording and no output");
    await page.goto(`${baseUrl}/evaluation/monitoring?park=${found.id}`);
    await settle(page);
    await poll(() => page.getByTestId("monitoring-park").innerText()).toBe(found.name);
    const dashboard = (await api.get<TParkDashboard>(`/api/evaluation/parks/${found.id}/dashboard`)).body;
    expect(dashboard.headline.some((h) => h.value === null)).toBe(true);
    await expectHeadline(page, dashboard, catalogue);
    const unmapped = page.getByTestId("leading-declared-item").filter({ has: page.getByTestId("leading-unmapped") });
    expect((await unmapped.allInnerTexts()).map((t) => t.split(" ")[0])).toEqual(found.check.unmappedDeclared);
    expect(await page.getByTestId("leading-unmapped").first().innerText()).toBe("未对应行业代码");
    expect(await page.getByTestId("leading-observed").innerText()).toContain("无企业产出数据，无法核对实际主导产业");
    expect(await page.getByTestId("leading-observed-count").innerText()).toBe(`— 个，上限 ${found.check.maxLeading} 个\n无法核对`);
    expect(await page.getByTestId("leading-concentration").innerText()).toBe("主导产业集中度 —");
    if (found.check.concentrationTrend.every((p) => p.share === null)) expect(await page.getByTestId("leading-trend").count()).toBe(0);
    // No month known: said so, not a chart of zeros.
    const monthly = (await api.get<TParkMonitoring>(`/api/evaluation/parks/${found.id}/monitoring?field=output`)).body;
    if (monthly.series.every((p) => p.value === null)) {
      expect(await page.getByTestId("monitoring-monthly").innerText()).toContain("该园区尚无月度数据");
      expect(await page.getByTestId("monitoring-chart").count()).toBe(0);
    } else await poll(() => painted(page.getByTestId("monitoring-chart"))).toBeGreaterThan(0.005);
    await screenshot(page, "monitoring-unknown");
    noPageErrors(session);
  });
});

describe("economic monitoring (park admin): its own park only", () => {
  let session: AppSession;
  let parkApi: ApiSession;
  let park: { id: number; name: string };
  let other: { parkId: number; name: string };

  beforeAll(async () => {
    const province = await apiLogin(baseUrl, "province");
    parkApi = await apiLogin(baseUrl, "park");
    park = await ownPark(parkApi);
    const candidate = (await province.get<TParkRanking>("/api/evaluation/land/ranking")).body.items.find((p) => p.parkId !== park.id);
    if (!candidate) throw new Error("no other park");
    other = candidate;
    session = await openAs(baseUrl, "park");
    await session.page.waitForURL(/\/parks\/\d+$/);
  });
  afterAll(async () => session?.close());

  it("sees its own park's monitoring, whatever park the address names; the API refuses another park's", async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/evaluation/monitoring?park=${other.parkId}`);
    await settle(page);
    await poll(() => page.getByTestId("monitoring-park").innerText()).toBe(park.name);
    expect(await page.getByLabel("园区", { exact: true }).count()).toBe(0);
    expect(await page.getByTestId("evaluation-recompute").count()).toBe(0);
    expect(await page.locator("body").innerText()).not.toContain(other.name);
    const catalogue = (await parkApi.get<{ indicators: TIndicatorMeta[] }>("/api/evaluation/indicators")).body.indicators;
    const dashboard = (await parkApi.get<TParkDashboard>(`/api/evaluation/parks/${park.id}/dashboard`)).body;
    await expectHeadline(page, dashboard, catalogue);
    await poll(() => painted(page.getByTestId("monitoring-chart"))).toBeGreaterThan(0.02);
    const own = (await parkApi.get<TParkMonitoring>(`/api/evaluation/parks/${park.id}/monitoring?field=output`)).body;
    await poll(() => rows(page.getByTestId("monitoring-industries")).count()).toBe(Math.min(15, own.industries.length));
    const check = (await parkApi.get<TLeadingIndustryCheck>(`/api/evaluation/parks/${park.id}/leading-industries`)).body;
    expect(await page.getByTestId("leading-findings").locator("li").allInnerTexts()).toEqual(check.findings.map((f) => f.zh));
    for (const path of ["dashboard", "monitoring", "leading-industries"]) expect((await parkApi.get(`/api/evaluation/parks/${other.parkId}/${path}`)).status).toBe(404);
    await screenshot(page, "monitoring-park");
    noPageErrors(session);
  });
});
