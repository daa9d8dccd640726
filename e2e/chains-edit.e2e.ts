import type { TChainOwner, TChainTask, TMe, TProjectDetail } from "@parkpilot/contracts";
import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { apiLogin, type ApiSession } from "./support/api";
import { noPageErrors, openAs, screenshot, settle, type AppSession } from "./support/app";

const baseUrl = inject("baseUrl");

const CHAIN = "biomedicine";
const CHAIN_NAME = "生物医药产业链";

/** antd puts a space between the two characters of a two-character Chinese button label. */
const button = (label: string) => new RegExp(`^${[...label].join("\\s?")}$`);
const SAVE = button("保存");

const goto = async (page: Page, path: string): Promise<void> => {
  await page.goto(`${baseUrl}${path}`);
  await settle(page);
};

const pickOption = async (page: Page, text: string | RegExp): Promise<void> => {
  await page.locator(".ant-select-item-option:visible").filter({ hasText: text }).first().click();
};

const dialog = (page: Page, title: string | RegExp): Locator => page.getByRole("dialog", { name: title });
/** The confirmation bubble open on the page. */
const popconfirm = (page: Page): Locator => page.locator(".ant-popconfirm:visible");
/** Every message shown right now (each panel has its own holder). */
const messages = async (page: Page): Promise<string> => (await page.locator(".ant-message-notice").allInnerTexts()).join("\n");
/** The error shown under the form field with the label. */
const fieldError = (form: Locator, label: string): Locator => form.locator(".ant-form-item").filter({ hasText: label }).locator(".ant-form-item-explain-error");

/** A write the page itself makes with the signed-in user's cookie. */
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

