import type { TEnterpriseDetail, TEnterpriseIndicators, TEnterpriseSummary, TIndicatorCatalogue, TIndicatorMeta, TIndicatorValue, TMe, TParkIndicators, TParkRanking } from "@parkpilot/contracts";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiLogin, type ApiSession } from "./support/api";
import { noPageErrors, openAs, publishPageTop, screenshot, settle, type AppSession } from "./support/app";
import { count, unknownReasonZh } from "./support/unknown-reason";

const baseUrl = inject("baseUrl");

/** expect.poll with room for a busy machine. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

const RATING_ZH: Readonly<Record<TIndicatorValue["rating"], string>> = { excellent: "优秀", normal: "正常", alarm: "预警", unknown: "未知" };
const numberIn = (text: string): number => Number((/-?[\d,]+(?:\.\d+)?/.exec(text)?.[0] ?? "NaN").replace(/,/g, ""));

/** The figure of a cell back in the catalogue's base unit, with the unit the cell names. */
const shownQuantity = (text: string): { value: number; unit: string; scale: number } => {
  const first = text.split("\n")[0]?.trim() ?? "";
  const unit = first.replace(/^-?[\d,]+(?:\.\d+)?\s*/, "");
  const scale = unit === "亿元" || unit === "万吨标准煤" || unit === "万千瓦时" ? 1e4 : 1;
  return { value: numberIn(first) * scale, unit, scale };
};

/** The unit a value in this base unit may be shown in. */
const unitsFor = (zh: string): string[] => (zh === "万元" ? ["万元", "亿元"] : zh === "吨标准煤" ? ["吨标准煤", "万吨标准煤"] : [zh]);

/** A cell's figure (as many decimals as its unit calls for, in a possibly scaled unit) against the API's value: equal up to the rounding shown. */
const expectClose = (text: string, api: number) => {
  const q = shownQuantity(text);
  const decimals = /\.(\d+)/.exec(text.split("\n")[0] ?? "")?.[1]?.length ?? 0;
  expect(Math.abs(q.value - api), `"${text}" for ${api}`).toBeLessThanOrEqual((0.5 * 10 ** -decimals + 1e-9) * q.scale);
};

const row = (scope: Locator, key: string) => scope.locator(`tr.ant-table-row[data-row-key="${key}"]`);
const cell = (scope: Locator, key: string, column: string) => row(scope, key).locator(`td.${column}`);

/** Every indicator row of the table against the park's values from the API. */
const checkTable = async (table: Locator, values: readonly TIndicatorValue[], catalogue: ReadonlyMap<string, TIndicatorMeta>) => {
  await poll(() => table.locator("tr.ant-table-row").count()).toBe(values.length);
  for (const v of values) {
    const meta = catalogue.get(v.key);
    if (!meta) throw new Error(`the catalogue lacks ${v.key}`);
    expect(await cell(table, v.key, "indicator-name").innerText()).toBe(meta.name.zh);
    const value = await cell(table, v.key, "indicator-value").innerText();
    if (v.value === null) {
      // the reason is the API's, worded with its counts
      if (!v.unknown) throw new Error(`${v.key} is unknown without a reason`);
      expect(value, v.key).toBe(`—\n${unknownReasonZh(v.unknown)}`);
      expect(await cell(table, v.key, "indicator-value").locator(".indicator-unknown").getAttribute("data-reason")).toBe(v.unknown.code);
    } else {
      expect(v.unknown, v.key).toBeNull();
      const q = shownQuantity(value);
      expectClose(value, v.value);
      if (meta.unit.zh === "%") expect(value.split("\n")[0]).toMatch(/%$/);
      else expect(unitsFor(meta.unit.zh), `${v.key}: "${value}"`).toContain(q.unit);
    }
    const rated = meta.direction !== "neutral" && (meta.alarm !== null || meta.excellent !== null);
    const rating = await cell(table, v.key, "indicator-rating").innerText();
    expect(rating, v.key).toBe(v.rating === "normal" && !rated ? "未设阈值" : RATING_ZH[v.rating]);
    const completeness = await cell(table, v.key, "indicator-completeness").innerText();
    if (meta.counts === "none") expect(completeness, v.key).toBe("不适用（园区申报，无需企业报送）");
    else if (v.reporting === null) expect(completeness).toBe("—");
    else if (meta.counts === "enterprises") expect(completeness, v.key).toBe(v.population === null ? `${v.reporting} 家企业` : `${v.reporting} / ${v.population} 家企业`);
    const median = await cell(table, v.key, "indicator-median").innerText();
    expect(median).toContain(`${v.provinceParks} 个园区有值`);
    if (v.provinceMedian === null) expect(median.split("\n")[0]).toBe("—");
    else expectClose(median, v.provinceMedian);
  }
};

