import type { TChainOwner, TChainTask, TMe, TVisit } from "@parkpilot/contracts";
import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { apiLogin, type ApiSession } from "./support/api";
import { noPageErrors, openAs, screenshot, settle, type AppSession } from "./support/app";

const baseUrl = inject("baseUrl");

const CHAIN = "biomedicine";

/** antd puts a space between the two characters of a two-character Chinese button label. */
const button = (label: string) => new RegExp(`^${[...label].join("\\s?")}$`);

const goto = async (page: Page, path: string): Promise<void> => {
  await page.goto(`${baseUrl}${path}`);
  await settle(page);
};

const dialog = (page: Page, title: string | RegExp): Locator => page.getByRole("dialog", { name: title });
/** A dialog's save button, by its text (a button that was just loading keeps "loading" in its accessible name). */
const saveOf = (form: Locator): Locator => form.locator(".ant-modal-footer .ant-btn-primary").filter({ hasText: /保\s?存/ });
const popconfirm = (page: Page): Locator => page.locator(".ant-popconfirm:visible");
const messages = async (page: Page): Promise<string> => (await page.locator(".ant-message-notice").allInnerTexts()).join("\n");
const fieldError = (form: Locator, label: string): Locator => form.locator(".ant-form-item").filter({ hasText: label }).locator(".ant-form-item-explain-error");

const postFromPage = async <T>(page: Page, path: string, body: unknown): Promise<T> => {
  const r = await page.evaluate(
    async ({ path, body }) => {
      const response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return { status: response.status, text: await response.text() };
    },
    { path, body },
  );
  if (r.status !== 201) throw new Error(`POST ${path}: HTTP ${r.status} ${r.text}`);
  return JSON.parse(r.text) as T;
};

const pickDate = async (form: Locator, label: string, date: string): Promise<void> => {
  await form.getByLabel(label).click();
  await form.getByLabel(label).fill(date);
  await form.getByLabel(label).press("Enter");
};

/** Waits for the answer to the write the page is about to make. */
const answerTo = (page: Page, method: string, path: RegExp) => page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname));

