import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { openBrowser, type Session } from "./browser";
import { ROOT } from "./server";

export const DEMO_PASSWORD = "parkpilot-demo";
export type DemoUser = "province" | "park" | "enterprise";

export const SCREENSHOTS = join(ROOT, "test-output/screenshots");

/** A signed-in browser whose page errors fail the test that caused them. */
export interface AppSession extends Session {
  readonly errors: string[];
}

/** Fills and submits the login form of the current page. */
export const fillLogin = async (page: Page, user: DemoUser, password = DEMO_PASSWORD): Promise<void> => {
  await page.locator("#username").fill(user);
  await page.locator("#password").fill(password);
  await page.locator("button[type=submit]").click();
};

export const logIn = async (page: Page, baseUrl: string, user: DemoUser, password = DEMO_PASSWORD): Promise<void> => {
  await page.goto(`${baseUrl}/login`);
  await fillLogin(page, user, password);
};

export const openAs = async (baseUrl: string, user: DemoUser, options: { locale?: string } = {}): Promise<AppSession> => {
  const session = await openBrowser(options);
  const errors: string[] = [];
  session.page.on("pageerror", (error) => errors.push(error.message));
  await logIn(session.page, baseUrl, user);
  await session.page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 20_000 });
  return { ...session, errors };
};

export const screenshot = async (page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> => {
  const path = join(SCREENSHOTS, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: options.fullPage ?? true });
  return path;
};

/** The README shows the overview: keep docs/screenshots/overview.png in step with the app. */
export const publishScreenshot = (path: string, name: string): void => {
  const target = join(ROOT, "docs/screenshots", name);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(path, target);
};

/**
 * The top of the page as the README shows it (docs/screenshots/<name>.png, `height` px tall),
 * taken from the top whatever the test scrolled to, so the screenshots follow the app.
 */
export const publishPageTop = async (page: Page, name: string, height: number): Promise<void> => {
  await page.evaluate("window.scrollTo(0, 0)");
  const width = page.viewportSize()?.width ?? 1366;
  const path = join(SCREENSHOTS, `readme-${name}.png`);
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width, height } });
  publishScreenshot(path, `${name}.png`);
};

/** Waits until no request is in flight and no spinner is shown (usable in hooks too). */
export const settle = async (page: Page): Promise<void> => {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction('document.querySelectorAll(".ant-spin-spinning").length === 0', undefined, { timeout: 15_000 });
};

export const noPageErrors = (session: AppSession): void => {
  expect(session.errors, `uncaught errors in the page: ${session.errors.join("; ")}`).toEqual([]);
};
