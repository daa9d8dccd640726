import type { TChainOwner, TMe } from "@parkpilot/contracts";
import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { apiLogin, type ApiSession } from "./support/api";
import { noPageErrors, openAs, screenshot, settle, type AppSession } from "./support/app";

const baseUrl = inject("baseUrl");

const CHAIN = "biomedicine";

const goto = async (page: Page, path: string): Promise<void> => {
  await page.goto(`${baseUrl}${path}`);
  await settle(page);
};

const dialog = (page: Page, title: string | RegExp): Locator => page.getByRole("dialog", { name: title });
/** A dialog's save button, by its text (a button that was just loading keeps "loading" in its accessible name). */
const saveOf = (form: Locator, label = /保\s?存/): Locator => form.locator(".ant-modal-footer .ant-btn-primary").filter({ hasText: label });

/** A write from the page's own session (the cookie is the page's). */
const sendFromPage = async (page: Page, method: "POST" | "DELETE", path: string, body?: unknown): Promise<{ status: number; text: string }> =>
  page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, { method, ...(body !== undefined ? { headers: { "content-type": "application/json" }, body: JSON.stringify(body) } : {}) });
      return { status: response.status, text: await response.text() };
    },
    { method, path, body },
  );

/** Waits for the answer to the write the page is about to make. */
const answerTo = (page: Page, method: string, path: RegExp) => page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname));

