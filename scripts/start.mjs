#!/usr/bin/env node
// `npm start`: builds the web app when its build is missing or older than its sources, then
// starts the server (embedded PGlite under ./data unless DATABASE_URL is set).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureWebBuild } from "./web-build.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
ensureWebBuild();

const require = createRequire(import.meta.url);
const server = spawn(process.execPath, [require.resolve("tsx/cli"), join(root, "apps/server/src/main.ts")], { cwd: root, stdio: "inherit" });
// Ctrl-C reaches the whole process group, the server included, which stops cleanly on its own:
// this process only waits for it. A SIGTERM (a process manager, `kill`) reaches this process
// alone: it is passed on, so that the server releases the database rather than being orphaned.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => server.kill("SIGTERM"));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
