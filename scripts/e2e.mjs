#!/usr/bin/env node
// `npm run test:e2e`: the browser tier. Fails (never skips) without Chromium, builds the web app
// when its build is missing or older than its sources, then runs the e2e tests with vitest; the
// tests start the real server themselves (e2e/support/global-setup.ts).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const web = join(root, "apps/web");
const chromium = "/usr/bin/chromium";

const probe = existsSync(chromium) ? spawnSync(chromium, ["--version"], { encoding: "utf8" }) : null;
if (!probe || probe.status !== 0) {
  console.error(`The browser tests need Chromium at ${chromium}${probe ? ` (it did not start: ${probe.stderr || probe.error})` : ""}.`);
  console.error("Install it with: apt-get install -y chromium");
  process.exit(1);
}
console.log(`Browser: ${probe.stdout.trim()}`);

const newestMtime = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
};

const builtIndex = join(web, "dist/index.html");
const sources = [
  ...["src", "public", "index.html", "vite.config.ts", "package.json"].map((p) => join(web, p)),
  // the web bundles the field catalogue and contract types
  join(root, "packages/core/src"),
  join(root, "packages/contracts/src"),
].filter(existsSync);
const stale = !existsSync(builtIndex) || Math.max(...sources.map(newestMtime)) > statSync(builtIndex).mtimeMs;
if (stale) {
  console.log("Building the web app …");
  const build = spawnSync("npm", ["run", "build", "-w", "@parkpilot/web"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const vitest = join(root, "node_modules/vitest/vitest.mjs");
const run = spawnSync(process.execPath, [vitest, "run", "--config", "vitest.e2e.config.ts", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(run.status ?? 1);
