import { afterAll, describe, expect, inject, it } from "vitest";
import { openBrowser } from "./support/browser";
import { fillLogin, logIn, noPageErrors, openAs, screenshot, type AppSession } from "./support/app";

const baseUrl = inject("baseUrl");

const navTexts = async (session: AppSession) => session.page.locator("nav a").allInnerTexts();

describe("logging in, role navigation, who am I, logging out", () => {
  const sessions: AppSession[] = [];
  afterAll(async () => {
    for (const s of sessions) await s.close();
  });

  it("refuses a wrong password in plain language and keeps the user on the login page", async () => {
    const session = await openBrowser();
    try {
      await logIn(session.page, baseUrl, "province", "not-the-password");
      await expect.poll(() => session.page.getByRole("alert").innerText()).toContain("用户名或密码不正确");
      expect(new URL(session.page.url()).pathname).toBe("/login");
      await screenshot(session.page, "login", { fullPage: false });
    } finally {
      await session.close();
    }
  });

  it("sends an anonymous visitor to the login page and back to where they wanted to go", async () => {
    const session = await openBrowser();
    try {
      await session.page.goto(`${baseUrl}/enterprises`);
      await session.page.waitForURL(/\/login\?next=%2Fenterprises/);
      await fillLogin(session.page, "province");
      await session.page.waitForURL(/\/enterprises$/);
      await expect.poll(() => session.page.getByTestId("enterprise-table").count()).toBe(1);
    } finally {
      await session.close();
    }
  });

  it("province admin: the whole province menu, name, role and tenant shown; log out", async () => {
    const session = await openAs(baseUrl, "province");
    sessions.push(session);
    const { page } = session;
    await page.waitForURL(/\/overview$/);
    await expect.poll(() => navTexts(session)).toEqual(["省级总览", "园区", "企业", "产业链", "梯度培育", "园区评价", "数据导入"]);
    const who = await page.getByTestId("who-am-i").innerText();
    expect(who).toContain("省工信厅（演示）");
    expect(who).toContain("省级管理员");
    expect(await page.getByTestId("scope-name").innerText()).toBe("广东省");

    await page.getByRole("button", { name: "退出登录" }).click();
    await page.waitForURL(/\/login$/);
    await page.goto(`${baseUrl}/overview`);
    await page.waitForURL(/\/login\?next=/);
    noPageErrors(session);
  });

  it("park admin: its park's menu, lands on its own park", async () => {
    const session = await openAs(baseUrl, "park");
    sessions.push(session);
    await session.page.waitForURL(/\/parks\/\d+$/);
    await expect.poll(() => navTexts(session)).toEqual(["园区", "企业", "产业链", "梯度培育", "园区评价", "数据导入"]);
    expect(await session.page.getByTestId("who-am-i").innerText()).toContain("园区管理员");
    await expect.poll(() => session.page.getByTestId("park-page").count()).toBe(1);
    noPageErrors(session);
  });

  it("on a phone the header keeps log-out in view and the page does not scroll sideways", async () => {
    const session = await openAs(baseUrl, "enterprise");
    sessions.push(session);
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await session.page.waitForURL(/\/enterprises\/\d+$/);
    await expect.poll(() => page.getByTestId("enterprise-page").count()).toBe(1);
    const logout = await page.getByRole("button", { name: "退出登录" }).boundingBox();
    expect(logout && logout.x + logout.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    await screenshot(page, "phone-enterprise", { fullPage: false });
    noPageErrors(session);
  });

  it("enterprise user: only its own enterprise pages, lands on its own enterprise", async () => {
    const session = await openAs(baseUrl, "enterprise");
    sessions.push(session);
    await session.page.waitForURL(/\/enterprises\/\d+$/);
    await expect.poll(() => navTexts(session)).toEqual(["我的企业", "晋级差距", "亩均评价"]);
    expect(await session.page.getByTestId("who-am-i").innerText()).toContain("企业用户");
    // Pages of other roles are refused in plain language.
    await session.page.goto(`${baseUrl}/overview`);
    await expect.poll(() => session.page.getByTestId("error-state").innerText()).toContain("没有权限");
    await session.page.goto(`${baseUrl}/imports`);
    await expect.poll(() => session.page.getByTestId("error-state").innerText()).toContain("没有权限");
    noPageErrors(session);
  });

  it("switches to English and remembers it after a reload", async () => {
    const session = await openAs(baseUrl, "park");
    sessions.push(session);
    const { page } = session;
    await page.waitForURL(/\/parks\/\d+$/);
    await page.getByTestId("language-switch").click();
    await expect.poll(() => navTexts(session)).toEqual(["Park", "Enterprises", "Industrial chains", "Tier cultivation", "Evaluation", "Data import"]);
    await page.reload();
    await expect.poll(() => navTexts(session)).toEqual(["Park", "Enterprises", "Industrial chains", "Tier cultivation", "Evaluation", "Data import"]);
    expect(await page.locator("html").getAttribute("lang")).toBe("en-US");
    await expect.poll(() => page.getByTestId("park-kpis").innerText()).toContain("Industrial output");
    await screenshot(page, "park-en");
    await page.getByTestId("language-switch").click();
    await expect.poll(() => navTexts(session)).toEqual(["园区", "企业", "产业链", "梯度培育", "园区评价", "数据导入"]);
    noPageErrors(session);
  });
});