describe("a 链长's team members linked to platform accounts in the browser", () => {
  let park: AppSession;
  let parkApi: ApiSession;
  let me: TMe;
  let owner: TChainOwner | undefined;
  const OWNER = "e2e 链长己";
  const MEMBER = "e2e 专员甲";
  const OTHER = "e2e 专员乙";
  /** Contains MEMBER: the member's locators find it under either name. */
  const RENAMED = `${MEMBER}（更名）`;

  beforeAll(async () => {
    parkApi = await apiLogin(baseUrl, "park");
    me = (await parkApi.get<TMe>("/api/auth/me")).body;
    if (me.scope.kind !== "park") throw new Error("the demo park account is not a park admin");
    park = await openAs(baseUrl, "park");
  });
  afterAll(async () => {
    if (owner && park) await sendFromPage(park.page, "DELETE", `/api/chains/owners/${owner.id}`);
    await park?.close();
  });
  afterEach(async (context) => {
    if (context.task.result?.state !== "fail" || !park) return;
    await screenshot(park.page, `failed/chains-team-accounts-${context.task.name.slice(0, 40).replace(/[^\w\u4e00-\u9fff]+/g, "-")}`).catch(() => undefined);
  });

  it("a member is linked to an account of the park chosen from those listed, shown in the team (zh and en), keeps it when renamed, and is unlinked", async () => {
    const { page } = park;
    if (me.scope.kind !== "park") return;
    await goto(page, `/chains/team?chain=${CHAIN}`);
    const created = await sendFromPage(page, "POST", "/api/chains/owners", {
      templateCode: CHAIN,
      parkId: me.scope.parkId,
      ownerName: OWNER,
      team: [
        { name: MEMBER, role: "招商专员" },
        { name: OTHER, role: "联络员" },
      ],
    });
    expect(created.status, created.text).toBe(201);
    owner = JSON.parse(created.text) as TChainOwner;
    const id = owner.id;
    const stored = async () => (await parkApi.get<{ items: TChainOwner[] }>("/api/chains/owners")).body.items.find((o) => o.id === id);
    await goto(page, `/chains/team?chain=${CHAIN}`);
    const row = page.getByTestId("chain-owners").locator("tbody tr.ant-table-row").filter({ hasText: OWNER });
    await expect.poll(() => row.count()).toBe(1);
    const member = row.getByTestId("team-member").filter({ hasText: MEMBER });
    const other = row.getByTestId("team-member").filter({ hasText: OTHER });
    expect(await row.getByTestId("member-account").count()).toBe(0);

    // The dialog asks the API for the accounts the member may be linked to.
    const listed = answerTo(page, "GET", new RegExp(`^/api/chains/owners/${id}/accounts$`));
    await member.getByRole("button", { name: "关联账号" }).click();
    const form = dialog(page, "专班成员的关联账号");
    expect(await form.innerText()).toContain(`链长${OWNER}专班的成员：${MEMBER}（招商专员）`);
    expect(await form.innerText()).toContain("本园区的平台账号；清空即解除关联");
    await form.getByLabel("关联账号").click();
    const accounts = (await (await listed).json()) as { items: { id: number; displayName: string }[] };
    // The choices are exactly the accounts the API lists: the park's own, by name, role and park.
    const options = page.locator(".ant-select-dropdown:visible .ant-select-item-option");
    await expect.poll(() => options.count()).toBe(accounts.items.length);
    expect(accounts.items.map((a) => a.id)).toContain(me.userId);
    for (const text of await options.allInnerTexts()) expect(text).toMatch(/（园区管理员 · .+）$/);
    // Chosen by typing its name (the list is filtered to it) and Enter.
    await form.getByLabel("关联账号").fill(me.displayName);
    await expect.poll(() => options.allInnerTexts()).toEqual([expect.stringContaining(me.displayName)]);
    await form.getByLabel("关联账号").press("Enter");
    await expect.poll(() => form.locator(".ant-form-item").filter({ hasText: "关联账号" }).locator(".ant-select").innerText()).toContain(me.displayName);
    const linked = answerTo(page, "PATCH", new RegExp(`^/api/chains/owners/${id}$`));
    await saveOf(form).click();
    const answer = await linked;
    expect(answer.status()).toBe(200);
    // Only the member's link changes; the rest of the team is sent as it is.
    expect(answer.request().postDataJSON()).toEqual({ team: [{ name: MEMBER, role: "招商专员", userId: me.userId }, { name: OTHER, role: "联络员" }] });
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => member.getByTestId("member-account").count()).toBe(1);
    expect(await member.getByTestId("member-account").innerText()).toBe(`账号：${me.displayName}`);
    expect(await other.getByTestId("member-account").count()).toBe(0);
    expect((await stored())?.team).toEqual([
      { name: MEMBER, role: "招商专员", userId: me.userId, account: { id: me.userId, displayName: me.displayName } },
      { name: OTHER, role: "联络员" },
    ]);
    await screenshot(page, "chains-team-member-linked");

    // In English, too: the link in the team and the dialog.
    await page.getByTestId("language-switch").click();
    await expect.poll(() => member.getByTestId("member-account").innerText()).toBe(`Account: ${me.displayName}`);
    expect(await other.getByRole("button", { name: "Link account" }).count()).toBe(1);
    await member.getByRole("button", { name: "Change or unlink account" }).click();
    const english = dialog(page, "Team member's linked account");
    expect(await english.innerText()).toContain(`Member of chain owner ${OWNER}'s team: ${MEMBER} (招商专员)`);
    expect(await english.innerText()).toContain("A platform account of the park; clear it to unlink");
    await english.locator(".ant-modal-footer").getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => english.count()).toBe(0);
    await page.getByTestId("language-switch").click();
    await expect.poll(() => member.getByTestId("member-account").innerText()).toBe(`账号：${me.displayName}`);

    // Renamed in the 链长's form, the member keeps its row, so its role and its account.
    await row.getByRole("button", { name: /^编\s?辑$/ }).click();
    const edit = dialog(page, "修改链长与专班");
    const firstRow = edit.getByTestId("team-member-row").first();
    expect(await edit.getByLabel("成员 1 姓名").inputValue()).toBe(MEMBER);
    expect(await edit.getByLabel("成员 1 分工").inputValue()).toBe("招商专员");
    expect(await firstRow.innerText()).toContain(`账号：${me.displayName}`);
    await edit.getByLabel("成员 1 姓名").fill(RENAMED);
    await screenshot(page, "chains-owner-team-form");
    const renamed = answerTo(page, "PATCH", new RegExp(`^/api/chains/owners/${id}$`));
    await saveOf(edit).click();
    expect((await renamed).status()).toBe(200);
    await expect.poll(() => edit.count()).toBe(0);
    await expect.poll(() => row.getByTestId("member-name").allInnerTexts()).toEqual([RENAMED, OTHER]);
    expect(await member.getByTestId("member-account").innerText()).toBe(`账号：${me.displayName}`);
    expect((await stored())?.team).toEqual([
      { name: RENAMED, role: "招商专员", userId: me.userId, account: { id: me.userId, displayName: me.displayName } },
      { name: OTHER, role: "联络员" },
    ]);

    // Unlinked by clearing the choice; the other member stays as it was.
    await member.getByRole("button", { name: "更换或解除账号" }).click();
    const again = dialog(page, "专班成员的关联账号");
    const account = again.locator(".ant-form-item").filter({ hasText: "关联账号" });
    await expect.poll(() => account.locator(".ant-select").innerText()).toContain(me.displayName);
    await account.locator(".ant-select").hover();
    await account.locator(".ant-select-clear").click();
    const unlinked = answerTo(page, "PATCH", new RegExp(`^/api/chains/owners/${id}$`));
    await saveOf(again).click();
    expect((await unlinked).status()).toBe(200);
    await expect.poll(() => row.getByTestId("member-account").count()).toBe(0);
    expect(await member.getByRole("button", { name: "关联账号" }).count()).toBe(1);
    expect((await stored())?.team).toEqual([
      { name: RENAMED, role: "招商专员" },
      { name: OTHER, role: "联络员" },
    ]);
    noPageErrors(park);
  });
});
