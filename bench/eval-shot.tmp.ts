import { chromium } from "playwright-core";
import { loadConfig, openServiceContext } from "@parkpilot/services";
import { createApp } from "../apps/server/src/app";
const config = loadConfig({ ...process.env, SESSION_SECRET: "s".repeat(40), LOG_LEVEL: "silent" });
const ctx = await openServiceContext(config);
const app = await createApp({ ctx, config, webRoot: "/tmp/pp-web-dist" });
const url = await app.listen({ host: "127.0.0.1", port: 0 });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
const errors: string[] = [];
page.on("pageerror", (e) => errors.push(String(e)));
page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
const login = async (user: string) => {
  await page.goto(`${url}/login`);
  await page.fill("#username, input[autocomplete=username]", user).catch(async () => page.locator("input").first().fill(user));
  await page.locator("input[type=password]").fill("parkpilot-demo");
  await page.keyboard.press("Enter");
  await page.waitForTimeout(1500);
};
await login(process.argv[2] ?? "province");
for (const path of (process.argv[3] ?? "/evaluation/scorecard").split(",")) {
  await page.goto(`${url}${path}`);
  await page.waitForTimeout(3500);
  const file = `/tmp/shot-${(process.argv[2] ?? "province")}-${path.replace(/\W+/g, "_")}.png`;
  if (process.env.CLICK) { await page.locator(process.env.CLICK).first().click(); await page.waitForTimeout(2500); }
  await page.screenshot({ path: file, fullPage: false });
  console.log("shot", file);
}
console.log("errors", errors.slice(0, 10));
await browser.close();
await app.close();
await ctx.close();
