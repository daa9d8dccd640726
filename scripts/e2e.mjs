#!/usr/bin/env node
// `npm run test:e2e`: the browser tier. Fails (never skips) without Chromium, builds the web app
// when its build is missing or older than its sources (web-build.mjs), then runs the e2e tests
// with vitest; the tests start the real server themselves (e2e/support/global-setup.ts).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureWebBuild } from "./web-build.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const chromium = "/usr/bin/chromium";

const probe = existsSync(chromium) ? spawnSync(chromium, ["--version"], { encoding: "utf8" }) : null;
if (!probe || probe.status !== 0) {
  console.error(`The browser tests need Chromium at ${chromium}${probe ? ` (it did not start: ${probe.stderr || probe.error})` : ""}.`);
  console.error("Install it with: apt-get install -y chromium");
  process.exit(1);
}
console.log(`Browser: ${probe.stdout.trim()}`);

ensureWebBuild();

const vitest = join(root, "node_modules/vitest/vitest.mjs");
const run = spawnSync(process.execPath, [vitest, "run", "--config", "vitest.e2e.config.ts", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(run.status ?? 1);
