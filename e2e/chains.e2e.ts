import type { TChainMap, TMe, TParkSummary, TTargetList } from "@parkpilot/contracts";
import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { apiLogin, type ApiSession } from "./support/api";
import { noPageErrors, openAs, publishPageTop, screenshot, settle, type AppSession } from "./support/app";

const baseUrl = inject("baseUrl");

/** The chain most of the walk uses: in the fixed demo the demo park has strong, weak and missing segments on it. */
const CHAIN = "biomedicine";
const CHAIN_NAME = "生物医药产业链";
/** The chain the province copies and edits (kept apart so the edit does not disturb the other flows). */
const EDITED = { code: "new-materials", name: "新材料产业链", segment: "inorganic-nonmetallic", newName: "先进无机非金属材料（本省）", keyword: "氮化硅陶瓷基板" };

const STRENGTH_RGB = { strong: [0x38, 0x9e, 0x0d], weak: [0xd4, 0x88, 0x06], missing: [0xcf, 0x13, 0x22] } as const;

interface Page_<T> {
  items: T[];
  total: number;
}

const goto = async (page: Page, path: string): Promise<void> => {
  await page.goto(`${baseUrl}${path}`);
  await settle(page);
};

/** Clicks the option of the open antd Select whose text is exactly `text`. */
const pickOption = async (page: Page, text: string | RegExp): Promise<void> => {
  const name = typeof text === "string" ? new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) : text;
  await page.locator(".ant-select-item-option:visible").filter({ hasText: name }).first().click();
};

const dialog = (page: Page, title: string): Locator => page.getByRole("dialog", { name: title });
/** antd puts a space between the two characters of a two-character Chinese button label. */
const SAVE = /^保\s?存$/;

const messages = (page: Page) => page.locator(".ant-message").innerText();

/** A call the page itself makes with the signed-in user's cookie (what a curious user could type in the console). */
const fetchFromPage = (page: Page, path: string, init?: { method: string; body?: unknown }) =>
  page.evaluate(
    async ({ path, init }) => {
      const r = await fetch(path, init ? { method: init.method, headers: { "content-type": "application/json" }, body: JSON.stringify(init.body ?? {}) } : undefined);
      return { status: r.status, text: await r.text() };
    },
    { path, init },
  );

/** Pixels (device pixels, x/y) of the chart canvas painted exactly in the colour, with the canvas's size in CSS pixels. */
const paintedIn = (page: Page, testId: string, rgb: readonly [number, number, number]) =>
  page
    .getByTestId(testId)
    .locator("canvas")
    .first()
    .evaluate((node, rgb) => {
      // The test process has no DOM types: the canvas as far as this reads it.
      const canvas = node as unknown as {
        width: number;
        height: number;
        clientWidth: number;
        getContext(kind: "2d"): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null;
      };
      const data = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data;
      const points: [number, number][] = [];
      if (data) {
        for (let i = 0; i < data.length; i += 4) {
          if (data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2] && data[i + 3] === 255) points.push([(i / 4) % canvas.width, Math.floor(i / 4 / canvas.width)]);
        }
      }
      return { points, scale: canvas.width / Math.max(1, canvas.clientWidth) };
    }, rgb);

