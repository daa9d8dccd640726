import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { testBackend } from "@parkpilot/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../../e2e/support/server";

const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));
const REPOSITORY = fileURLToPath(new URL("../../..", import.meta.url));
const TSX_LOADER = createRequire(import.meta.url).resolve("tsx");

/** PostgreSQL's control file records how the cluster was left: 1 = shut down cleanly (DBState). */
const clusterState = (pgliteDir: string): number => readFileSync(join(pgliteDir, "global/pg_control")).readUInt32LE(16);
const SHUT_DOWN = 1;
/** The embedded database's directory under a data directory, and the lock a running server holds beside it. */
const pgliteDir = (dataDir: string) => join(dataDir, "pglite");
const lockFile = (dataDir: string) => `${pgliteDir(dataDir)}.lock`;

/**
 * The server stops on SIGINT or SIGTERM by closing the embedded database, which writes it to disk.
 * A second signal while that runs (Ctrl-C pressed twice; a `pkill` reaching a wrapper and the
 * server) used to end the process half-way: the next start then replayed the WAL first. A SIGTERM
 * to `npm start` ends npm and its shell only: the starter then stops the server itself.
 */
describe.skipIf(testBackend() !== "pglite")("stopping the server on signals (embedded database)", () => {
  // Made in beforeAll: the body of a skipped describe still runs, its hooks do not.
  let root = "";
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "parkpilot-stop-"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([["SIGTERM", "SIGINT"], ["SIGINT", "SIGINT"]] as const)("%s then %s while stopping: exits 0 with the database shut down cleanly and unlocked", async (first, second) => {
    const dataDir = join(root, `${first}-${second}`);
    const env: NodeJS.ProcessEnv = { ...process.env, PARKPILOT_DATA_DIR: dataDir, PORT: String(await freePort()), HOST: "127.0.0.1", DEMO_SEED_ON_FIRST_START: "false", LOG_LEVEL: "warn" };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ["--import", TSX_LOADER, MAIN], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const seen = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => (output.includes(text) ? resolve() : undefined);
        child.stdout.on("data", check);
        child.once("exit", (code) => reject(new Error(`exited with ${code} before "${text}":\n${output}`)));
        check();
      });
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

    await seen("ParkPilot ready");
    child.kill(first);
    await seen(`${first}: stopping`);
    child.kill(second);

    expect(await exited, output).toBe(0);
    expect(clusterState(pgliteDir(dataDir))).toBe(SHUT_DOWN);
    expect(existsSync(lockFile(dataDir))).toBe(false);
  });

  it("npm start: a SIGTERM to npm (which ends npm and its shell, not the starter) stops the server cleanly", async () => {
    const dataDir = join(root, "npm-start");
    const env: NodeJS.ProcessEnv = { ...process.env, PARKPILOT_DATA_DIR: dataDir, PORT: String(await freePort()), HOST: "127.0.0.1", DEMO_SEED_ON_FIRST_START: "false", LOG_LEVEL: "warn" };
    delete env.DATABASE_URL;
    // A process group of its own, so that whatever is left when the test fails can be stopped.
    const npm = spawn("npm", ["start"], { cwd: REPOSITORY, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let output = "";
    npm.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const npmExited = new Promise<void>((resolve) => npm.once("exit", () => resolve()));
    try {
      // The first start also builds the web app and the server bundle when they are stale.
      await until(() => output.includes("ParkPilot ready"), 240_000, () => output);
      expect(existsSync(lockFile(dataDir))).toBe(true);

      npm.kill("SIGTERM");
      await npmExited;
      // The server, no longer npm's, is stopped by the starter: the database closed whole, unlocked.
      await until(() => !existsSync(lockFile(dataDir)), 60_000, () => output);
      expect(clusterState(pgliteDir(dataDir))).toBe(SHUT_DOWN);
    } finally {
      try {
        if (npm.pid !== undefined) process.kill(-npm.pid, "SIGTERM");
      } catch {
        // The group is gone: everything stopped.
      }
    }
  }, 300_000);
});

/** Waits for `condition`, checked every 200 ms; fails after `ms` with what `context` says. */
const until = async (condition: () => boolean, ms: number, context: () => string): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms:\n${context()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};