/** Opens an indicator's explanation and checks formula, direction, thresholds and citations against the catalogue. */
const checkExplanation = async (page: Page, table: Locator, meta: TIndicatorMeta) => {
  await row(table, meta.key).locator("td.indicator-name").click();
  const explanation = page.getByTestId(`indicator-explanation-${meta.key}`);
  await explanation.waitFor();
  const text = await explanation.innerText();
  expect(text).toContain(meta.formulaText.zh);
  expect(text).toContain(meta.direction === "higher_better" ? "越高越好" : meta.direction === "lower_better" ? "越低越好" : "不分优劣");
  const thresholds = await explanation.getByTestId("indicator-thresholds").innerText();
  const higher = meta.direction === "higher_better";
  // a threshold reads as the policy writes it: no padding zeros
  if (meta.excellent !== null) expect(thresholds).toContain(`优秀线：${higher ? "≥" : "≤"} ${meta.excellent.toLocaleString("en-US", { maximumFractionDigits: 4 })}${meta.unit.zh === "%" ? "%" : " "}`);
  if (meta.alarm !== null) expect(thresholds).toContain(`预警线：${higher ? "<" : ">"} ${meta.alarm.toLocaleString("en-US", { maximumFractionDigits: 4 })}${meta.unit.zh === "%" ? "%" : " "}`);
  expect(thresholds).not.toMatch(/\.0+(?!\d)/);
  if (meta.thresholdCitation) {
    expect(text).toContain(meta.thresholdCitation.number);
    expect(text).toContain(meta.thresholdCitation.article);
  }
  const citation = await explanation.getByTestId("indicator-citation").innerText();
  expect(citation).toContain(meta.citation.number);
  expect(citation).toContain(meta.citation.article);
  expect(text).toContain(meta.owner.zh);
};

const loadCatalogue = async (api: ApiSession) => {
  const response = await api.get<TIndicatorCatalogue>("/api/evaluation/indicators");
  expect(response.status).toBe(200);
  return new Map(response.body.indicators.map((m) => [m.key, m]));
};

