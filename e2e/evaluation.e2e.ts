import type { TAlertDetail, TAlertSummary, TEvaluationSettings, THomogeneity, TLandExplanation, TLandParkSummary, TMe, TParkScorecard, TProvinceScorecard } from "@parkpilot/contracts";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiLogin, type ApiSession } from "./support/api";
import { noPageErrors, openAs, publishPageTop, screenshot, settle, type AppSession } from "./support/app";
import { browserDateTime, ISO_UTC } from "./support/date-time";

const baseUrl = inject("baseUrl");

interface ListPage<T> {
  items: T[];
  total: number;
}

/** expect.poll with room for a busy machine (its default gives up after one second). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

const rows = (scope: Locator) => scope.locator("tbody tr.ant-table-row");
/** A scorecard item's points: the tag of its fourth column. */
const pointsOf = (row: Locator) => row.locator("td").nth(3).locator(".ant-tag").innerText();

/** Share of the chart's canvas that is painted: an empty or failed chart stays at 0. */
const painted = (chart: Locator) =>
  chart
    .locator("canvas")
    .first()
    .evaluate((node) => {
      // The test process has no DOM types: the canvas as far as this reads it.
      const canvas = node as unknown as { width: number; height: number; getContext(kind: "2d"): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null };
      const data = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data;
      if (!data || canvas.width === 0 || canvas.height === 0) return 0;
      let inked = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) inked += 1;
      return inked / (canvas.width * canvas.height);
    });

/** Picks an option of the antd select that is open now. */
const pickOption = async (page: Page, text: string | RegExp) => {
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: text }).first().click();
};

const numberIn = (text: string): number => Number((/-?[\d,]+(?:\.\d+)?/.exec(text)?.[0] ?? "NaN").replace(/,/g, ""));
/** A figure shown in its customary unit, back in the base unit (平方米, 万元): "23.32 万平方米" → 233,200. */
const baseQuantityIn = (text: string): number => numberIn(text) * (/亿元/.test(text) ? 1e4 : /万平方米/.test(text) ? 1e4 : 1);

const ownPark = async (park: ApiSession): Promise<{ id: number; name: string }> => {
  const me = (await park.get<TMe>("/api/auth/me")).body;
  if (me.scope.kind !== "park") throw new Error("the demo park account is not a park admin");
  return { id: me.scope.parkId, name: me.scopeName ?? "" };
};

