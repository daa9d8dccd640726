import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The demo the browser tests and the web benchmark run on: small, fixed, reproducible. */
export const DEMO = { enterprises: 1500, seed: 20251, asOf: "2026-11-22" } as const;

export interface TestServer {
  readonly url: string;
  readonly dataDir: string;
  /** Everything the server printed, for failure messages. */
  readonly log: () => string;
  stop(): Promise<void>;
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

const waitForHealth = async (url: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was ready:\n${log()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server was not ready after ${timeoutMs / 1000} s:\n${log()}`);
};

/** The line the server prints when the first start's demo is derived in full (demo-derivation.ts). */
const DEMO_COMPLETE = "Demo province complete";

const waitForDemoComplete = async (child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!log().includes(DEMO_COMPLETE)) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before the demo was complete:\n${log()}`);
    if (Date.now() > deadline) throw new Error(`the demo was not complete after ${timeoutMs / 1000} s:\n${log()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
};

/**
 * Starts the real server as `npm start` does (scripts/start.mjs) on a free port with a temporary data
 * directory (embedded PGlite) and the small fixed demo province, and waits for /api/health and,
 * unless asked not to, for the demo's tiers, chain maps and evaluation, which it derives after it
 * listens.
 */
export const startTestServer = async (options: { timeoutMs?: number; waitForDemo?: boolean; enterprises?: number } = {}): Promise<TestServer> => {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "parkpilot-e2e-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    PARKPILOT_DATA_DIR: dataDir,
    DEMO_SEED_ON_FIRST_START: "true",
    DEMO_ENTERPRISES: String(options.enterprises ?? DEMO.enterprises),
    DEMO_SEED: String(DEMO.seed),
    DEMO_AS_OF: DEMO.asOf,
    LOG_LEVEL: "warn",
    // Every test signs in from 127.0.0.1: the whole tier logs in more than 20 times a minute on a
    // fast run (the limit itself is tested in apps/server/test/auth.test.ts).
    LOGIN_ATTEMPTS_PER_MINUTE: "1000",
  };
  // The browser tier always runs on embedded PGlite, whatever the shell points at.
  delete env.DATABASE_URL;
  delete env.SESSION_SECRET;
  // What `npm start` runs: the server bundle (built here when stale), so the tier tests it.
  const child = spawn(process.execPath, [join(ROOT, "scripts/start.mjs")], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const log = () => output.slice(-8000);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, log, options.timeoutMs ?? 240_000);
    if (options.waitForDemo ?? true) await waitForDemoComplete(child, () => output, options.timeoutMs ?? 240_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, log, stop };
};