describe("indicator system (province admin)", () => {
  let session: AppSession;
  let api: ApiSession;
  let catalogue: Map<string, TIndicatorMeta>;
  /** A park with an indicator none of its enterprises reported the data for. */
  let park: { id: number; name: string; values: TParkIndicators; unreported: TIndicatorValue };

  beforeAll(async () => {
    api = await apiLogin(baseUrl, "province");
    catalogue = await loadCatalogue(api);
    const parks = (await api.get<TParkRanking>("/api/evaluation/land/ranking")).body.items;
    for (const p of parks.slice(1)) {
      const values = (await api.get<TParkIndicators>(`/api/evaluation/parks/${p.parkId}/indicators`)).body;
      const unreported = values.values.find((v) => v.unknown?.code === "no_reporters" && v.unknown.counts === "enterprises" && (v.unknown.population ?? 0) > 0);
      if (unreported) {
        park = { id: p.parkId, name: p.name, values, unreported };
        break;
      }
    }
    if (!park) throw new Error("no park of the demo has an indicator without reporters");
    session = await openAs(baseUrl, "province");
    await session.page.goto(`${baseUrl}/evaluation/indicators`);
    await settle(session.page);
  });
  afterAll(async () => session?.close());

  it("is a section of the evaluation workspace, and a park is chosen by name", async () => {
    const { page } = session;
    expect(await page.locator(".ant-segmented-item-selected").innerText()).toBe("指标体系");
    await page.getByLabel("园区", { exact: true }).click();
    await page.keyboard.type(park.name);
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: park.name }).first().click();
    await settle(page);
    expect(page.url()).toContain(`park=${park.id}`);
    await poll(() => page.getByTestId("park-indicators").locator("h2").innerText()).toBe(`${park.name} · ${park.values.year} 年度指标`);
  });

  it("lists the park's indicators with units, ratings, completeness and the province median as the API has them", async () => {
    const table = session.page.getByTestId("indicator-table");
    await checkTable(table, park.values.values, catalogue);
    await screenshot(session.page, "evaluation-indicators");
    await publishPageTop(session.page, "indicators", 1100);
  });

  it("says why a value is unknown instead of showing 0", async () => {
    const table = session.page.getByTestId("indicator-table");
    const { unreported } = park;
    expect(unreported.unknown).toEqual({ code: "no_reporters", counts: "enterprises", reporting: 0, population: unreported.population });
    const value = await cell(table, unreported.key, "indicator-value").innerText();
    expect(value).toBe(`—\n未知：${count(unreported.population)} 家企业均未报送计算所需数据`);
    expect(await cell(table, unreported.key, "indicator-rating").innerText()).toBe("未知");
    expect(await cell(table, unreported.key, "indicator-completeness").innerText()).toBe(`0 / ${unreported.population} 家企业`);
  });

  it("filters by Guidance orientation", async () => {
    const { page } = session;
    await page.getByLabel("按指引导向筛选").click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: /^导向4 加强土地集约利用/ }).click();
    const expected = park.values.values.filter((v) => catalogue.get(v.key)?.orientations.includes(4)).map((v) => v.key);
    expect(expected.length).toBeGreaterThan(3);
    const table = page.getByTestId("indicator-table");
    await poll(async () => (await table.locator("tr.ant-table-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-row-key"))))).toEqual(expected);
    expect(page.url()).toContain("orientation=4");
  });

  it("explains an indicator: formula, direction, thresholds with their basis, source, owner and citation", async () => {
    const { page } = session;
    const table = page.getByTestId("indicator-table");
    const meta = catalogue.get("value_added_per_mu");
    if (!meta || meta.excellent === null || !meta.thresholdCitation) throw new Error("value_added_per_mu lost its excellent line");
    await checkExplanation(page, table, meta);
    expect(await page.getByTestId(`indicator-explanation-${meta.key}`).innerText()).toContain("优秀线：≥ 100 万元/亩");
    await screenshot(page, "evaluation-indicators-explained");
    noPageErrors(session);
  });
});

