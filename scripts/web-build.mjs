// Builds the web app when its build is missing or older than anything it is built from.
// Shared by `npm start` (scripts/start.mjs) and `npm run test:e2e` (scripts/e2e.mjs).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const web = join(root, "apps/web");
const builtIndex = join(web, "dist/index.html");

const newestMtime = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
};

/** Returns false when there is no web app to build (a trimmed checkout); exits the process when the build fails. */
export const ensureWebBuild = () => {
  if (!existsSync(join(web, "index.html"))) return false;
  const sources = [
    ...["src", "public", "index.html", "vite.config.ts", "package.json"].map((p) => join(web, p)),
    // the web bundles the field catalogue and contract types
    join(root, "packages/core/src"),
    join(root, "packages/contracts/src"),
  ].filter(existsSync);
  const stale = !existsSync(builtIndex) || Math.max(...sources.map(newestMtime)) > statSync(builtIndex).mtimeMs;
  if (stale) {
    console.log("Building the web app (once, or after its sources changed) …");
    const build = spawnSync("npm", ["run", "build", "-w", "@parkpilot/web"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  return true;
};