const todayOf = async (page: Page): Promise<string> => {
  const text = await page.getByTestId("chain-tasks").innerText();
  const today = /今天：(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  if (!today) throw new Error("the task list shows no date of today");
  return today;
};
const plusDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const pickDate = async (form: Locator, label: string, date: string): Promise<void> => {
  await form.getByLabel(label).click();
  await form.getByLabel(label).fill(date);
  await form.getByLabel(label).press("Enter");
};

describe("editing and deleting chain work in the browser", () => {
  let province: AppSession;
  let park: AppSession;
  let parkApi: ApiSession;
  let parkId: number;

  beforeAll(async () => {
    parkApi = await apiLogin(baseUrl, "park");
    const me = (await parkApi.get<TMe>("/api/auth/me")).body;
    if (me.scope.kind !== "park") throw new Error("the demo park account is not a park admin");
    parkId = me.scope.parkId;
    province = await openAs(baseUrl, "province");
    park = await openAs(baseUrl, "park");
  });
  afterAll(async () => {
    await province?.close();
    await park?.close();
  });
  afterEach(async (context) => {
    if (context.task.result?.state !== "fail") return;
    const name = context.task.name.slice(0, 40).replace(/[^\w\u4e00-\u9fff]+/g, "-");
    for (const [who, session] of [["province", province], ["park", park]] as const) if (session) await screenshot(session.page, `failed/chains-edit-${name}-${who}`).catch(() => undefined);
  });

  it("a project is corrected in the form it was created with (a value the server refuses is shown under its field), then deleted after a confirmation naming it", async () => {
    const { page } = park;
    const NAME = "e2e 待修改的生物药项目";
    const RENAMED = "e2e 生物药制剂基地项目（修订）";
    await goto(page, "/chains/projects");
    await page.getByTestId("new-project").click();
    const create = dialog(page, "新建项目");
    await create.getByLabel("项目名称").fill(NAME);
    await create.getByLabel("投资方").fill("粤港生物科技集团（演示）");
    await create.getByLabel("产业链").click();
    await pickOption(page, CHAIN_NAME);
    await create.getByRole("button", { name: SAVE }).click();
    await expect.poll(() => messages(page)).toContain("项目已创建");
    const card = page.getByTestId("pipeline").getByRole("button", { name: new RegExp(NAME) });
    await expect.poll(() => card.count()).toBe(1);
    const id = Number((await card.getAttribute("data-testid"))?.replace("project-", ""));
    expect(id).toBeGreaterThan(0);

    await card.click();
    const drawer = page.getByTestId("project-drawer");
    await expect.poll(() => drawer.locator(".ant-drawer-title").innerText()).toBe(NAME);
    await drawer.getByTestId("edit-project").click();
    const form = dialog(page, `编辑项目：${NAME}`);
    // The form opens on what the project is.
    expect(await form.getByLabel("项目名称").inputValue()).toBe(NAME);
    expect(await form.getByLabel("投资方").inputValue()).toBe("粤港生物科技集团（演示）");
    expect(await form.locator(".ant-form-item").filter({ hasText: "产业链" }).first().innerText()).toContain(CHAIN_NAME);
    await form.getByLabel("项目名称").fill(RENAMED);
    await form.getByLabel("投资方").fill("粤港澳大湾区生物医药基金（演示）");
    await form.getByLabel("用地面积（亩，租用厂房填 0）").fill("12");

    // Far beyond any project: the server refuses it, and says so under the field; nothing is saved.
    await form.getByLabel("计划投资额（万元）").fill("2000000000000");
    await form.getByRole("button", { name: SAVE }).click();
    await expect.poll(() => fieldError(form, "计划投资额（万元）").innerText()).toBe("不能大于 1,000,000,000,000");
    expect(await form.isVisible()).toBe(true);
    expect((await parkApi.get<TProjectDetail>(`/api/chains/projects/${id}`)).body.name).toBe(NAME);
    await screenshot(page, "chains-project-edit-refused");

    await form.getByLabel("计划投资额（万元）").fill("30000");
    await form.getByRole("button", { name: SAVE }).click();
    await expect.poll(() => messages(page)).toContain("项目已保存");
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => drawer.locator(".ant-drawer-title").innerText()).toBe(RENAMED);
    const commitments = await drawer.locator(".ant-descriptions").first().innerText();
    expect(commitments).toContain("粤港澳大湾区生物医药基金（演示）");
    expect(commitments).toMatch(/计划投资\s*(3(\.00)?\s*亿元|30,000(\.00)?\s*万元)/);
    expect(commitments).toMatch(/用地\s*12\s*亩/);
    const saved = (await parkApi.get<TProjectDetail>(`/api/chains/projects/${id}`)).body;
    expect(saved).toMatchObject({ name: RENAMED, investorName: "粤港澳大湾区生物医药基金（演示）", templateCode: CHAIN, stage: "lead" });
    expect(saved.commitments).toMatchObject({ investment: 30000, landMu: 12, annualOutput: null });

    // Delete: the confirmation names the project and what goes with it; cancelling keeps it.
    await drawer.getByTestId("delete-project").click();
    const confirm = popconfirm(page);
    await expect.poll(() => confirm.innerText()).toContain(`删除项目「${RENAMED}」？`);
    expect(await confirm.innerText()).toContain("阶段历史和履约数据一并删除");
    await confirm.getByRole("button", { name: button("取消") }).click();
    expect((await parkApi.get<TProjectDetail>(`/api/chains/projects/${id}`)).status).toBe(200);
    await drawer.getByTestId("delete-project").click();
    await popconfirm(page).getByRole("button", { name: button("删除") }).click();
    await expect.poll(() => messages(page)).toContain(`已删除项目「${RENAMED}」`);
    await expect.poll(() => page.locator(".ant-drawer-open").count()).toBe(0);
    await expect.poll(() => page.getByTestId(`project-${id}`).count()).toBe(0);
    expect((await parkApi.get<TProjectDetail>(`/api/chains/projects/${id}`)).status).toBe(404);
    noPageErrors(park);
  });

  it("a 链长 is renamed and the team changed (a renamed member keeps its role, a repeated name is refused), then removed with its tasks after a confirmation that says so", async () => {
    const { page } = park;
    const OWNER = "e2e 链长甲";
    const RENAMED = "e2e 链长乙";
    const TASKS = ["e2e 梳理生物药缺链环节清单", "e2e 对接两家 CDMO 企业"];
    // Named with a team lead (a role the form does not set: the edit must keep it).
    await goto(page, `/chains/team?chain=${CHAIN}`);
    await postFromPage<TChainOwner>(page, "/api/chains/owners", {
      templateCode: CHAIN,
      parkId,
      ownerName: OWNER,
      ownerTitle: "管委会主任",
      team: [
        { name: "张三", role: "专班组长" },
        { name: "李四", role: "专班成员" },
      ],
    });
    await goto(page, `/chains/team?chain=${CHAIN}`);
    const owners = page.getByTestId("chain-owners");
    const row = (name: string) => owners.locator("tbody tr.ant-table-row").filter({ hasText: name });
    await expect.poll(() => row(OWNER).count()).toBe(1);
    for (const task of TASKS) {
      await row(OWNER).getByRole("button", { name: "布置任务" }).click();
      const taskForm = dialog(page, "布置任务");
      await taskForm.getByLabel("任务").fill(task);
      await taskForm.getByRole("button", { name: SAVE }).click();
      await expect.poll(() => taskForm.count()).toBe(0);
    }
    const taskRows = page.getByTestId("chain-tasks").locator("tbody tr.ant-table-row").filter({ hasText: /e2e (梳理|对接)/ });
    await expect.poll(() => taskRows.count()).toBe(2);
    await expect.poll(() => row(OWNER).locator("td:nth-child(5)").innerText()).toBe("2");

    await row(OWNER).getByRole("button", { name: button("编辑") }).click();
    const form = dialog(page, "修改链长与专班");
    expect(await form.innerText()).toContain(CHAIN_NAME);
    expect(await form.getByLabel("链长").inputValue()).toBe(OWNER);
    expect(await form.getByLabel("职务").inputValue()).toBe("管委会主任");
    expect(await form.getByLabel("成员 1 姓名").inputValue()).toBe("张三");
    expect(await form.getByLabel("成员 1 分工").inputValue()).toBe("专班组长");
    expect(await form.getByLabel("成员 2 姓名").inputValue()).toBe("李四");
    // The name may not be emptied.
    await form.getByLabel("链长").fill("  ");
    await form.getByRole("button", { name: SAVE }).click();
    await expect.poll(() => fieldError(form, "链长").count()).toBe(1);
    await form.getByLabel("链长").fill(RENAMED);
    await form.getByLabel("职务").fill("管委会副主任");
    // 李四 renamed 王五 keeps the role; a third member named 张三 is refused at its row, then removed.
    await form.getByLabel("成员 2 姓名").fill("王五");
    await form.getByRole("button", { name: /添加成员/ }).click();
    expect(await form.getByLabel("成员 3 分工").inputValue()).toBe("专班成员");
    await form.getByLabel("成员 3 姓名").fill("张三");
    await form.getByRole("button", { name: SAVE }).click();
    await expect.poll(() => form.getByText("专班中已有「张三」").count()).toBe(1);
    await form.getByRole("button", { name: "移除成员 3" }).click();
    await form.getByRole("button", { name: SAVE }).click();
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => row(RENAMED).count()).toBe(1);
    const cells = await row(RENAMED).locator("td").allInnerTexts();
    expect([cells[2], cells[4]]).toEqual([`${RENAMED}（管委会副主任）`, "2"]);
    expect(await row(RENAMED).getByTestId("member-name").allInnerTexts()).toEqual(["张三", "王五"]);
    expect(await row(OWNER).count()).toBe(0);
    // The tasks follow their 链长's new name.
    await expect.poll(() => taskRows.first().locator("td:nth-child(2)").innerText()).toBe(`${CHAIN_NAME} · ${RENAMED}`);
    const owner = (await parkApi.get<{ items: TChainOwner[] }>("/api/chains/owners")).body.items.find((o) => o.ownerName === RENAMED);
    expect(owner?.team).toEqual([
      { name: "张三", role: "专班组长" },
      { name: "王五", role: "专班成员" },
    ]);
    if (!owner) return;

    await row(RENAMED).getByRole("button", { name: button("删除") }).click();
    const confirm = popconfirm(page);
    await expect.poll(() => confirm.innerText()).toContain(`删除链长「${RENAMED}」？`);
    expect(await confirm.innerText()).toContain("全部 2 项任务将一并删除");
    await screenshot(page, "chains-owner-delete-confirm");
    await confirm.getByRole("button", { name: button("删除") }).click();
    await expect.poll(() => messages(page)).toContain(`已删除链长「${RENAMED}」及其 2 项任务`);
    await expect.poll(() => row(RENAMED).count()).toBe(0);
    await expect.poll(() => taskRows.count()).toBe(0);
    expect((await parkApi.get<{ items: TChainOwner[] }>("/api/chains/owners")).body.items.some((o) => o.id === owner.id)).toBe(false);
    expect((await parkApi.get<{ items: TChainTask[] }>("/api/chains/tasks")).body.items.some((k) => k.chainOwnerId === owner.id)).toBe(false);
    noPageErrors(park);
  });

  it("a task is reworded, given a new deadline and no assignee, then deleted after a confirmation naming it", async () => {
    const { page } = park;
    const OWNER = "e2e 链长丙";
    const TASK = "e2e 走访原料药企业";
    const REWORDED = "e2e 走访原料药企业并形成扩产用地清单";
    await goto(page, `/chains/team?chain=${CHAIN}`);
    const owners = page.getByTestId("chain-owners");
    await owners.getByRole("button", { name: "设立链长" }).click();
    const create = dialog(page, "设立链长");
    await create.getByLabel("链长").fill(OWNER);
    await create.getByRole("button", { name: SAVE }).click();
    const ownerRow = owners.locator("tbody tr.ant-table-row").filter({ hasText: OWNER });
    await expect.poll(() => ownerRow.count()).toBe(1);

    const today = await todayOf(page);
    const overdue = plusDays(today, -2);
    const later = plusDays(today, 14);
    await ownerRow.getByRole("button", { name: "布置任务" }).click();
    const taskForm = dialog(page, "布置任务");
    await taskForm.getByLabel("任务").fill(TASK);
    await taskForm.getByLabel("负责人").fill("张三");
    await pickDate(taskForm, "截止日期", overdue);
    await taskForm.getByRole("button", { name: SAVE }).click();
    const tasks = page.getByTestId("chain-tasks").locator("tbody tr.ant-table-row");
    const row = (title: string) => tasks.filter({ has: page.locator("td:first-child", { hasText: new RegExp(`^${title}\\s*(逾期)?$`) }) });
    await expect.poll(() => row(TASK).count()).toBe(1);
    expect(await row(TASK).getByTestId("overdue").count()).toBe(1);

    await row(TASK).getByRole("button", { name: button("编辑") }).click();
    const form = dialog(page, "修改任务");
    expect(await form.getByLabel("任务").inputValue()).toBe(TASK);
    expect(await form.getByLabel("负责人").inputValue()).toBe("张三");
    expect(await form.getByLabel("截止日期").inputValue()).toBe(overdue);
    await form.getByLabel("任务").fill(REWORDED);
    await form.getByLabel("负责人").fill("");
    await pickDate(form, "截止日期", later);
    await form.getByRole("button", { name: SAVE }).click();
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => row(REWORDED).count()).toBe(1);
    const cells = await row(REWORDED).locator("td").allInnerTexts();
    expect(cells.slice(0, 5)).toEqual([REWORDED, `${CHAIN_NAME} · ${OWNER}`, "—", later, "待办"]);
    // No longer overdue, here and in the 链长's count.
    expect(await row(REWORDED).getByTestId("overdue").count()).toBe(0);
    await expect.poll(() => ownerRow.locator("td:nth-child(5)").innerText()).toBe("1");
    const saved = (await parkApi.get<{ items: TChainTask[] }>("/api/chains/tasks")).body.items.find((k) => k.title === REWORDED);
    expect(saved).toMatchObject({ assigneeName: null, dueOn: later, status: "todo", overdue: false });
    if (!saved) return;

    // The confirmation in English, too.
    await page.getByTestId("language-switch").click();
    await row(REWORDED).getByRole("button", { name: "Delete" }).click();
    await expect.poll(() => popconfirm(page).innerText()).toContain(`Delete the task “${REWORDED}”?`);
    expect(await popconfirm(page).innerText()).toContain(`This task of ${OWNER}'s team will be deleted`);
    await popconfirm(page).getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => popconfirm(page).count()).toBe(0);
    await page.getByTestId("language-switch").click();
    await expect.poll(() => page.getByTestId("chain-tasks").innerText()).toContain("今天：");

    await row(REWORDED).getByRole("button", { name: button("删除") }).click();
    const confirm = popconfirm(page);
    await expect.poll(() => confirm.innerText()).toContain(`删除任务「${REWORDED}」？`);
    expect(await confirm.innerText()).toContain(`链长${OWNER}专班的这项任务将被删除`);
    await confirm.getByRole("button", { name: button("删除") }).click();
    await expect.poll(() => messages(page)).toContain(`已删除任务「${REWORDED}」`);
    await expect.poll(() => row(REWORDED).count()).toBe(0);
    await expect.poll(() => ownerRow.locator("td:nth-child(5)").innerText()).toBe("0");
    expect((await parkApi.get<{ items: TChainTask[] }>("/api/chains/tasks")).body.items.some((k) => k.id === saved.id)).toBe(false);
    await screenshot(page, "chains-team-edited");
    noPageErrors(park);
  });

  it("a province-level 链长 and its tasks are the province's: the province edits them, a park account reads them without edit, delete or status controls", async () => {
    const OWNER = "e2e 省级链长";
    const TASK = "e2e 全省生物医药链主企业培育";
    await goto(province.page, "/chains/team");
    const created = await postFromPage<TChainOwner>(province.page, "/api/chains/owners", { templateCode: CHAIN, ownerName: OWNER, ownerTitle: "副省长", team: [] });
    expect(created.level).toBe("province");
    await postFromPage<TChainTask>(province.page, `/api/chains/owners/${created.id}/tasks`, { title: TASK });

    const { page } = park;
    await goto(page, "/chains/team");
    const ownerRow = page.getByTestId("chain-owners").locator("tbody tr.ant-table-row").filter({ hasText: OWNER });
    await expect.poll(() => ownerRow.count()).toBe(1);
    expect(await ownerRow.locator("td").last().innerText()).toBe("—");
    expect(await ownerRow.getByRole("button").count()).toBe(0);
    const taskRow = page.getByTestId("chain-tasks").locator("tbody tr.ant-table-row").filter({ hasText: TASK });
    await expect.poll(() => taskRow.count()).toBe(1);
    expect(await taskRow.getByRole("button").count()).toBe(0);
    expect(await taskRow.locator(".ant-select-disabled").count()).toBe(1);

    // The province has the controls, and its change shows.
    const p = province.page;
    await goto(p, "/chains/team");
    const provinceRow = p.getByTestId("chain-owners").locator("tbody tr.ant-table-row").filter({ hasText: OWNER });
    await expect.poll(() => provinceRow.getByRole("button").count()).toBe(3);
    const provinceTask = p.getByTestId("chain-tasks").locator("tbody tr.ant-table-row").filter({ hasText: TASK });
    expect(await provinceTask.locator(".ant-select-disabled").count()).toBe(0);
    await provinceRow.getByRole("button", { name: button("编辑") }).click();
    const form = dialog(p, "修改链长与专班");
    expect(await form.innerText()).toContain("省级");
    await form.getByLabel("职务").fill("省工信厅厅长");
    await form.getByRole("button", { name: SAVE }).click();
    await expect.poll(() => provinceRow.locator("td:nth-child(3)").innerText()).toBe(`${OWNER}（省工信厅厅长）`);
    await goto(page, "/chains/team");
    await expect.poll(() => ownerRow.locator("td:nth-child(3)").innerText()).toBe(`${OWNER}（省工信厅厅长）`);
    noPageErrors(park);
    noPageErrors(province);
  });
});