describe("indicator system (park admin)", () => {
  let session: AppSession;
  let api: ApiSession;
  let catalogue: Map<string, TIndicatorMeta>;
  let own: { id: number; name: string };
  let otherParkId: number;

  beforeAll(async () => {
    api = await apiLogin(baseUrl, "park");
    catalogue = await loadCatalogue(api);
    const me = (await api.get<TMe>("/api/auth/me")).body;
    if (me.scope.kind !== "park") throw new Error("the demo park account is not a park admin");
    own = { id: me.scope.parkId, name: me.scopeName };
    const province = await apiLogin(baseUrl, "province");
    const other = (await province.get<TParkRanking>("/api/evaluation/land/ranking")).body.items.find((p) => p.parkId !== own.id);
    if (!other) throw new Error("the demo has one park only");
    otherParkId = other.parkId;
    session = await openAs(baseUrl, "park");
  });
  afterAll(async () => session?.close());

  it("always shows its own park, whatever the address asks for, and the API refuses the other park", async () => {
    const { page } = session;
    expect((await api.get(`/api/evaluation/parks/${otherParkId}/indicators`)).status).toBe(404);
    await page.goto(`${baseUrl}/evaluation/indicators?park=${otherParkId}`);
    await settle(page);
    const values = (await api.get<TParkIndicators>(`/api/evaluation/parks/${own.id}/indicators`)).body;
    await poll(() => page.getByTestId("park-indicators").locator("h2").innerText()).toBe(`${own.name} · ${values.year} 年度指标`);
    expect(await page.getByLabel("园区", { exact: true }).count()).toBe(0);
    await checkTable(page.getByTestId("indicator-table"), values.values, catalogue);
  });

  it("shows an earlier year chosen with the year picker, and an unknown value as unknown with its reason", async () => {
    const { page } = session;
    const years = (await api.get<{ years: number[] }>("/api/meta/data-years")).body.years;
    const earlier = years[1];
    if (earlier === undefined) throw new Error("the demo has one year of data only");
    await page.getByLabel("年度", { exact: true }).click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: String(earlier) }).click();
    await settle(page);
    const values = (await api.get<TParkIndicators>(`/api/evaluation/parks/${own.id}/indicators?year=${earlier}`)).body;
    expect(values.year).toBe(earlier);
    await poll(() => page.getByTestId("park-indicators").locator("h2").innerText()).toBe(`${own.name} · ${earlier} 年度指标`);
    const table = page.getByTestId("indicator-table");
    await checkTable(table, values.values, catalogue);
    const unknown = values.values.find((v) => v.value === null);
    if (!unknown) throw new Error(`the park has no unknown value in ${earlier}`);
    expect(await cell(table, unknown.key, "indicator-rating").innerText()).toBe("未知");
    if (!unknown.unknown) throw new Error(`${unknown.key} is unknown without a reason`);
    expect(await cell(table, unknown.key, "indicator-value").innerText()).toBe(`—\n${unknownReasonZh(unknown.unknown)}`);
    noPageErrors(session);
  });

  it("explains an indicator with an alarm line", async () => {
    const meta = catalogue.get("declared_leading_count");
    if (!meta || meta.alarm === null) throw new Error("declared_leading_count lost its alarm line");
    await checkExplanation(session.page, session.page.getByTestId("indicator-table"), meta);
    expect(await session.page.getByTestId("indicator-explanation-declared_leading_count").innerText()).toContain("预警线：> 3 个");
    // the declaration counts nothing: its completeness says so rather than staying blank
    expect(meta.counts).toBe("none");
    expect(await cell(session.page.getByTestId("indicator-table"), "declared_leading_count", "indicator-completeness").innerText()).toBe("不适用（园区申报，无需企业报送）");
  });

  it("writes a threshold with the decimals it has, in English too", async () => {
    const { page } = session;
    const table = page.getByTestId("indicator-table");
    const meta = catalogue.get("energy_per_value_added");
    if (!meta || meta.excellent !== 0.35) throw new Error("energy_per_value_added lost its excellent line of 0.35");
    await checkExplanation(page, table, meta);
    const thresholds = page.getByTestId("indicator-explanation-energy_per_value_added").getByTestId("indicator-thresholds");
    expect(await thresholds.innerText()).toBe("优秀线：≤ 0.35 吨标准煤/万元");
    // In English: the line in the catalogue's English unit, and an unknown value's reason in English.
    const reason = table.locator(".indicator-unknown").first();
    expect(await reason.count(), "the year shown has an unknown value").toBe(1);
    await page.getByTestId("language-switch").click();
    await poll(() => thresholds.innerText()).toBe("Excellent: ≤ 0.35 tce/10k CNY");
    expect(await reason.innerText()).toMatch(/^Unknown: \S+/);
    await page.getByTestId("language-switch").click();
    await poll(() => thresholds.innerText()).toBe("优秀线：≤ 0.35 吨标准煤/万元");
  });
});