describe("industrial chains in the browser", () => {
  let province: AppSession;
  let park: AppSession;
  let provinceApi: ApiSession;
  let parkApi: ApiSession;
  let own: { id: number; name: string };
  let other: TParkSummary;

  beforeAll(async () => {
    provinceApi = await apiLogin(baseUrl, "province");
    parkApi = await apiLogin(baseUrl, "park");
    const me = (await parkApi.get<TMe>("/api/auth/me")).body;
    if (me.scope.kind !== "park") throw new Error("the demo park account is not a park admin");
    own = { id: me.scope.parkId, name: me.scopeName };
    const parks = (await provinceApi.get<Page_<TParkSummary>>("/api/parks?pageSize=200&sort=industrialOutput&order=desc")).body.items;
    const candidate = parks.find((p) => p.id !== own.id && (p.kpis?.enterprises ?? 0) > 0);
    if (!candidate) throw new Error("the demo has no second park with enterprises");
    other = candidate;
    province = await openAs(baseUrl, "province");
    park = await openAs(baseUrl, "park");
  });
  afterAll(async () => {
    await province?.close();
    await park?.close();
  });
  // What the pages looked like when a test failed.
  afterEach(async (context) => {
    if (context.task.result?.state !== "fail") return;
    const name = context.task.name.slice(0, 40).replace(/[^\w\u4e00-\u9fff]+/g, "-");
    for (const [who, session] of [["province", province], ["park", park]] as const) if (session) await screenshot(session.page, `failed/chains-${name}-${who}`).catch(() => undefined);
  });

  describe("templates", () => {
    it("lists the six shipped chain templates with their sources; a park admin may read but not copy or edit", async () => {
      const { page } = park;
      await goto(page, "/chains/templates");
      const rows = page.getByTestId("chains-templates").locator("tbody tr.ant-table-row");
      await expect.poll(() => rows.count()).toBe(6);
      const text = await page.getByTestId("chains-templates").innerText();
      for (const name of ["生物医药产业链", "电子信息产业链", "高端装备制造产业链", "集成电路产业链", "新能源汽车产业链", "新材料产业链"]) expect(text).toContain(name);
      expect(text).toContain("平台随附");
      expect(text).toContain("战略性新兴产业分类（2018）");
      await rows.filter({ hasText: CHAIN_NAME }).click();
      const drawer = page.getByTestId("template-drawer");
      await expect.poll(() => drawer.innerText()).toContain("原料药与医药中间体");
      expect(await drawer.innerText()).toContain("园区强链标准");
      expect(await drawer.getByRole("button", { name: /复制为本省版本|编辑为新版本/ }).count()).toBe(0);
    });

    it("province admin copies a template, then edits the copy (renames a segment, adds a keyword): each is a new version, the old ones are kept", async () => {
      const { page } = province;
      await goto(page, "/chains/templates");
      const table = page.getByTestId("chains-templates");
      await table.locator("tbody tr.ant-table-row").filter({ hasText: EDITED.name }).click();
      const drawer = page.getByTestId("template-drawer");
      await expect.poll(() => drawer.locator(".ant-drawer-title").innerText()).toBe(`${EDITED.name} v1`);

      await drawer.getByRole("button", { name: "复制为本省版本" }).click();
      await expect.poll(() => messages(page)).toContain("已复制为本省 v2");
      await expect.poll(() => drawer.locator(".ant-drawer-title").innerText()).toBe(`${EDITED.name} v2`);

      await drawer.getByRole("button", { name: "编辑为新版本" }).click();
      const editor = dialog(page, "编辑为新版本");
      const textarea = editor.getByRole("textbox", { name: "编辑为新版本" });
      const definition = JSON.parse(await textarea.inputValue()) as { code: string; segments: Segment[] };
      interface Segment {
        key: string;
        name: string;
        keywords: string[];
        children: Segment[];
      }
      const find = (segments: Segment[]): Segment | undefined => segments.map((s) => (s.key === EDITED.segment ? s : find(s.children))).find(Boolean);
      const segment = find(definition.segments);
      expect(segment, `segment ${EDITED.segment} in the template`).toBeDefined();
      if (!segment) return;
      segment.name = EDITED.newName;
      segment.keywords.push(EDITED.keyword);

      // A broken edit is refused, nothing is saved.
      await textarea.fill("{ not json");
      await editor.getByRole("button", { name: SAVE }).click();
      await expect.poll(() => messages(page)).toContain("不是有效的 JSON");

      await textarea.fill(JSON.stringify(definition, null, 2));
      await editor.getByRole("button", { name: SAVE }).click();
      await expect.poll(() => messages(page)).toContain("已保存为本省 v3");
      await expect.poll(() => drawer.locator(".ant-drawer-title").innerText()).toBe(`${EDITED.name} v3`);
      const tree = await drawer.locator(".ant-tree").innerText();
      expect(tree).toContain(EDITED.newName);
      expect(tree).toContain(EDITED.keyword);
      await screenshot(page, "chains-template-edited");
      await drawer.getByRole("button", { name: /close|关闭/i }).click();

      // The list shows the shipped template and the province's newest version, which is the one in use;
      // all versions keep v2 as it was.
      const row = table.locator("tbody tr.ant-table-row").filter({ hasText: EDITED.name });
      await expect.poll(() => row.allInnerTexts()).toHaveLength(2);
      const [shipped, mine] = await row.allInnerTexts();
      expect(shipped).toMatch(/v1 ·/);
      expect(shipped).toContain("平台随附");
      expect(shipped).not.toContain("在用");
      expect(mine).toMatch(/v3 ·/);
      expect(mine).toContain("本省版本");
      expect(mine).toContain("在用");
      await page.getByTestId("chains-templates").getByRole("switch").click();
      await expect.poll(() => row.count()).toBe(3);
      const versions = await row.allInnerTexts();
      expect(versions.filter((v) => /v1 ·/.test(v) && v.includes("平台随附"))).toHaveLength(1);
      expect(versions.filter((v) => /v2 ·/.test(v) && v.includes("本省版本"))).toHaveLength(1);
      expect(versions.filter((v) => v.includes("在用"))).toHaveLength(1);
      await row.filter({ hasText: /v1 ·/ }).click();
      await expect.poll(() => drawer.locator(".ant-drawer-title").innerText()).toBe(`${EDITED.name} v1`);
      const v1 = await drawer.locator(".ant-tree").innerText();
      expect(v1).not.toContain(EDITED.newName);
      expect(v1).not.toContain(EDITED.keyword);
      await screenshot(page, "chains-templates");
      noPageErrors(province);
    });
  });

  describe("chain map", () => {
    it("province admin places the province's enterprises on the chains, and its map uses the edited template", async () => {
      const { page } = province;
      await goto(page, `/chains?chain=${EDITED.code}`);
      await page.getByTestId("rerun-placement").click();
      await expect.poll(() => messages(page), { timeout: 60_000 }).toMatch(/已计算 [\d,]+ 家企业，落链 [\d,]+ 条/);
      await settle(page);
      expect(await page.getByTestId("chain-select").innerText()).toContain(`${EDITED.name}（本省版本 v3）`);
      await expect.poll(() => page.getByTestId("chain-segments").innerText()).toContain(EDITED.newName);
      expect(await page.getByTestId("chain-map").innerText()).toContain("模板 v3");
    });

    it("park admin: the graph is drawn with strong, weak and missing segments, each with its reason; a click on a segment drills down to its own park's enterprises", async () => {
      const { page } = park;
      const expected = (await parkApi.get<TChainMap>(`/api/chains/map?templateCode=${CHAIN}&parkId=${own.id}`)).body;
      const leaves = expected.nodes.filter((n) => n.isLeaf);
      const strong = leaves.filter((n) => n.assessment?.strength === "strong");
      // The fixed demo gives the demo park all three kinds on this chain; the test relies on it.
      expect(strong.length).toBeGreaterThan(0);
      expect(expected.summary.weak).toBeGreaterThan(0);
      expect(expected.summary.missing).toBeGreaterThan(0);

      await goto(page, `/chains?chain=${CHAIN}`);
      const map = page.getByTestId("chain-map");
      await expect.poll(() => map.innerText()).toContain(`${CHAIN_NAME} · ${own.name}`);
      // The summary counts are the map's own.
      const stats = await map.innerText();
      expect(stats).toMatch(new RegExp(`强链\\s*${expected.summary.strong}\\b`));
      expect(stats).toMatch(new RegExp(`弱链\\s*${expected.summary.weak}\\b`));
      expect(stats).toMatch(new RegExp(`缺链\\s*${expected.summary.missing}\\b`));
      expect(await page.getByTestId("chain-graph").getAttribute("aria-label")).toBe(`${CHAIN_NAME}（${own.name}）产业链图谱`);

      // The graph is really drawn in the three colours.
      await expect.poll(async () => (await paintedIn(page, "chain-graph", STRENGTH_RGB.strong)).points.length).toBeGreaterThan(100);
      expect((await paintedIn(page, "chain-graph", STRENGTH_RGB.weak)).points.length).toBeGreaterThan(100);
      expect((await paintedIn(page, "chain-graph", STRENGTH_RGB.missing)).points.length).toBeGreaterThan(100);

      // Every leaf segment in the table carries its verdict and its reasons.
      const segmentRows = page.getByTestId("chain-segments").locator("tbody tr.ant-table-row");
      for (const leaf of leaves) {
        const row = segmentRows.filter({ has: page.locator(`td:first-child`, { hasText: new RegExp(`^${leaf.name}$`) }) });
        const text = await row.innerText();
        expect(text).toContain({ strong: "强链", weak: "弱链", missing: "缺链" }[leaf.assessment?.strength ?? "missing"]);
        expect(text).toContain(leaf.assessment?.reasons[0]?.zh ?? "—");
      }
      // The output column reads in one unit, named in its header.
      const headers = await page.getByTestId("chain-segments").locator("thead th").allInnerTexts();
      const outputColumn = headers.findIndex((h) => /^工业总产值 \((万元|亿元)\)$/.test(h.trim()));
      expect(outputColumn, headers.join(" | ")).toBeGreaterThanOrEqual(0);
      for (const cell of await segmentRows.locator(`td:nth-child(${outputColumn + 1})`).allInnerTexts()) expect(cell.trim()).toMatch(/^(—|-?[\d,]+\.\d{2})$/);
      await screenshot(page, "chains-map-park");

      // Click a green node on the canvas: the drawer of a strong segment opens.
      const green = await paintedIn(page, "chain-graph", STRENGTH_RGB.strong);
      const top = green.points[0];
      if (!top) throw new Error("no strong node painted");
      await page
        .getByTestId("chain-graph")
        .locator("canvas")
        .first()
        .click({ position: { x: top[0] / green.scale, y: top[1] / green.scale + 10 } });
      const drawer = page.getByTestId("segment-drawer");
      await expect.poll(() => drawer.locator(".ant-drawer-title").count()).toBe(1);
      const title = await drawer.locator(".ant-drawer-title").innerText();
      const clicked = strong.find((s) => s.name === title);
      expect(clicked, `the clicked node "${title}" is a strong segment`).toBeDefined();
      if (!clicked) return;
      const body = await drawer.innerText();
      expect(body).toContain("强链");
      for (const reason of clicked.assessment?.reasons ?? []) expect(body).toContain(reason.zh);
      const rows = drawer.locator("tbody tr.ant-table-row");
      await expect.poll(() => rows.count()).toBe(clicked.figures.enterprises);
      // Only the park's own enterprises, each with why it was placed there.
      const parkCells = await rows.locator("td:nth-child(2)").allInnerTexts();
      expect(new Set(parkCells)).toEqual(new Set([own.name]));
      for (const reason of await rows.locator("td:nth-child(4)").allInnerTexts()) expect(reason).toMatch(/行业\d{4}|关键词/);
      await screenshot(page, "chains-segment-park");
      await drawer.getByRole("button", { name: /close|关闭/i }).click();
      noPageErrors(park);
    });

    it("province admin: the same segment drilled down from the table holds the whole province's enterprises", async () => {
      const { page } = province;
      const parkMap = (await parkApi.get<TChainMap>(`/api/chains/map?templateCode=${CHAIN}&parkId=${own.id}`)).body;
      const provinceMap = (await provinceApi.get<TChainMap>(`/api/chains/map?templateCode=${CHAIN}&provinceCode=44`)).body;
      const busiest = provinceMap.nodes.filter((n) => n.isLeaf).sort((a, b) => b.figures.enterprises - a.figures.enterprises)[0];
      if (!busiest) throw new Error("no segment");
      const inPark = parkMap.nodes.find((n) => n.key === busiest.key)?.figures.enterprises ?? 0;
      expect(busiest.figures.enterprises).toBeGreaterThan(inPark);

      await goto(page, `/chains?chain=${CHAIN}`);
      await expect.poll(() => page.getByTestId("chain-map").innerText()).toContain(`${CHAIN_NAME} · 广东省`);
      await expect.poll(async () => (await paintedIn(page, "chain-graph", STRENGTH_RGB.weak)).points.length).toBeGreaterThan(100);
      await page
        .getByTestId("chain-segments")
        .locator("tbody tr.ant-table-row td:first-child")
        .filter({ hasText: new RegExp(`^${busiest.name}$`) })
        .click();
      const drawer = page.getByTestId("segment-drawer");
      await expect.poll(() => drawer.locator(".ant-drawer-title").innerText()).toBe(busiest.name);
      const rows = drawer.locator("tbody tr.ant-table-row");
      await expect.poll(() => rows.count()).toBe(Math.min(20, busiest.figures.enterprises));
      const parks = new Set(await rows.locator("td:nth-child(2)").allInnerTexts());
      expect(parks.size).toBeGreaterThan(1);
      await screenshot(page, "chains-segment-province");
      // Leave a segment on another page or tab: the next segment still opens on its first ones.
      const active = (selector: string) => drawer.locator(selector).innerText();
      const close = () => drawer.getByRole("button", { name: /close|关闭/i }).click();
      const open = async (segment: { name: string }) => {
        await page
          .getByTestId("chain-segments")
          .locator("tbody tr.ant-table-row td:first-child")
          .filter({ hasText: new RegExp(`^${segment.name}$`) })
          .click();
        await expect.poll(() => drawer.locator(".ant-drawer-title").innerText()).toBe(segment.name);
      };
      // (The e2e province is small: a second page only when the busiest segment has one.)
      if (busiest.figures.enterprises > 20) {
        await drawer.locator(".ant-pagination-item-2").click();
        await expect.poll(() => active(".ant-pagination-item-active")).toBe("2");
      }
      await close();
      const next = provinceMap.nodes.filter((n) => n.isLeaf && n.key !== busiest.key && n.figures.enterprises > 0)[0];
      if (!next) throw new Error("no second segment");
      await open(next);
      await expect.poll(() => rows.count()).toBe(Math.min(20, next.figures.enterprises));
      expect(await active(".ant-pagination-item-active")).toBe("1");
      await drawer.locator(".ant-segmented-item", { hasText: "待确认" }).click();
      await expect.poll(() => active(".ant-segmented-item-selected")).toBe("待确认");
      await close();
      await open(busiest);
      expect(await active(".ant-segmented-item-selected")).toBe("已计入");
      await close();

      // Choosing one park narrows the map to it.
      await page.getByTestId("subject-select").click();
      await page.keyboard.type(own.name);
      await pickOption(page, own.name);
      await expect.poll(() => page.getByTestId("chain-map").innerText()).toContain(`${CHAIN_NAME} · ${own.name}`);
      expect(new URL(page.url()).searchParams.get("park")).toBe(String(own.id));
      await screenshot(page, "chains-map");
      await publishPageTop(page, "chains-map", 1050);
      noPageErrors(province);
    });
  });

  describe("investment targets", () => {
    it("lists the missing and weak segments only, each target ranked with the reason for its rank; a target becomes a lead", async () => {
      const { page } = park;
      const map = (await parkApi.get<TChainMap>(`/api/chains/map?templateCode=${CHAIN}&parkId=${own.id}`)).body;
      const gapsExpected = map.nodes.filter((n) => n.isLeaf && n.assessment?.strength !== "strong");
      const expected = (await parkApi.get<TTargetList>(`/api/chains/targets?templateCode=${CHAIN}&parkId=${own.id}`)).body;

      await goto(page, `/chains/targets?chain=${CHAIN}`);
      await expect.poll(() => page.locator("[data-testid^=gap-]").count()).toBe(gapsExpected.length);
      const strongKeys = map.nodes.filter((n) => n.assessment?.strength === "strong").map((n) => n.key);
      for (const key of strongKeys) expect(await page.getByTestId(`gap-${key}`).count()).toBe(0);

      let withTargets = 0;
      for (const gap of expected.gaps) {
        const panel = page.getByTestId(`gap-${gap.segmentKey}`);
        const head = await panel.innerText();
        expect(head).toContain(gap.strength === "missing" ? "缺链" : "弱链");
        expect(head).toContain(gap.reasons[0]?.zh ?? "—");
        const rows = panel.locator("tbody tr.ant-table-row");
        expect(await rows.count()).toBe(gap.targets.length);
        if (gap.targets.length === 0) continue;
        withTargets++;
        const ranks = (await rows.locator("td:nth-child(1)").allInnerTexts()).map(Number);
        expect(ranks).toEqual(ranks.map((_, i) => i + 1));
        const scores = (await rows.locator("td:nth-child(2)").allInnerTexts()).map(Number);
        expect([...scores].sort((a, b) => b - a)).toEqual(scores);
        const reasons = await rows.locator("td:nth-child(8)").allInnerTexts();
        reasons.forEach((reason, i) => expect(reason).toMatch(new RegExp(`^第 ${i + 1} 名，综合 ${scores[i]?.toFixed(2)}：环节匹配`)));
        // Targets are elsewhere: never the park's own enterprises.
        for (const where of await rows.locator("td:nth-child(4)").allInnerTexts()) expect(where).not.toContain(own.name);
      }
      expect(withTargets).toBeGreaterThan(0);
      await screenshot(page, "chains-targets");

      // In English: the basis, the segment verdicts, the honours and every ranking reason.
      const ranked = expected.gaps.find((g) => g.targets.length > 0);
      if (!ranked) throw new Error("no gap with targets");
      await page.getByTestId("language-switch").click();
      const panel = page.getByTestId(`gap-${ranked.segmentKey}`);
      await expect.poll(() => panel.locator("tbody tr.ant-table-row td:nth-child(8)").first().innerText()).toBe(ranked.targets[0]?.reason.en);
      expect(await panel.innerText()).toContain(ranked.reasons[0]?.en ?? "—");
      expect(await page.locator(".ant-alert").first().innerText()).toContain(expected.basis.en);
      await screenshot(page, "chains-targets-en");
      await page.getByTestId("language-switch").click();
      await expect.poll(() => panel.locator("tbody tr.ant-table-row td:nth-child(8)").first().innerText()).toBe(ranked.targets[0]?.reason.zh);

      // Turn the top target of the first gap that has one into a lead.
      const gap = expected.gaps.find((g) => g.targets.length > 0);
      const target = gap?.targets[0];
      if (!gap || !target) throw new Error("no target");
      const row = page.getByTestId(`gap-${gap.segmentKey}`).locator("tbody tr.ant-table-row").first();
      await row.getByRole("button", { name: "转为线索" }).click();
      await expect.poll(() => messages(page)).toContain("已在招商项目中新建线索");
      // The target now names its project instead of offering a second lead; the link opens it.
      const existing = row.getByTestId(`target-project-${target.enterprise.id}`);
      await expect.poll(() => existing.innerText()).toBe("已有项目 · 线索");
      expect(await row.getByRole("button", { name: "转为线索" }).count()).toBe(0);
      await existing.click();
      await page.waitForURL(/\/chains\/projects\?.*project=\d+/);
      await expect.poll(() => page.locator(".ant-drawer-title").innerText()).toBe(`${target.enterprise.name}招商项目`);
      await page.keyboard.press("Escape");
      await expect.poll(() => new URL(page.url()).searchParams.has("project")).toBe(false);
      const leads = page.getByRole("region", { name: "线索", exact: true });
      await expect.poll(() => leads.innerText()).toContain(`${target.enterprise.name}招商项目`);
      noPageErrors(park);
    });
  });

  describe("project pipeline", () => {
    const PROJECT = "e2e 生物药 CDMO 基地项目";
    const LOST = "e2e 原料药扩产项目";

    const createProject = async (page: Page, name: string): Promise<void> => {
      await page.getByTestId("new-project").click();
      const form = dialog(page, "新建项目");
      await form.getByLabel("项目名称").fill(name);
      await form.getByLabel("投资方").fill("粤港生物科技集团（演示）");
      await form.getByLabel("产业链").click();
      await pickOption(page, CHAIN_NAME);
      await form.getByLabel("补链环节").click();
      await pickOption(page, /研发外包与合同生产/);
      await form.getByRole("button", { name: SAVE }).click();
      await expect.poll(() => messages(page)).toContain("项目已创建");
    };

    const openCard = async (page: Page, name: string): Promise<Locator> => {
      await page.getByTestId("pipeline").getByRole("button", { name: new RegExp(name) }).click();
      const drawer = page.getByTestId("project-drawer");
      await expect.poll(() => drawer.locator(".ant-drawer-title").innerText()).toBe(name);
      return drawer;
    };

    const stageOf = (drawer: Locator) => drawer.locator(".ant-tag").first().innerText();

    it("creates a lead and moves it through the stages; a stale, illegal move is refused in plain language; signing asks for the commitments", async () => {
      const { page } = park;
      await goto(page, "/chains/projects");
      await createProject(page, PROJECT);
      const leads = page.getByRole("region", { name: "线索", exact: true });
      await expect.poll(() => leads.innerText()).toContain(PROJECT);

      // A colleague has the same project open in another tab.
      const stale = await park.context.newPage();
      try {
        await stale.goto(`${baseUrl}/chains/projects`);
        await settle(stale);
        const staleDrawer = await openCard(stale, PROJECT);
        expect(await stageOf(staleDrawer)).toBe("线索");

        const drawer = await openCard(page, PROJECT);
        expect(await stageOf(drawer)).toBe("线索");
        // Only the legal next moves are offered.
        expect(await drawer.locator("[data-testid^=move-]").allInnerTexts()).toEqual(["转到：已接洽", "转到：已流失"]);
        await drawer.getByTestId("move-contacted").click();
        await expect.poll(() => stageOf(drawer)).toBe("已接洽");

        // The stale tab still offers lead → contacted: the server refuses and says why, and the tab catches up.
        await staleDrawer.getByTestId("move-contacted").click();
        await expect.poll(() => messages(stale)).toContain("不能从「已接洽」转到「已接洽」；可转到：洽谈中、已流失");
        await expect.poll(() => stageOf(staleDrawer)).toBe("已接洽");
        expect(await staleDrawer.locator("[data-testid^=move-]").allInnerTexts()).toEqual(["转到：洽谈中", "转到：已流失"]);
        await screenshot(stale, "chains-project-refused");
      } finally {
        await stale.close();
      }

      // Skipping a stage is refused by the server too, in plain language.
      const id = Number((await page.getByTestId("pipeline").getByRole("button", { name: new RegExp(PROJECT) }).getAttribute("data-testid"))?.replace("project-", ""));
      const skip = await fetchFromPage(page, `/api/chains/projects/${id}/transitions`, { method: "POST", body: { to: "signed" } });
      expect(skip.status).toBe(400);
      expect(skip.text).toContain("不能从「已接洽」转到「已签约」；可转到：洽谈中、已流失");

      const drawer = page.getByTestId("project-drawer");
      await drawer.getByTestId("move-negotiating").click();
      await expect.poll(() => stageOf(drawer)).toBe("洽谈中");

      // Signing: the commitments are required.
      await drawer.getByTestId("move-signed").click();
      const sign = dialog(page, "签约：填写承诺");
      await sign.getByRole("button", { name: SAVE }).click();
      await expect.poll(() => sign.locator(".ant-form-item-explain-error").count()).toBe(6);
      expect(await stageOf(drawer)).toBe("洽谈中");
      await sign.getByLabel("计划投资额（万元）").fill("52000");
      await sign.getByLabel("用地面积（亩，租用厂房填 0）").fill("80");
      await sign.getByLabel("达产年产值（万元）").fill("150000");
      await sign.getByLabel("达产年税收（万元）").fill("6400");
      await sign.getByLabel("新增就业（人）").fill("420");
      await sign.getByLabel("约定达产日期").click();
      await sign.getByLabel("约定达产日期").fill("2029-06-30");
      await sign.getByLabel("约定达产日期").press("Enter");
      await sign.getByRole("button", { name: SAVE }).click();
      await expect.poll(() => stageOf(drawer)).toBe("已签约");
      const commitments = await drawer.locator(".ant-descriptions").first().innerText();
      expect(commitments).toMatch(/计划投资\s*5(\.20\s*亿元|2,000(\.00)?\s*万元)/);
      expect(commitments).toMatch(/用地\s*80\s*亩/);
      expect(commitments).toMatch(/新增就业\s*420/);
      expect(commitments).toContain("2029-06-30");
      // The per-mu projection follows from the commitments: 6400 万元 / 80 亩 = 80 万元/亩.
      expect(await drawer.locator(".ant-descriptions").nth(1).innerText()).toMatch(/亩均税收\s*80(\.00)?\s*万元\/亩/);
      await drawer.getByTestId("move-under_construction").click();
      await expect.poll(() => stageOf(drawer)).toBe("在建");
      const history = await drawer.locator(".ant-timeline").innerText();
      for (const step of ["录入 → 线索", "线索 → 已接洽", "已接洽 → 洽谈中", "洽谈中 → 已签约", "已签约 → 在建"]) expect(history).toContain(step);
      await screenshot(page, "chains-project");
      await drawer.getByRole("button", { name: /close|关闭/i }).click();
      await expect.poll(() => page.getByRole("region", { name: "在建", exact: true }).innerText()).toContain(PROJECT);
      expect(await page.getByRole("region", { name: "线索", exact: true }).innerText()).not.toContain(PROJECT);
    });

    it("marking a project lost needs a reason; the reason is kept and a lost project cannot move any more", async () => {
      const { page } = park;
      await goto(page, "/chains/projects");
      await createProject(page, LOST);
      const drawer = await openCard(page, LOST);
      await drawer.getByTestId("move-lost").click();
      const lose = dialog(page, "记录流失");
      await lose.getByLabel("流失原因").fill("   ");
      await lose.getByRole("button", { name: SAVE }).click();
      await expect.poll(() => lose.locator(".ant-form-item-explain-error").count()).toBe(1);
      expect(await stageOf(drawer)).toBe("线索");
      // Nor does the server take a loss without a reason.
      const id = Number((await page.getByTestId("pipeline").getByRole("button", { name: new RegExp(LOST) }).getAttribute("data-testid"))?.replace("project-", ""));
      const refused = await fetchFromPage(page, `/api/chains/projects/${id}/transitions`, { method: "POST", body: { to: "lost" } });
      expect(refused.status).toBe(400);
      expect(refused.text).toContain("流失需说明原因");

      await lose.getByLabel("流失原因").fill("投资方选择落户邻省，土地价格差距过大");
      await lose.getByRole("button", { name: SAVE }).click();
      await expect.poll(() => stageOf(drawer)).toBe("已流失");
      expect(await drawer.innerText()).toContain("投资方选择落户邻省，土地价格差距过大");
      expect(await drawer.locator("[data-testid^=move-]").count()).toBe(0);
      await drawer.getByRole("button", { name: /close|关闭/i }).click();
      await expect.poll(() => page.getByRole("region", { name: "已流失", exact: true }).innerText()).toContain(LOST);
      await screenshot(page, "chains-projects");
      noPageErrors(park);
    });
  });

  describe("chain-leader team, tasks and the shared visit log", () => {
    const OWNER = "王立新";
    const TASK = "走访原料药龙头企业，摸清扩产用地需求";
    const VISIT = { team: "园区招商局", purpose: "了解扩产需求与用地计划" };
    let visited = "";

    it("park admin names a 链长 with a team; a task with a past deadline is flagged overdue until its status changes", async () => {
      const { page } = park;
      await goto(page, `/chains/team?chain=${CHAIN}`);
      const owners = page.getByTestId("chain-owners");
      expect(await owners.innerText()).toContain("尚未设立链长");
      await owners.getByRole("button", { name: "设立链长" }).click();
      const form = dialog(page, "设立链长");
      expect(await form.locator(".ant-form-item").filter({ hasText: "产业链" }).first().innerText()).toContain(CHAIN_NAME);
      await form.getByLabel("链长").fill(OWNER);
      await form.getByLabel("职务").fill("管委会副主任");
      // One row a member: a new row's role is 专班成员 until changed.
      for (const [i, name] of ["张三", "李四", "王五"].entries()) {
        await form.getByRole("button", { name: /添加成员/ }).click();
        await form.getByLabel(`成员 ${i + 1} 姓名`).fill(name);
      }
      await form.getByLabel("成员 1 分工").fill("专班组长");
      await form.getByRole("button", { name: SAVE }).click();
      const row = owners.locator("tbody tr.ant-table-row").filter({ hasText: OWNER });
      await expect.poll(() => row.count()).toBe(1);
      const cells = await row.locator("td").allInnerTexts();
      expect([...cells.slice(0, 3), cells[4]]).toEqual([CHAIN_NAME, own.name, `${OWNER}（管委会副主任）`, "0"]);
      expect(await row.getByTestId("member-name").allInnerTexts()).toEqual(["张三", "李四", "王五"]);
      expect(await row.getByTestId("member-role").allInnerTexts()).toEqual(["（专班组长）", "（专班成员）", "（专班成员）"]);

      const today = ((await page.getByTestId("chain-tasks").innerText()).match(/今天：(\d{4}-\d{2}-\d{2})/) ?? [])[1];
      expect(today).toBeDefined();
      const due = new Date(`${today ?? ""}T00:00:00Z`);
      due.setUTCDate(due.getUTCDate() - 3);
      const dueOn = due.toISOString().slice(0, 10);

      await row.getByRole("button", { name: "布置任务" }).click();
      const taskForm = dialog(page, "布置任务");
      await taskForm.getByLabel("任务").fill(TASK);
      await taskForm.getByLabel("负责人").fill("张三");
      await taskForm.getByLabel("截止日期").click();
      await taskForm.getByLabel("截止日期").fill(dueOn);
      await taskForm.getByLabel("截止日期").press("Enter");
      await taskForm.getByRole("button", { name: SAVE }).click();

      const task = page.getByTestId("chain-tasks").locator("tbody tr.ant-table-row").filter({ hasText: TASK });
      await expect.poll(() => task.count()).toBe(1);
      const taskCells = await task.locator("td").allInnerTexts();
      expect(taskCells[0]).toContain("逾期");
      expect(taskCells.slice(1, 4)).toEqual([`${CHAIN_NAME} · ${OWNER}`, "张三", dueOn]);
      expect(taskCells[4]).toBe("待办");
      await expect.poll(() => row.locator("td:nth-child(5)").innerText()).toMatch(/^1\s*逾期 1$/);
      await screenshot(page, "chains-team");

      await task.getByLabel("状态").click();
      await pickOption(page, "已完成");
      await expect.poll(() => task.locator("td:nth-child(5)").innerText()).toMatch(/^已完成/);
      await expect.poll(() => task.getByTestId("overdue").count()).toBe(0);
      await expect.poll(() => row.locator("td:nth-child(5)").innerText()).toBe("0");
      // It was saved, not just shown.
      await page.reload();
      await settle(page);
      await expect.poll(() => page.getByTestId("chain-tasks").locator("tbody tr.ant-table-row").filter({ hasText: TASK }).locator("td:nth-child(5)").innerText()).toMatch(/^已完成/);
      noPageErrors(park);
    });

    it("a visit logged by the park appears in the shared log; the province, visiting the same enterprise, is warned", async () => {
      const { page } = park;
      const segment = await parkApi.get<Page_<{ name: string }>>(`/api/chains/map/segment-enterprises?templateCode=${CHAIN}&segmentKey=api&status=counted&page=1&pageSize=1&parkId=${own.id}`);
      visited = segment.body.items[0]?.name ?? "";
      expect(visited).not.toBe("");

      await goto(page, "/chains/team");
      const log = page.getByTestId("visit-log");
      await log.getByRole("button", { name: "登记走访" }).click();
      const form = dialog(page, "登记走访");
      await form.getByLabel("企业").click();
      await page.keyboard.type(visited);
      await pickOption(page, visited);
      const today = ((await page.getByTestId("chain-tasks").innerText()).match(/今天：(\d{4}-\d{2}-\d{2})/) ?? [])[1] ?? "";
      await form.getByLabel("走访日期").click();
      await form.getByLabel("走访日期").fill(today);
      await form.getByLabel("走访日期").press("Enter");
      await form.getByLabel("走访团队").fill(VISIT.team);
      await form.getByLabel("事由").fill(VISIT.purpose);
      await form.getByLabel("纪要").fill("企业计划 2027 年新增一条原料药生产线，需用地约 30 亩。");
      // Watched from before the click, so that a notice (it lasts three seconds) shown while the
      // click was still being acted on is not missed: once in CI the visit was saved and no notice seen.
      const savedNotice = page.locator(".ant-message-notice", { hasText: "走访已登记" }).waitFor({ timeout: 60_000 });
      await form.getByRole("button", { name: SAVE }).click();
      await savedNotice;
      const parkRow = log.locator("tbody tr.ant-table-row").filter({ hasText: visited });
      await expect.poll(() => parkRow.count()).toBe(1);
      expect((await parkRow.locator("td").allInnerTexts()).slice(0, 4)).toEqual([today, visited, VISIT.team, VISIT.purpose]);

      // The province sees the same log, and is warned when another team visits within 30 days.
      const p = province.page;
      await goto(p, "/chains/team");
      const provinceLog = p.getByTestId("visit-log");
      await expect.poll(() => provinceLog.locator("tbody tr.ant-table-row").filter({ hasText: visited }).innerText()).toContain(VISIT.team);
      await provinceLog.getByRole("button", { name: "登记走访" }).click();
      const provinceForm = dialog(p, "登记走访");
      await provinceForm.getByLabel("企业").click();
      await p.keyboard.type(visited);
      await pickOption(p, visited);
      await provinceForm.getByLabel("走访日期").click();
      await provinceForm.getByLabel("走访日期").fill(today);
      await provinceForm.getByLabel("走访日期").press("Enter");
      await provinceForm.getByLabel("走访团队").fill("省工信厅产业链专班");
      await provinceForm.getByLabel("事由").fill("链主企业培育调研");
      await provinceForm.getByRole("button", { name: SAVE }).click();
      const warning = p.getByTestId("visit-warning");
      await expect.poll(() => warning.innerText()).toContain("30 天内其他团队走访过该企业");
      expect(await warning.innerText()).toContain(VISIT.team);
      await expect.poll(() => provinceLog.locator("tbody tr.ant-table-row").filter({ hasText: visited }).count()).toBe(2);
      await screenshot(p, "chains-visits");
      noPageErrors(province);
    });
  });

  describe("tenancy", () => {
    it("a park admin asking for another park's chain data by URL sees only its own park", async () => {
      const { page } = park;
      const asked: string[] = [];
      const record = (request: { url(): string }) => {
        if (request.url().includes("/api/chains/")) asked.push(request.url());
      };
      page.on("request", record);
      try {
        for (const path of [`/chains?chain=${CHAIN}&park=${other.id}`, `/chains/targets?chain=${CHAIN}&park=${other.id}`, `/chains/projects?park=${other.id}`]) {
          await goto(page, path);
          await page.getByTestId("chains-foreign-park").waitFor();
          // (The target list names other parks on purpose: that is where the candidates are.)
          if (!path.startsWith("/chains/targets")) expect(await page.locator("body").innerText()).not.toContain(other.name);
        }
      } finally {
        page.off("request", record);
      }
      // The pages only ever asked for the park's own data.
      const parkIds = asked.map((url) => new URL(url).searchParams.get("parkId")).filter((id) => id !== null);
      expect(parkIds.length).toBeGreaterThan(2);
      expect(new Set(parkIds)).toEqual(new Set([String(own.id)]));
      await goto(page, `/chains?chain=${CHAIN}&park=${other.id}`);
      expect(await page.getByTestId("chain-map").innerText()).toContain(`${CHAIN_NAME} · ${own.name}`);
      expect(await page.getByTestId("subject-select").count()).toBe(0);
      // Its own park in the link is no reason for a warning.
      await goto(page, `/chains?chain=${CHAIN}&park=${own.id}`);
      await page.getByTestId("chain-map").waitFor();
      expect(await page.getByTestId("chains-foreign-park").count()).toBe(0);
    });

    it("calls from the page for another park's map, drill-down, targets, projects and 链长 are refused and return nothing", async () => {
      // The province sets up a project and a 链长 in the other park.
      const setup = province.page;
      const project = await fetchFromPage(setup, "/api/chains/projects", { method: "POST", body: { parkId: other.id, name: "e2e 别园项目", investorName: "别园投资方", stage: "lead" } });
      expect(project.status).toBe(201);
      const projectId = (JSON.parse(project.text) as { id: number }).id;
      const owner = await fetchFromPage(setup, "/api/chains/owners", { method: "POST", body: { templateCode: CHAIN, parkId: other.id, ownerName: "别园链长", team: [] } });
      expect(owner.status).toBe(201);
      const ownerId = (JSON.parse(owner.text) as { id: number }).id;

      const { page } = park;
      await goto(page, "/chains/projects");
      for (const path of [
        `/api/chains/map?templateCode=${CHAIN}&parkId=${other.id}`,
        `/api/chains/map?templateCode=${CHAIN}&provinceCode=44`,
        `/api/chains/map/segment-enterprises?templateCode=${CHAIN}&segmentKey=api&status=counted&page=1&pageSize=20&parkId=${other.id}`,
        `/api/chains/targets?templateCode=${CHAIN}&parkId=${other.id}`,
        `/api/chains/projects/${projectId}`,
      ]) {
        const r = await fetchFromPage(page, path);
        expect(r.status, path).toBe(404);
        expect(r.text).not.toContain(other.name);
      }
      const moved = await fetchFromPage(page, `/api/chains/projects/${projectId}/transitions`, { method: "POST", body: { to: "contacted" } });
      expect(moved.status).toBe(404);
      const task = await fetchFromPage(page, `/api/chains/owners/${ownerId}/tasks`, { method: "POST", body: { title: "越权任务" } });
      expect(task.status).toBe(404);
      const listed = await fetchFromPage(page, `/api/chains/projects?parkId=${other.id}`);
      expect(JSON.parse(listed.text)).toMatchObject({ items: [], total: 0 });
      const owners = await fetchFromPage(page, "/api/chains/owners");
      expect(owners.text).not.toContain("别园链长");

      // Nor does the page show them.
      expect(await page.locator("body").innerText()).not.toContain("e2e 别园项目");
      await goto(page, "/chains/team");
      expect(await page.getByTestId("chain-owners").innerText()).not.toContain("别园链长");
      // The province sees both.
      await goto(setup, "/chains/team");
      await expect.poll(() => setup.getByTestId("chain-owners").innerText()).toContain("别园链长");
      noPageErrors(park);
    });

    it("an enterprise user has no chains menu, and the chain pages and API refuse it", async () => {
      const session = await openAs(baseUrl, "enterprise");
      try {
        const { page } = session;
        await page.waitForURL(/\/enterprises\/\d+$/);
        await expect.poll(() => page.locator("nav a").count()).toBeGreaterThan(0);
        expect(await page.locator("nav a").allInnerTexts()).not.toContain("产业链");
        for (const path of ["/chains", "/chains/projects", "/chains/team", "/chains/templates"]) {
          await goto(page, path);
          expect(await page.getByTestId("error-state").innerText()).toContain("没有权限");
          expect(await page.locator("[data-testid^=chains-]").count()).toBe(0);
        }
        await screenshot(page, "chains-refused-enterprise");
        for (const path of ["/api/chains/templates", `/api/chains/map?templateCode=${CHAIN}&provinceCode=44`, "/api/chains/visits"]) {
          expect((await fetchFromPage(page, path)).status, path).toBe(403);
        }
        noPageErrors(session);
      } finally {
        await session.close();
      }
    });
  });
});
