#!/usr/bin/env node
// `npm start`: builds the web app and the server bundle when missing or older than their sources,
// then starts the server (embedded PGlite under ./data unless DATABASE_URL is set).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ensureServerBuild } from "./bundles.mjs";
import { ensureWebBuild } from "./web-build.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
ensureWebBuild();
let bundle;
try {
  bundle = await ensureServerBuild();
} catch (error) {
  console.error(`The server could not be built:\n${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const server = spawn(process.execPath, ["--enable-source-maps", bundle], { cwd: root, stdio: "inherit" });
// Ctrl-C reaches the whole process group, the server included, which stops cleanly on its own:
// this process only waits for it. A SIGTERM (a process manager, `kill`) reaches this process
// alone: it is passed on, so that the server releases the database rather than being orphaned.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => server.kill("SIGTERM"));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

// `npm start` runs this through `sh -c`. A SIGTERM to npm (`kill`, a container stopping) ends npm
// and that shell but reaches neither this process nor the server (npm 11), which would run on,
// orphaned, holding the port and the database. Started by npm, this process stops the server as
// on SIGTERM once its parent is gone. (Started otherwise, e.g. `node scripts/start.mjs &` from a
// shell that then exits, being reparented is expected and changes nothing.)
if (process.env.npm_lifecycle_event !== undefined) {
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    server.kill("SIGTERM");
  }, 500);
  watch.unref();
}