describe("an enterprise's indicators (enterprise user)", () => {
  let session: AppSession;
  let api: ApiSession;
  let catalogue: Map<string, TIndicatorMeta>;
  let enterpriseId: number;

  beforeAll(async () => {
    api = await apiLogin(baseUrl, "enterprise");
    catalogue = await loadCatalogue(api);
    const me = (await api.get<TMe>("/api/auth/me")).body;
    if (me.scope.kind !== "enterprise") throw new Error("the demo enterprise account is not an enterprise user");
    enterpriseId = me.scope.enterpriseId;
    session = await openAs(baseUrl, "enterprise");
    await session.page.waitForURL(new RegExp(`/enterprises/${enterpriseId}$`));
    await settle(session.page);
  });
  afterAll(async () => session?.close());

  const checkRows = async (panel: Locator, values: TEnterpriseIndicators) => {
    await poll(() => panel.locator("tr.ant-table-row").count()).toBe(values.values.length);
    for (const v of values.values) {
      const meta = catalogue.get(v.key);
      if (!meta) throw new Error(`the catalogue lacks ${v.key}`);
      expect((await cell(panel, v.key, "indicator-name").innerText()).split("\n")[0]).toBe(meta.name.zh);
      const value = await cell(panel, v.key, "indicator-value").innerText();
      const reason = await cell(panel, v.key, "indicator-reason").innerText();
      if (v.value === null) {
        expect(value).toBe("—");
        expect(reason).toBe(v.missing?.zh ?? "未知");
      } else {
        expectClose(value, v.value);
        if (meta.unit.zh === "%") expect(value).toMatch(/%$/);
        else expect(unitsFor(meta.unit.zh), `${v.key}: "${value}"`).toContain(shownQuantity(value).unit);
        expect(reason).toBe("");
      }
    }
  };

  it("its enterprise page shows its indicators of the latest year, named and in units as the catalogue has them", async () => {
    const panel = session.page.getByTestId("enterprise-indicators");
    const latest = (await api.get<TEnterpriseIndicators>(`/api/evaluation/enterprises/${enterpriseId}/indicators`)).body;
    expect(latest.values.length).toBeGreaterThan(10);
    await poll(() => panel.locator("h2").innerText()).toBe(`评价指标（${latest.year} 年度）`);
    await checkRows(panel, latest);
  });

  it("a year with unreported figures shows the reason for each unknown value", async () => {
    const { page } = session;
    const detail = (await api.get<TEnterpriseDetail>(`/api/enterprises/${enterpriseId}`)).body;
    let withUnknowns: TEnterpriseIndicators | undefined;
    for (const year of detail.annual.map((r) => r.year).sort((a, b) => b - a)) {
      const values = (await api.get<TEnterpriseIndicators>(`/api/evaluation/enterprises/${enterpriseId}/indicators?year=${year}`)).body;
      if (values.values.some((v) => v.value === null)) {
        withUnknowns = values;
        break;
      }
    }
    if (!withUnknowns?.year) throw new Error("the demo enterprise has no year with an unknown indicator");
    const panel = page.getByTestId("enterprise-indicators");
    await panel.getByLabel("指标年度").click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: `${withUnknowns.year}` }).click();
    await poll(() => panel.locator("h2").innerText()).toBe(`评价指标（${withUnknowns.year} 年度）`);
    await settle(page);
    await checkRows(panel, withUnknowns);
    const unknown = withUnknowns.values.find((v) => v.value === null);
    expect(unknown?.missing?.zh).toMatch(/未报送|缺/);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, "enterprise-indicators");
    noPageErrors(session);
  });

  it("another enterprise's indicators are refused, by the API and in the browser", async () => {
    const { page } = session;
    const province = await apiLogin(baseUrl, "province");
    const others = (await province.get<{ items: TEnterpriseSummary[] }>("/api/enterprises?pageSize=5")).body.items.filter((e) => e.id !== enterpriseId);
    const other = others[0];
    if (!other) throw new Error("the demo has one enterprise only");
    expect((await province.get(`/api/evaluation/enterprises/${other.id}/indicators`)).status).toBe(200);
    expect((await api.get(`/api/evaluation/enterprises/${other.id}/indicators`)).status).toBe(404);
    // Park aggregates are not for enterprise accounts either.
    const me = (await api.get<TMe>("/api/auth/me")).body;
    if (me.scope.kind !== "enterprise") throw new Error("not an enterprise account");
    expect((await api.get(`/api/evaluation/parks/${me.scope.parkId}/indicators`)).status).toBe(403);
    await page.goto(`${baseUrl}/enterprises/${other.id}`);
    await settle(page);
    expect(await page.getByTestId("enterprise-indicators").count()).toBe(0);
    expect(await page.locator("body").innerText()).not.toContain(other.name);
    noPageErrors(session);
  });
});
