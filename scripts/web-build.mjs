// Builds the web app when its build is missing or older than anything it is built from.
// Shared by `npm start` (scripts/start.mjs) and `npm run test:e2e` (scripts/e2e.mjs).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isStale } from "./build-freshness.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const web = join(root, "apps/web");

/** Returns false when there is no web app to build (a trimmed checkout); exits the process when the build fails. */
export const ensureWebBuild = () => {
  if (!existsSync(join(web, "index.html"))) return false;
  const sources = [
    ...["src", "public", "index.html", "vite.config.ts", "package.json"].map((p) => join(web, p)),
    // the web bundles the field catalogue and contract types
    join(root, "packages/core/src"),
    join(root, "packages/contracts/src"),
  ];
  if (isStale(join(web, "dist/index.html"), sources)) {
    console.log("Building the web app (once, or after its sources changed) …");
    // Always a production build, whoever asks: a caller's NODE_ENV (vitest sets "test") made Vite
    // bundle React's development build, three fifths larger and slow enough to fail browser tests.
    const build = spawnSync("npm", ["run", "build", "-w", "@parkpilot/web"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  return true;
};