describe("correcting the visit log, task details and a 链长's account in the browser", () => {
  let park: AppSession;
  let parkApi: ApiSession;
  let parkId: number;
  let me: TMe;
  let enterprise: { id: number; name: string };

  beforeAll(async () => {
    parkApi = await apiLogin(baseUrl, "park");
    me = (await parkApi.get<TMe>("/api/auth/me")).body;
    if (me.scope.kind !== "park") throw new Error("the demo park account is not a park admin");
    parkId = me.scope.parkId;
    const first = (await parkApi.get<{ items: { id: number; name: string }[] }>("/api/enterprises?pageSize=1")).body.items[0];
    if (!first) throw new Error("the demo park has no enterprise");
    enterprise = first;
    park = await openAs(baseUrl, "park");
  });
  afterAll(async () => park?.close());
  afterEach(async (context) => {
    if (context.task.result?.state !== "fail" || !park) return;
    await screenshot(park.page, `failed/chains-visits-${context.task.name.slice(0, 40).replace(/[^\w\u4e00-\u9fff]+/g, "-")}`).catch(() => undefined);
  });

  it("a logged visit is corrected in the form it was logged with, then deleted after a confirmation naming it", async () => {
    const { page } = park;
    await goto(page, "/chains/team");
    const logged = await postFromPage<{ visit: TVisit }>(page, `/api/chains/enterprises/${enterprise.id}/visits`, {
      visitedOn: "2026-10-12",
      team: "e2e 招商一组",
      purpose: "e2e 了解扩产计划",
      notes: "e2e 初步意向：新增一条生产线",
    });
    const id = logged.visit.id;
    await goto(page, "/chains/team");
    const log = page.getByTestId("visit-log");
    const row = log.locator("tbody tr.ant-table-row").filter({ hasText: "e2e 招商" });
    await expect.poll(() => row.count()).toBe(1);
    expect((await row.locator("td").allInnerTexts()).slice(0, 6)).toEqual(["2026-10-12", enterprise.name, "e2e 招商一组", "e2e 了解扩产计划", "e2e 初步意向：新增一条生产线", "—"]);

    await row.getByRole("button", { name: button("编辑") }).click();
    const form = dialog(page, "修改走访记录");
    // The same fields as when it was logged, filled with what it is; the enterprise stays.
    expect(await form.innerText()).toContain(enterprise.name);
    expect(await form.getByLabel("企业").count()).toBe(0);
    expect(await form.getByLabel("走访日期").inputValue()).toBe("2026-10-12");
    expect(await form.getByLabel("走访团队").inputValue()).toBe("e2e 招商一组");
    expect(await form.getByLabel("事由").inputValue()).toBe("e2e 了解扩产计划");
    expect(await form.getByLabel("纪要").inputValue()).toBe("e2e 初步意向：新增一条生产线");
    expect(await form.getByLabel("跟进日期").inputValue()).toBe("");
    // The team may not be emptied.
    await form.getByLabel("走访团队").fill(" ");
    await saveOf(form).click();
    await expect.poll(() => fieldError(form, "走访团队").count()).toBe(1);
    await form.getByLabel("走访团队").fill("e2e 招商二组");
    await form.getByLabel("事由").fill("e2e 了解扩产用地需求");
    await form.getByLabel("纪要").fill("");
    await pickDate(form, "走访日期", "2026-10-13");
    await pickDate(form, "跟进日期", "2026-11-30");
    const patched = answerTo(page, "PATCH", new RegExp(`^/api/chains/visits/${id}$`));
    await saveOf(form).click();
    expect((await patched).status()).toBe(200);
    await expect.poll(() => messages(page)).toContain("走访记录已保存");
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(async () => (await row.locator("td").allInnerTexts()).slice(0, 6)).toEqual(["2026-10-13", enterprise.name, "e2e 招商二组", "e2e 了解扩产用地需求", "", "2026-11-30"]);
    const saved = (await parkApi.get<{ items: TVisit[] }>(`/api/chains/visits?enterpriseId=${enterprise.id}&pageSize=100`)).body.items.find((v) => v.id === id);
    expect(saved).toMatchObject({ visitedOn: "2026-10-13", team: "e2e 招商二组", purpose: "e2e 了解扩产用地需求", notes: null, followUpOn: "2026-11-30" });

    // Delete: the confirmation names the visit; cancelling keeps it.
    await row.getByRole("button", { name: button("删除") }).click();
    const confirm = popconfirm(page);
    await expect.poll(() => confirm.innerText()).toContain(`删除 2026-10-13 对「${enterprise.name}」的走访记录？`);
    expect(await confirm.innerText()).toContain("「e2e 招商二组」的这次走访（e2e 了解扩产用地需求）将被删除");
    await screenshot(page, "chains-visit-delete-confirm");
    await confirm.getByRole("button", { name: button("取消") }).click();
    await expect.poll(() => popconfirm(page).count()).toBe(0);
    expect(await row.count()).toBe(1);
    await row.getByRole("button", { name: button("删除") }).click();
    const deleted = answerTo(page, "DELETE", new RegExp(`^/api/chains/visits/${id}$`));
    await popconfirm(page).getByRole("button", { name: button("删除") }).click();
    expect((await deleted).status()).toBe(204);
    await expect.poll(() => messages(page)).toContain(`已删除 2026-10-13 对「${enterprise.name}」的走访记录`);
    await expect.poll(() => row.count()).toBe(0);
    expect((await parkApi.get<{ items: TVisit[] }>(`/api/chains/visits?enterpriseId=${enterprise.id}&pageSize=100`)).body.items.some((v) => v.id === id)).toBe(false);
    noPageErrors(park);
  });

  it("a task's detail is entered with the task, shown under its title (long ones unfold), changed and removed", async () => {
    const { page } = park;
    const OWNER = "e2e 链长丁";
    const TASK = "e2e 编制生物医药招商地图";
    const DETAIL = ["e2e 梳理原料药、制剂、医疗器械三个环节的在园企业与缺链环节；", "对照全省链主企业名单列出可对接的外部企业；", "标注每家企业的用地与厂房需求；", "十一月底前报链长审定。"].join("\n");
    await goto(page, `/chains/team?chain=${CHAIN}`);
    await postFromPage<TChainOwner>(page, "/api/chains/owners", { templateCode: CHAIN, parkId, ownerName: OWNER, team: [] });
    await goto(page, `/chains/team?chain=${CHAIN}`);
    const ownerRow = page.getByTestId("chain-owners").locator("tbody tr.ant-table-row").filter({ hasText: OWNER });
    await expect.poll(() => ownerRow.count()).toBe(1);
    await ownerRow.getByRole("button", { name: "布置任务" }).click();
    const create = dialog(page, "布置任务");
    await create.getByLabel("任务").fill(TASK);
    await create.getByLabel("具体要求").fill(DETAIL);
    await saveOf(create).click();
    await expect.poll(() => create.count()).toBe(0);

    const row = page.getByTestId("chain-tasks").locator("tbody tr.ant-table-row").filter({ hasText: TASK });
    await expect.poll(() => row.count()).toBe(1);
    const detail = row.getByTestId("task-detail");
    // Folded to two lines at first, the whole of it after 展开.
    await expect.poll(() => detail.innerText()).toContain("e2e 梳理原料药");
    expect(await detail.innerText()).not.toContain("十一月底前报链长审定。");
    await detail.getByRole("button", { name: button("展开") }).click();
    await expect.poll(() => detail.innerText()).toContain("十一月底前报链长审定。");
    expect(await detail.getByRole("button", { name: button("收起") }).count()).toBe(1);
    await screenshot(page, "chains-task-detail");
    const stored = async () => (await parkApi.get<{ items: TChainTask[] }>("/api/chains/tasks")).body.items.find((k) => k.title === TASK);
    expect((await stored())?.detail).toBe(DETAIL);

    await row.getByRole("button", { name: button("编辑") }).click();
    const form = dialog(page, "修改任务");
    expect(await form.getByLabel("具体要求").inputValue()).toBe(DETAIL);
    await form.getByLabel("具体要求").fill("e2e 先梳理制剂环节");
    await saveOf(form).click();
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => detail.innerText()).toBe("e2e 先梳理制剂环节");
    expect((await stored())?.detail).toBe("e2e 先梳理制剂环节");

    await row.getByRole("button", { name: button("编辑") }).click();
    const again = dialog(page, "修改任务");
    await again.getByLabel("具体要求").fill("");
    const patched = answerTo(page, "PATCH", /^\/api\/chains\/tasks\/\d+$/);
    await saveOf(again).click();
    expect((await patched).status()).toBe(200);
    await expect.poll(() => detail.count()).toBe(0);
    expect((await stored())?.detail).toBeNull();
    noPageErrors(park);
  });

  it("a 链长 is linked to a platform account of its park, chosen from those listed, shown in the owners' table, and unlinked", async () => {
    const { page } = park;
    const OWNER = "e2e 链长戊";
    await goto(page, `/chains/team?chain=${CHAIN}`);
    const created = await postFromPage<TChainOwner>(page, "/api/chains/owners", { templateCode: CHAIN, parkId, ownerName: OWNER, team: [] });
    await goto(page, `/chains/team?chain=${CHAIN}`);
    const row = page.getByTestId("chain-owners").locator("tbody tr.ant-table-row").filter({ hasText: OWNER });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId("owner-account").count()).toBe(0);
    const stored = async () => (await parkApi.get<{ items: TChainOwner[] }>("/api/chains/owners")).body.items.find((o) => o.id === created.id);

    await row.getByRole("button", { name: button("编辑") }).click();
    const form = dialog(page, "修改链长与专班");
    expect(await form.innerText()).toContain("本园区的平台账号；清空即解除关联");
    await form.getByLabel("关联账号").click();
    // The park's own accounts, by name, role and park.
    const options = page.locator(".ant-select-item-option:visible");
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    for (const text of await options.allInnerTexts()) expect(text).toMatch(/（园区管理员 · .+）$/);
    await options.filter({ hasText: me.displayName }).first().click();
    const linked = answerTo(page, "PATCH", new RegExp(`^/api/chains/owners/${created.id}$`));
    await saveOf(form).click();
    expect((await linked).status()).toBe(200);
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => row.getByTestId("owner-account").count()).toBe(1);
    expect(await row.getByTestId("owner-account").innerText()).toBe(`账号：${me.displayName}`);
    expect((await stored())?.ownerAccount).toEqual({ id: me.userId, displayName: me.displayName });

    // Unlinked by clearing the choice.
    await row.getByRole("button", { name: button("编辑") }).click();
    const again = dialog(page, "修改链长与专班");
    const account = again.locator(".ant-form-item").filter({ hasText: "关联账号" });
    await expect.poll(() => account.locator(".ant-select").innerText()).toContain(me.displayName);
    await account.locator(".ant-select").hover();
    await account.locator(".ant-select-clear").click();
    const unlinked = answerTo(page, "PATCH", new RegExp(`^/api/chains/owners/${created.id}$`));
    await saveOf(again).click();
    expect((await unlinked).status()).toBe(200);
    await expect.poll(() => row.getByTestId("owner-account").count()).toBe(0);
    expect((await stored())?.ownerAccount).toBeNull();
    noPageErrors(park);
  });
});