describe("park evaluation (province admin)", () => {
  let session: AppSession;
  let api: ApiSession;
  let park: { id: number; name: string };

  beforeAll(async () => {
    api = await apiLogin(baseUrl, "province");
    park = await ownPark(await apiLogin(baseUrl, "park"));
    session = await openAs(baseUrl, "province");
    await session.page.goto(`${baseUrl}/evaluation/scorecard`);
    await settle(session.page);
  });
  afterAll(async () => session?.close());

  it("recomputes the province, then ranks its parks on the Guidance scorecard with last year's rank", async () => {
    const { page } = session;
    await page.getByTestId("evaluation-recompute").click();
    await expect.poll(() => page.locator(".ant-message").innerText(), { timeout: 60_000, interval: 250 }).toMatch(/已重新计算：\d+ 家企业完成亩均定档/);
    await settle(page);
    const ranking = page.getByTestId("scorecard-ranking");
    await poll(() => rows(ranking).count()).toBe(10);
    const api_ = (await api.get<TProvinceScorecard>("/api/evaluation/scorecard")).body;
    expect(api_.items.length).toBeGreaterThan(10);
    const ranks = (await ranking.locator("tbody tr.ant-table-row td:nth-child(1)").allInnerTexts()).map(Number);
    expect(ranks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const totals = (await ranking.locator("tbody tr.ant-table-row td:nth-child(3)").allInnerTexts()).map(Number);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    const names = await ranking.locator("tbody tr.ant-table-row td:nth-child(2)").allInnerTexts();
    expect(names).toEqual(api_.items.slice(0, 10).map((p) => p.name));
    // Last year's rank is shown for the parks that had one.
    const last = await ranking.locator("tbody tr.ant-table-row td:nth-child(5)").allInnerTexts();
    expect(last.filter((v) => /^\d+$/.test(v.trim())).length).toBeGreaterThan(0);
    // The first park's card opens by default and is selected in the ranking.
    await poll(() => page.getByTestId("park-scorecard").locator("h2").first().innerText()).toContain(api_.items[0]?.name ?? "?");
    await screenshot(page, "evaluation-scorecard");
    await publishPageTop(page, "scorecard", 1100);
  });

  it("opens a park from the ranking: total, rank, last year's result, the 7-dimension radar and 19 orientations with plain findings", async () => {
    const { page } = session;
    const ranking = page.getByTestId("scorecard-ranking");
    const third = rows(ranking).nth(2);
    const name = await third.locator("td:nth-child(2)").innerText();
    const total = await third.locator("td:nth-child(3)").innerText();
    await third.click();
    await settle(page);
    expect(page.url()).toMatch(/[?&]park=\d+/);
    const card = page.getByTestId("park-scorecard");
    await poll(() => card.locator("h2").first().innerText()).toContain(name);
    expect(await page.getByTestId("scorecard-total").innerText()).toBe(total);
    const head = await card.locator("section").first().innerText();
    expect(head).toMatch(/全省第 3 \/ \d+ 名/);
    expect(head).toMatch(/上年 [\d.]+ 分（第 \d+ 名）/);
    // Radar: drawn, and labelled for the park.
    const radar = page.getByTestId("scorecard-radar");
    expect(await radar.getAttribute("aria-label")).toContain(name);
    await poll(() => painted(radar)).toBeGreaterThan(0.02);
    // The 7 dimensions, each with its score, and the 19 orientations in order.
    const dims = ["I", "II", "III", "IV", "V", "VI", "VII"];
    for (const d of dims) expect(await page.getByTestId(`dimension-${d}`).locator("h2").innerText()).toMatch(new RegExp(`^${d} \\S+ · (\\d+|—)$`));
    const orientations = (await card.locator("strong").allInnerTexts()).map((s) => /^(\d+)\. /.exec(s)?.[1]).filter(Boolean).map(Number);
    expect(orientations).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    // Findings are sentences with the value, its unit and the province median.
    const land = await page.getByTestId("dimension-II").innerText();
    expect(land).toMatch(/亩均税收[\d.]+万元\/亩，(优于全省园区中位数[\d.]+万元\/亩|落后于全省园区中位数[\d.]+万元\/亩|达到全省前列水平)/);
    expect(land).toContain("未提供佐证材料");
    await screenshot(page, "evaluation-scorecard-park");
  });

  it("says in plain words when a park declares more leading industries than the Guidance allows", async () => {
    const { page } = session;
    const homogeneity = (await api.get<THomogeneity>("/api/evaluation/homogeneity")).body;
    const over = homogeneity.parks.find((p) => p.declaredCount > 3);
    if (!over) throw new Error("the demo has no park declaring more than 3 leading industries");
    await page.goto(`${baseUrl}/evaluation/scorecard?park=${over.id}`);
    await settle(page);
    await poll(() => page.getByTestId("park-scorecard").locator("h2").first().innerText()).toContain(over.name);
    const positioning = await page.getByTestId("dimension-I").innerText();
    expect(positioning).toContain(`申报主导产业${over.declaredCount}个，《指引》要求原则上不超过3个`);
    const row = page.getByTestId("dimension-I").locator("tr", { hasText: "申报主导产业" }).first();
    expect(await row.locator(".ant-tag").last().innerText()).toBe("0");
    expect(await row.innerText()).toContain("≤ 3");
  });

  it("changes the year: last year's card carries the total and rank the current card quotes", async () => {
    const { page } = session;
    const head = await page.getByTestId("park-scorecard").locator("section").first().innerText();
    const quoted = /上年 ([\d.]+) 分（第 (\d+) 名）/.exec(head);
    if (!quoted) throw new Error(`no previous result on the card: ${head}`);
    const year = Number(/· (\d{4})/.exec(await page.getByTestId("park-scorecard").locator("h2").first().innerText())?.[1]);
    await page.getByLabel("年度").click();
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${year - 1}"]`).click();
    await settle(page);
    await poll(() => page.getByTestId("park-scorecard").locator("h2").first().innerText()).toContain(`· ${year - 1}`);
    expect(await page.getByTestId("scorecard-total").innerText()).toBe(quoted[1]);
    expect(await page.getByTestId("park-scorecard").locator("section").first().innerText()).toContain(`全省第 ${quoted[2]} / `);
    expect(page.url()).toContain(`year=${year - 1}`);
    await page.getByLabel("年度").click();
    await pickOption(page, "最新年度");
    await settle(page);
    await poll(() => page.getByTestId("park-scorecard").locator("h2").first().innerText()).toContain(`· ${year}`);
  });

  it("files evidence for a checklist item (refused without a note), which the province's own filing scores at once; withdrawing it takes the points back", async () => {
    const { page } = session;
    const card = page.getByTestId("park-scorecard");
    const parkId = Number(new URL(page.url()).searchParams.get("park"));
    const before = Number(await page.getByTestId("scorecard-total").innerText());
    const row = card.locator("tr", { has: page.getByTestId("evidence-o1_plan") });
    expect(await pointsOf(row)).toBe("0");
    expect(await row.innerText()).toContain("编制园区产业发展规划：未提供佐证材料");

    await page.getByTestId("evidence-o1_plan").click();
    const modal = page.locator(".ant-modal:visible");
    await poll(() => modal.innerText()).toContain("提交佐证：编制园区产业发展规划");
    expect(await modal.innerText()).toContain("需提供：规划文本或批复文件");
    await modal.locator(".ant-modal-footer .ant-btn-primary").click();
    await poll(() => modal.locator(".ant-alert").innerText()).toContain("请填写佐证说明");

    const file = Buffer.from("园区产业发展规划（2025—2030）批复 e2e\n", "utf8");
    await modal.getByTestId("evidence-note").fill("《园区产业发展规划（2025—2030）》已经市政府批复(e2e)");
    await modal.getByTestId("evidence-file").setInputFiles({ name: "plan.txt", mimeType: "text/plain", buffer: file });
    await modal.locator(".ant-modal-footer .ant-btn-primary").click();
    await poll(() => page.locator(".ant-modal:visible").count()).toBe(0);
    await settle(page);
    await poll(() => pointsOf(row)).toBe("100");
    expect(await row.innerText()).toContain("编制园区产业发展规划：佐证经省级认定（《园区产业发展规划（2025—2030）》已经市政府批复(e2e)）");
    expect(await page.getByTestId("evidence-review-o1_plan").innerText()).toContain("省级已认定");
    await poll(async () => Number(await page.getByTestId("scorecard-total").innerText())).toBeGreaterThan(before);
    expect(await page.getByTestId("evidence-o1_plan").innerText()).toBe("更新佐证");
    // The attachment comes back as filed.
    const href = await row.getByRole("link", { name: "下载附件" }).getAttribute("href");
    expect(href).toContain(`/api/evaluation/scorecard/parks/${parkId}/evidence/o1_plan/attachment?year=`);
    const download = await page.request.get(`${baseUrl}${href}`);
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(file)).toBe(true);
    await screenshot(page, "evaluation-scorecard-evidence");

    await row.getByRole("button", { name: /撤\s*回/ }).click();
    await settle(page);
    await poll(() => pointsOf(row)).toBe("0");
    await poll(async () => Number(await page.getByTestId("scorecard-total").innerText())).toBe(before);
    const card_ = (await api.get<TParkScorecard>(`/api/evaluation/scorecard/parks/${parkId}`)).body;
    expect(card_.dimensions[0]?.orientations[0]?.items.find((i) => i.id === "o1_plan")?.evidence).toBeNull();
  });

  it("homogeneity: draws the park × industry heat map, lists similar pairs with shared industries, and a new threshold changes the list", async () => {
    const { page } = session;
    await page.locator(".ant-segmented-item", { hasText: "主导产业与同质化" }).click();
    await page.waitForURL(/\/evaluation\/homogeneity/);
    await settle(page);
    const api_ = (await api.get<THomogeneity>("/api/evaluation/homogeneity")).body;
    await poll(() => painted(page.getByTestId("homogeneity-heatmap"))).toBeGreaterThan(0.05);

    const pairs = page.getByTestId("homogeneity-pairs");
    expect(await pairs.innerText()).toContain("相似系数 ≥ 0.9 视为同构");
    const count = async () => numberIn(await page.getByTestId("homogeneity-pair-count").innerText());
    expect(api_.pairs.length).toBeGreaterThan(10);
    expect(await count()).toBe(api_.pairs.length);
    const similarities = async () => (await pairs.locator("tbody tr.ant-table-row td:nth-child(3)").allInnerTexts()).map(Number);
    expect(Math.min(...(await similarities()))).toBeGreaterThanOrEqual(0.9);
    // Every pair names both parks and the industries they share (division code and name).
    const first = rows(pairs).first();
    expect(await first.locator("td:nth-child(1)").innerText()).toBe(api_.pairs[0]?.a.name);
    expect(await first.locator("td:nth-child(2)").innerText()).toBe(api_.pairs[0]?.b.name);
    const shared = await first.locator("td:nth-child(4) .ant-tag").allInnerTexts();
    expect(shared.length).toBeGreaterThan(0);
    for (const tag of shared) expect(tag).toMatch(/^\d{2} \S+/);
    await screenshot(page, "evaluation-homogeneity");

    // A stricter line: fewer pairs, all at or above it, and the URL keeps it.
    const threshold = page.getByLabel("同构阈值");
    await threshold.fill("0.95");
    await threshold.press("Enter");
    await settle(page);
    await poll(count).toBeLessThan(api_.pairs.length);
    const strict = await count();
    expect(strict).toBe(api_.pairs.filter((p) => p.similarity >= 0.95).length);
    expect(Math.min(...(await similarities()))).toBeGreaterThanOrEqual(0.95);
    expect(page.url()).toContain("threshold=0.95");
    // A looser one: more pairs than the policy line gives.
    await threshold.fill("0.8");
    await threshold.press("Enter");
    await settle(page);
    await poll(count).toBeGreaterThan(api_.pairs.length);
    const loose = (await api.get<THomogeneity>("/api/evaluation/homogeneity?threshold=0.8")).body;
    expect(await count()).toBe(loose.pairs.length);
    expect(loose.threshold).toBe(0.8);
    expect(loose.defaultThreshold).toBe(0.9);
    // The cited policy line stays on show whatever the view uses.
    expect(await pairs.innerText()).toContain("相似系数 ≥ 0.9 视为同构");

    // Parks over the limit of 3 leading industries.
    const over = page.getByTestId("homogeneity-too-many");
    const overApi = api_.parks.filter((p) => p.tooMany);
    expect(overApi.length).toBeGreaterThan(0);
    expect(await rows(over).count()).toBe(Math.min(10, overApi.length));
    expect(await rows(over).first().locator("td:nth-child(1)").innerText()).toBe(overApi[0]?.name);
    // Each listed park is over the limit on what it declares or on what its output shows.
    for (const r of await rows(over).all()) {
      const [declared, observed] = [await r.locator("td:nth-child(2)").innerText(), await r.locator("td:nth-child(3)").innerText()].map((v) => Number(v) || 0);
      expect(Math.max(declared ?? 0, observed ?? 0)).toBeGreaterThan(3);
    }
  });

  it("per-mu: classes A–D with their land, land of C/D enterprises, inefficient land, the plot-ratio what-if and one enterprise explained", async () => {
    const { page } = session;
    await page.locator(".ant-segmented-item", { hasText: "亩均评价" }).click();
    await page.waitForURL(/\/evaluation\/land/);
    await settle(page);
    // Choose the park by name, as an official would.
    await page.getByLabel("园区", { exact: true }).click();
    await page.getByLabel("园区", { exact: true }).fill(park.name.slice(0, 6));
    await pickOption(page, park.name);
    await settle(page);
    expect(page.url()).toContain(`park=${park.id}`);
    const summary = (await api.get<TLandParkSummary>(`/api/evaluation/land/parks/${park.id}?target=2`)).body;

    // Class distribution: enterprises and land per class, as computed (once the chosen park's figures replace the first park's).
    const classCount = async (c: (typeof summary.classes)[number]) => numberIn((await page.getByTestId(`land-class-${c.class}`).innerText()).split(c.label.zh)[1] ?? "");
    for (const c of summary.classes) {
      await poll(() => classCount(c)).toBe(c.enterprises);
      const text = await page.getByTestId(`land-class-${c.class}`).innerText();
      expect(text).toContain(`${c.class} ${c.label.zh}`);
      expect(text).toMatch(/家[\s\S]*[\d,.]+ 亩/);
    }
    expect(summary.classes.reduce((s, c) => s + c.enterprises, 0)).toBeGreaterThan(0);
    const low = summary.classes.filter((c) => c.class === "C" || c.class === "D").reduce((s, c) => s + (c.landMu ?? 0), 0);
    expect(summary.landHeldByLowClasses).toBeCloseTo(low, 6);
    const lowText = await page.getByTestId("land-low-classes").innerText();
    expect(lowText).toMatch(/^C、D类企业用地：[\d,.]+ \/ [\d,.]+ 亩 · 未定档：不参评 \d+ 家，不在范围 \d+ 家，缺数据 \d+ 家$/);
    expect(numberIn(lowText.split("：")[1] ?? "")).toBeCloseTo(summary.landHeldByLowClasses ?? NaN, 1);

    // Inefficient land: count and area, reasons, holders.
    const inefficient = page.getByTestId("land-inefficient");
    expect(summary.inefficient.length).toBeGreaterThan(0);
    expect(await inefficient.locator("header").innerText()).toContain(`${summary.inefficient.length} 宗，合计`);
    expect(summary.inefficient.reduce((s, p) => s + p.areaMu, 0)).toBeCloseTo(summary.inefficientAreaMu, 6);
    expect(await rows(inefficient).count()).toBe(Math.min(10, summary.inefficient.length));
    // Areas in 亩 to two decimals, as the API has them.
    const areas = await inefficient.locator("tbody tr.ant-table-row td:nth-child(2)").allInnerTexts();
    areas.forEach((a, i) => expect(a).toBe((summary.inefficient[i]?.areaMu ?? NaN).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })));
    for (const reason of await inefficient.locator("tbody tr.ant-table-row td:nth-child(3)").allInnerTexts()) expect(["闲置", "空置未供", "最低档企业占用"]).toContain(reason);

    // Plot-ratio what-if: a higher target gives more floor area and more output, at the park's median output per m².
    const whatIf = page.getByTestId("land-what-if");
    // Shown in the customary unit with two decimals (万平方米, 亿元): equal to the API's figure within half a displayed step.
    const stat = async (title: string) => baseQuantityIn(await whatIf.locator(".ant-statistic", { hasText: title }).locator(".ant-statistic-content").innerText());
    const displayedStep = (v: number | null) => (Math.abs(v ?? 0) >= 1e4 ? 1e4 * 0.005 : 0.005);
    const floor2 = await stat("可增建筑面积");
    expect(Math.abs(floor2 - summary.plotRatio.extraFloorM2)).toBeLessThanOrEqual(displayedStep(summary.plotRatio.extraFloorM2));
    expect(floor2).toBeGreaterThan(0);
    expect(await whatIf.innerText()).toMatch(/平方米[\s\S]*(万|亿)元/);
    const target = page.getByLabel("目标容积率");
    await target.fill("3");
    await target.press("Enter");
    await settle(page);
    await poll(() => stat("可增建筑面积")).toBeGreaterThan(floor2);
    expect(page.url()).toContain("target=3");
    const at3 = (await api.get<TLandParkSummary>(`/api/evaluation/land/parks/${park.id}?target=3`)).body.plotRatio;
    expect(Math.abs((await stat("可增建筑面积")) - at3.extraFloorM2)).toBeLessThanOrEqual(displayedStep(at3.extraFloorM2));
    expect(at3.projectedOutput ?? 0).toBeGreaterThan(summary.plotRatio.projectedOutput ?? 0);
    expect(at3.projectedOutput ?? 0).toBeCloseTo(at3.extraFloorM2 * (at3.medianOutputPerM2 ?? 0), 3);
    expect(Math.abs((await stat("预计新增产值")) - (at3.projectedOutput ?? 0))).toBeLessThanOrEqual(displayedStep(at3.projectedOutput));
    await screenshot(page, "evaluation-land");
    await publishPageTop(page, "land", 1100);

    // The class filter, then one class-D enterprise explained.
    const list = page.getByTestId("land-enterprises");
    await list.getByLabel("档次").click();
    await pickOption(page, /^D$/);
    await settle(page);
    await poll(async () => new Set(await list.locator("tbody tr.ant-table-row td:nth-child(3)").allInnerTexts())).toEqual(new Set(["D"]));
    const d = rows(list).first();
    const name = (await d.locator("td:nth-child(2)").innerText()).replace(/\s*演示.*$/, "").trim();
    const explained = page.waitForResponse((r) => /\/api\/evaluation\/land\/enterprises\/\d+/.test(r.url()) && r.request().method() === "GET");
    await d.click();
    const drawer = page.getByTestId("land-explanation");
    await poll(() => drawer.count()).toBe(1);
    await settle(page);
    // The API's computation time is ISO 8601 in UTC; the drawer shows it in the user's language.
    const { computedAt } = (await (await explained).json()) as TLandExplanation;
    expect(computedAt).toMatch(ISO_UTC);
    expect(await page.locator(".ant-drawer-title").innerText()).toBe(name);
    // Energy is converted on the method's basis, named beside it.
    expect(await drawer.getByTestId("land-energy-basis").innerText()).toMatch(/^按.+折算标准煤/);
    const text = await drawer.innerText();
    expect(text).toContain("D 倒逼整治类");
    expect(text).toMatch(/组内排名 \d+\/\d+/);
    const items = rows(drawer);
    expect(await items.count()).toBeGreaterThanOrEqual(4);
    for (const r of await items.all()) {
      const cells = await r.locator("td").allInnerTexts();
      expect(cells[1]).toMatch(/^([\d,.]+ \S+|未知)$/); // value with its unit
      expect(cells[2]).toMatch(/^[\d,.]+/); // benchmark
      expect(Number(cells[3])).toBeGreaterThan(0); // weight
      expect(cells[4]).toMatch(/^([\d,.]+|—)$/); // points
    }
    const moveUp = await drawer.getByTestId("move-up-option").allInnerTexts();
    expect(moveUp.length).toBeGreaterThan(0);
    for (const option of moveUp) expect(option).toMatch(/ \+[\d,.]+\S* → C（现为 -?[\d,.]+\S*）$/);
    expect(text).toMatch(/总分 [\d.]+，排名 \d+\/\d+，D类（倒逼整治类）/);
    expect(text).toContain(`计算时间 ${await browserDateTime(page, computedAt, "zh-CN")}`);
    await screenshot(page, "evaluation-land-explanation");
    await page.locator(".ant-drawer-close").click();
    await poll(() => drawer.count()).toBe(0);
  });

  it("the province adopts another per-mu method; its classes are recomputed under it (then the default's method is adopted back)", async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/evaluation/land`);
    await settle(page);
    const panel = page.getByTestId("land-method");
    await poll(() => panel.innerText()).toContain("默认方法，本省尚未选定");
    const adopt = async (title: string) => {
      await panel.getByLabel("选择评价办法").click();
      await pickOption(page, title);
      await panel.getByRole("button", { name: "采用并重新计算" }).click();
      await expect.poll(() => page.locator(".ant-message").innerText(), { timeout: 60_000 }).toContain("已采用该办法，并已重新计算");
      await poll(() => panel.innerText()).toContain("本省已选定");
      await poll(() => page.getByTestId("land-classes").innerText()).toContain(title);
    };
    await adopt("江苏省工业企业资源集约利用综合评价");
    expect((await api.get<TEvaluationSettings>("/api/evaluation/settings")).body).toMatchObject({ landRuleSet: { id: "jiangsu-huaian-per-mu" }, chosen: true });
    await screenshot(page, "evaluation-land-method", { fullPage: false });
    await adopt("浙江省亩均效益综合评价");
    expect((await api.get<TEvaluationSettings>("/api/evaluation/settings")).body.landRuleSet.id).toBe("zhejiang-huangyan-per-mu");
    noPageErrors(session);
  });

  it("switches the per-mu page to English: labels and units in English", async () => {
    const { page } = session;
    await page.getByTestId("language-switch").click();
    await poll(() => page.getByTestId("land-classes").locator("h2").innerText()).toBe("Classes");
    const classes = await page.getByTestId("land-classes").innerText();
    expect(classes).toContain("A Priority development");
    expect(classes).toContain("D Forced remediation");
    expect(classes).toMatch(/enterprises[\s\S]*[\d,.]+ mu/);
    expect(classes).toContain("Land of class C and D enterprises");
    expect(classes).not.toMatch(/[亩家]/);
    const whatIf = await page.getByTestId("land-what-if").innerText();
    expect(whatIf).toContain("Target plot ratio");
    expect(whatIf).toContain("Extra floor area");
    expect(whatIf).toMatch(/m²/);
    expect(whatIf).toMatch(/10k CNY|100M CNY/);
    expect(await page.getByTestId("land-inefficient").locator("header").innerText()).toMatch(/\d+ parcels, [\d,.]+ mu in all/);
    expect(await page.getByTestId("land-ranking").locator("thead").innerText()).toContain("Output per mu (10k CNY/mu)");
    expect(await page.locator(".ant-segmented").innerText()).toContain("Per-mu evaluation");
    expect(await page.getByTestId("evaluation-land").locator("h1, h2, h3").first().innerText()).toBe("Park evaluation");
    await screenshot(page, "evaluation-land-en");
    // The alert inbox in English: each alert's own title in English too (the names stay as registered).
    const first = (await api.get<ListPage<TAlertSummary>>("/api/evaluation/alerts?status=open&pageSize=20")).body.items[0];
    if (!first) throw new Error("no open alert");
    expect(first.title.en).not.toBe(first.title.zh);
    await page.locator(".ant-segmented-item", { hasText: "Alerts" }).click();
    await page.waitForURL(/\/evaluation\/alerts/);
    await settle(page);
    await poll(() => page.getByTestId("alert-inbox").locator("tbody tr.ant-table-row td:nth-child(3)").first().innerText()).toBe(first.title.en);
    await page.getByTestId("language-switch").click();
    await poll(() => page.getByTestId("alert-inbox").locator("tbody tr.ant-table-row td:nth-child(3)").first().innerText()).toBe(first.title.zh);
    await page.locator(".ant-segmented-item", { hasText: "亩均评价" }).click();
    await page.waitForURL(/\/evaluation\/land/);
    await poll(() => page.getByTestId("land-classes").locator("h2").innerText()).toBe("档次分布");
  });

  it("alerts inbox: severity and evidence; the series is drawn; acknowledge, a resolve without a note is refused, resolve with a note; the status filter", async () => {
    const { page } = session;
    await page.locator(".ant-segmented-item", { hasText: "监测预警" }).click();
    await page.waitForURL(/\/evaluation\/alerts/);
    await settle(page);
    const inbox = page.getByTestId("alert-inbox");
    const open = (await api.get<ListPage<TAlertSummary>>("/api/evaluation/alerts?status=open&pageSize=100")).body;
    expect(open.total).toBeGreaterThan(0);
    await poll(() => rows(inbox).count()).toBe(Math.min(20, open.total));
    for (const s of await inbox.locator("tbody tr.ant-table-row td:nth-child(1)").allInnerTexts()) expect(["严重", "警告", "提示"]).toContain(s);
    expect(new Set(await inbox.locator("tbody tr.ant-table-row td:nth-child(6)").allInnerTexts())).toEqual(new Set(["待处理"]));

    const first = open.items[0];
    if (!first) throw new Error("no open alert");
    // The time of the last change: ISO 8601 in UTC from the API, shown in the user's language.
    expect(first.updatedAt).toMatch(ISO_UTC);
    expect(await rows(inbox).first().locator("td:nth-child(7)").innerText()).toBe(await browserDateTime(page, first.updatedAt, "zh-CN"));
    await rows(inbox).first().click();
    const detail = page.getByTestId("alert-detail");
    await poll(() => detail.count()).toBe(1);
    expect(await page.locator(".ant-drawer-title").innerText()).toBe(first.title.zh);
    const text = await detail.innerText();
    expect(text).toContain(first.period);
    expect(text).toContain("预警规则与依据");
    expect(text).toContain(first.ruleTitle.zh);
    const alert = (await api.get<TAlertDetail>(`/api/evaluation/alerts/${first.id}`)).body;
    // The thresholds in words, none of the rule file's own keys (such as ytd_yoy) left showing.
    expect(text).toMatch(/阈值：\S/);
    for (const key of Object.keys(alert.rule.params)) expect(text).not.toContain(`${key} =`);
    expect(text).not.toMatch(/ytd_yoy|electricity_drop|missed_months/);
    expect(alert.evidence.series.length).toBeGreaterThan(1);
    await poll(() => painted(page.getByTestId("alert-series"))).toBeGreaterThan(0.01);
    await screenshot(page, "evaluation-alert");

    // Resolve without a note: refused in plain words, nothing changes.
    await page.getByTestId("alert-resolve").click();
    await poll(() => page.getByTestId("alert-problem").innerText()).toContain("处置或重新打开需填写说明");
    expect((await api.get<TAlertDetail>(`/api/evaluation/alerts/${first.id}`)).body.status).toBe("open");

    await page.getByTestId("alert-acknowledge").click();
    await poll(() => detail.locator(".ant-descriptions").innerText()).toContain("已确认");
    expect(await page.getByTestId("alert-acknowledge").count()).toBe(0);
    expect(await detail.locator(".ant-timeline").innerText()).toMatch(/待处理 → 已确认 · 省工信厅/);

    const note = "已约谈园区，拖累企业列入帮扶清单(e2e)";
    await page.getByTestId("alert-note").fill(note);
    await page.getByTestId("alert-resolve").click();
    await poll(() => detail.locator(".ant-descriptions").innerText()).toContain("已处置");
    expect(await detail.locator(".ant-timeline").innerText()).toContain(`已确认 → 已处置 · 省工信厅（演示） · ${note}`);
    const resolved = (await api.get<TAlertDetail>(`/api/evaluation/alerts/${first.id}`)).body;
    expect(resolved.status).toBe("resolved");
    expect(resolved.events.map((e) => e.toStatus)).toEqual(["open", "acknowledged", "resolved"]);
    await page.locator(".ant-drawer-close").click();
    await settle(page);

    // The open inbox no longer holds it; the resolved filter does, and only resolved ones.
    await poll(async () => (await inbox.locator("tbody tr.ant-table-row td:nth-child(3)").allInnerTexts()).includes(first.title.zh)).toBe(false);
    await page.getByLabel("处置状态").click();
    await pickOption(page, "已处置");
    await settle(page);
    expect(page.url()).toContain("status=resolved");
    await poll(async () => new Set(await inbox.locator("tbody tr.ant-table-row td:nth-child(6)").allInnerTexts())).toEqual(new Set(["已处置"]));
    expect(await inbox.locator("tbody tr.ant-table-row td:nth-child(3)").allInnerTexts()).toContain(first.title.zh);
    await screenshot(page, "evaluation-alerts-resolved");
    // Severity filter on all statuses.
    await page.getByLabel("处置状态").click();
    await pickOption(page, "全部");
    await poll(async () => (await inbox.locator("tbody tr.ant-table-row td:nth-child(6)").allInnerTexts()).includes("待处理")).toBe(true);
    // Severity filter (the inbox lists the most severe first, so filter to the next level down).
    await page.getByLabel("级别").click();
    await pickOption(page, "警告");
    await settle(page);
    await poll(async () => new Set(await inbox.locator("tbody tr.ant-table-row td:nth-child(1)").allInnerTexts())).toEqual(new Set(["警告"]));
    expect(page.url()).toContain("severity=warning");
    noPageErrors(session);
  });
});

describe("park evaluation (park admin): only its own park", () => {
  let session: AppSession;
  let park: { id: number; name: string };
  let parkApi: ApiSession;
  let other: TAlertSummary;
  let otherEnterprise: { id: number; name: string };

  beforeAll(async () => {
    const province = await apiLogin(baseUrl, "province");
    parkApi = await apiLogin(baseUrl, "park");
    park = await ownPark(parkApi);
    const alerts = (await province.get<ListPage<TAlertSummary>>("/api/evaluation/alerts?pageSize=100")).body.items;
    const candidate = alerts.find((a) => a.parkId !== null && a.parkId !== park.id);
    if (!candidate) throw new Error("no alert of another park");
    other = candidate;
    const land = (await province.get<ListPage<{ enterpriseId: number; name: string; class: string | null }>>(`/api/evaluation/land/parks/${candidate.parkId}/enterprises?pageSize=5`)).body.items;
    if (!land[0]) throw new Error(`park ${candidate.parkId} has no evaluated enterprise`);
    otherEnterprise = { id: land[0].enterpriseId, name: land[0].name };
    session = await openAs(baseUrl, "park");
    await session.page.waitForURL(/\/parks\/\d+$/);
  });
  afterAll(async () => session?.close());

  it("evidence the park files waits for the province: returned with a reason, filed again, accepted, then it scores", async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/evaluation/scorecard`);
    await settle(page);
    const card = page.getByTestId("park-scorecard");
    const row = card.locator("tr", { has: page.getByTestId("evidence-o2_chain_map") });
    expect(await pointsOf(row)).toBe("0");
    const file = async (note: string) => {
      await page.getByTestId("evidence-o2_chain_map").click();
      const modal = page.locator(".ant-modal:visible");
      await modal.getByTestId("evidence-note").fill(note);
      await modal.locator(".ant-modal-footer .ant-btn-primary").click();
      await poll(() => page.locator(".ant-modal:visible").count()).toBe(0);
      await settle(page);
    };
    await file("园区产业链图谱（e2e）");
    await poll(() => page.getByTestId("evidence-review-o2_chain_map").innerText()).toContain("待省级审核");
    expect(await pointsOf(row)).toBe("0");
    expect(await row.innerText()).toContain("佐证待省级审核，审核前不计分");
    // The park cannot review its own evidence: no such buttons.
    expect(await row.getByRole("button", { name: /认\s*定/ }).count()).toBe(0);

    const province = await openAs(baseUrl, "province");
    try {
      const p = province.page;
      await p.goto(`${baseUrl}/evaluation/scorecard?park=${park.id}`);
      await settle(p);
      const provinceRow = p.getByTestId("park-scorecard").locator("tr", { has: p.getByTestId("evidence-review-o2_chain_map") });
      await provinceRow.getByRole("button", { name: /退\s*回/ }).click();
      const dialog = p.locator(".ant-modal:visible");
      await dialog.locator(".ant-modal-footer .ant-btn-dangerous").click();
      await poll(() => dialog.locator(".ant-alert").innerText()).toContain("请填写退回理由");
      await dialog.getByLabel("退回理由（园区可见）").fill("请附图谱的发布文件（e2e）");
      await dialog.locator(".ant-modal-footer .ant-btn-dangerous").click();
      await poll(() => p.getByTestId("evidence-review-o2_chain_map").innerText()).toContain("省级已退回");

      await page.reload();
      await settle(page);
      await poll(() => row.innerText()).toContain("佐证被省级退回：请附图谱的发布文件（e2e），请补充后重新提交");
      expect(await pointsOf(row)).toBe("0");
      await file("园区产业链图谱及发布文件（e2e）");
      await poll(() => page.getByTestId("evidence-review-o2_chain_map").innerText()).toContain("待省级审核");

      await p.reload();
      await settle(p);
      await provinceRow.getByRole("button", { name: /认\s*定/ }).click();
      await poll(() => p.getByTestId("evidence-review-o2_chain_map").innerText()).toContain("省级已认定");
      await poll(() => pointsOf(provinceRow)).toBe("100");
      await screenshot(p, "evaluation-evidence-review");
    } finally {
      await province.close();
    }
    await page.reload();
    await settle(page);
    await poll(() => pointsOf(row)).toBe("100");
    expect(await row.innerText()).toContain("佐证经省级认定（园区产业链图谱及发布文件（e2e））");
    // Withdrawn, the demo is as it was for the other tests.
    await row.getByRole("button", { name: /撤\s*回/ }).click();
    await settle(page);
    await poll(() => pointsOf(row)).toBe("0");
    noPageErrors(session);
  });

  it("the inbox holds the park's own alerts only; the API refuses another park's alert", async () => {
    const { page } = session;
    await page.locator("nav a", { hasText: "园区评价" }).click();
    await page.waitForURL(/\/evaluation\/scorecard/);
    expect(await page.locator(".ant-segmented").innerText()).not.toContain("主导产业与同质化");
    await page.locator(".ant-segmented-item", { hasText: "监测预警" }).click();
    await settle(page);
    const inbox = page.getByTestId("alert-inbox");
    await page.getByLabel("处置状态").click();
    await pickOption(page, "全部");
    await settle(page);
    const own = (await parkApi.get<ListPage<TAlertSummary>>("/api/evaluation/alerts?pageSize=100")).body;
    expect(own.total).toBeGreaterThan(0);
    expect(own.items.every((a) => a.parkId === park.id)).toBe(true);
    await poll(() => rows(inbox).count()).toBe(Math.min(20, own.total));
    expect(new Set(await inbox.locator("tbody tr.ant-table-row td:nth-child(4)").allInnerTexts())).toEqual(new Set([park.name]));
    expect(await inbox.innerText()).not.toContain(other.title.zh);
    expect(await page.getByTestId("evaluation-recompute").count()).toBe(0);
    expect((await parkApi.get(`/api/evaluation/alerts/${other.id}`)).status).toBe(404);
    expect((await parkApi.get(`/api/evaluation/scorecard/parks/${other.parkId}`)).status).toBe(404);
    expect((await parkApi.get(`/api/evaluation/land/parks/${other.parkId}`)).status).toBe(404);
    await screenshot(page, "evaluation-alerts-park");
  });

  it("the scorecard and per-mu pages show the park's own data, whatever park the URL names", async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/evaluation/scorecard?park=${other.parkId}`);
    await settle(page);
    await poll(() => page.getByTestId("park-scorecard").locator("h2").first().innerText()).toContain(park.name);
    expect(await page.getByTestId("scorecard-ranking").count()).toBe(0);
    expect(await page.locator("body").innerText()).not.toContain(other.parkName ?? "?");
    expect(await page.getByTestId("park-scorecard").locator("section").first().innerText()).toMatch(/全省第 \d+ \/ \d+ 名/);

    await page.goto(`${baseUrl}/evaluation/land?park=${other.parkId}`);
    await settle(page);
    await poll(() => page.getByTestId("land-classes").count()).toBe(1);
    expect(await page.getByTestId("land-ranking").count()).toBe(0);
    const body = await page.locator("body").innerText();
    expect(body).not.toContain(other.parkName ?? "?");
    expect(body).not.toContain(otherEnterprise.name);
    await screenshot(page, "evaluation-land-park");
  });

  it("another park's enterprise result and the province's homogeneity by direct URL: refused, nothing shown", async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/enterprises/${otherEnterprise.id}/land`);
    await settle(page);
    expect(await page.getByTestId("error-state").innerText()).toContain("不在您的管理范围内");
    expect(await page.getByTestId("land-explanation").count()).toBe(0);
    expect(await page.locator("body").innerText()).not.toContain(otherEnterprise.name);
    await screenshot(page, "evaluation-refused-enterprise-land");

    await page.goto(`${baseUrl}/evaluation/homogeneity`);
    await settle(page);
    expect(await page.getByTestId("error-state").innerText()).toContain("没有权限");
    expect(await page.getByTestId("homogeneity-heatmap").count()).toBe(0);
    noPageErrors(session);
  });
});

