#!/usr/bin/env node
// `npm start`: builds the web app when its build is missing or older than its sources, then
// starts the server (embedded PGlite under ./data unless DATABASE_URL is set).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureWebBuild } from "./web-build.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
ensureWebBuild();

const require = createRequire(import.meta.url);
const server = spawnSync(process.execPath, [require.resolve("tsx/cli"), join(root, "apps/server/src/main.ts")], { cwd: root, stdio: "inherit" });
process.exit(server.status ?? 1);
