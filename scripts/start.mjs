#!/usr/bin/env node
// `npm start`: builds the web app when its build is missing or older than its sources, then
// starts the server (embedded PGlite under ./data unless DATABASE_URL is set).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const web = join(root, "apps/web");
const builtIndex = join(web, "dist/index.html");

const newestMtime = (dir) => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
};

if (existsSync(join(web, "index.html"))) {
  const stale = !existsSync(builtIndex) || newestMtime(join(web, "src")) > statSync(builtIndex).mtimeMs;
  if (stale) {
    console.log("Building the web app (once, or after its sources changed) …");
    const build = spawnSync("npm", ["run", "build", "-w", "@parkpilot/web"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}

const require = createRequire(import.meta.url);
const server = spawnSync(process.execPath, [require.resolve("tsx/cli"), join(root, "apps/server/src/main.ts")], { cwd: root, stdio: "inherit" });
process.exit(server.status ?? 1);