describe("park evaluation (enterprise user): its own per-mu result, no evaluation menu", () => {
  let session: AppSession;
  let own: TLandExplanation;

  beforeAll(async () => {
    const enterprise = await apiLogin(baseUrl, "enterprise");
    const me = (await enterprise.get<TMe>("/api/auth/me")).body;
    if (me.scope.kind !== "enterprise") throw new Error("the demo enterprise account is not an enterprise user");
    own = (await enterprise.get<TLandExplanation>(`/api/evaluation/land/enterprises/${me.scope.enterpriseId}`)).body;
    session = await openAs(baseUrl, "enterprise");
    await session.page.waitForURL(/\/enterprises\/\d+$/);
  });
  afterAll(async () => session?.close());

  it("sees its per-mu page with each indicator, its benchmark and points, and what moves it up", async () => {
    const { page } = session;
    await poll(() => page.locator("nav a").allInnerTexts()).toContain("亩均评价");
    expect(await page.locator("nav a").allInnerTexts()).not.toContain("园区评价");
    await page.locator("nav a", { hasText: "亩均评价" }).click();
    await page.waitForURL(/\/enterprises\/\d+\/land$/);
    await settle(page);
    const view = page.getByTestId("land-explanation");
    await poll(() => view.count()).toBe(1);
    expect(await page.getByTestId("enterprise-land").locator("h1, h2, h3").first().innerText()).toBe(own.name);
    const text = await view.innerText();
    if (own.class) expect(text).toContain(`${own.class} ${own.classLabel?.zh ?? ""}`);
    expect(await rows(view).count()).toBe(own.items.length);
    const first = own.items[0];
    if (first) {
      const cells = await rows(view).first().locator("td").allInnerTexts();
      expect(cells[0]).toBe(first.name.zh);
      expect(cells[1]).toContain(first.unit.zh);
      expect(cells[3]).toBe(String(first.weight));
    }
    if (own.moveUp && own.moveUp.options.length > 0) {
      expect(await view.getByTestId("move-up-option").allInnerTexts()).toEqual(own.moveUp.options.map((o) => o.text.zh));
    } else expect(text).toContain("已在最高档次");
    await screenshot(page, "evaluation-enterprise-land");
  });

  it("evaluation pages and another enterprise's result are refused", async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/evaluation/scorecard`);
    await settle(page);
    expect(await page.getByTestId("error-state").innerText()).toContain("没有权限");
    expect(await page.getByTestId("park-scorecard").count()).toBe(0);
    await page.goto(`${baseUrl}/evaluation/alerts`);
    await settle(page);
    expect(await page.getByTestId("error-state").innerText()).toContain("没有权限");
    await page.goto(`${baseUrl}/enterprises/${own.enterpriseId + 1}/land`);
    await settle(page);
    expect(await page.getByTestId("error-state").innerText()).toContain("不在您的管理范围内");
    expect(await page.getByTestId("land-explanation").count()).toBe(0);
    noPageErrors(session);
  });
});
