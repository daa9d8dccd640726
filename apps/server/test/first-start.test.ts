import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testBackend } from "@parkpilot/db/testing";
import { loadConfig, type Config } from "@parkpilot/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../../e2e/support/server";
import { startServer, type StartedServer } from "../src/start-server";

const configFor = async (dataDir: string): Promise<Config> =>
  loadConfig({ PARKPILOT_DATA_DIR: dataDir, PORT: String(await freePort()), HOST: "127.0.0.1", DEMO_ENTERPRISES: "300", DEMO_SEED: "7", DEMO_AS_OF: "2026-11-22", LOG_LEVEL: "silent" });

const signIn = async (server: StartedServer): Promise<string> => {
  const account = server.demoAccounts?.find((a) => a.role === "province_admin");
  if (!account) throw new Error("no province demo login");
  const response = await server.app.inject({ method: "POST", url: "/api/auth/login", payload: { username: account.username, password: account.password } });
  expect(response.statusCode).toBe(200);
  return String(response.headers["set-cookie"]).split(";")[0] ?? "";
};

/**
 * A first start on the embedded database listens once the demo's rows and logins are in, and
 * derives its tier assessments, chain maps and park evaluation while it already serves (on a
 * database thread of its own, so requests are answered meanwhile).
 */
describe.skipIf(testBackend() !== "pglite")("first start: the demo derived while serving", () => {
  let root = "";
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "parkpilot-first-start-"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("serves and signs in while deriving, reports the progress, and says when the demo is complete", async () => {
    const lines: string[] = [];
    const server = await startServer(await configFor(join(root, "served")), (line) => lines.push(line));
    try {
      expect(server.demoAccounts).toHaveLength(3);
      expect(server.demoDerivation?.current().state).toBe("running");
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      const cookie = await signIn(server);
      const during = await server.app.inject({ method: "GET", url: "/api/meta/demo", headers: { cookie } });
      expect(during.json()).toMatchObject({ status: "generated", derivation: { state: "running" } });
      const { percent } = during.json().derivation;
      expect(percent).toBeGreaterThanOrEqual(0);
      expect(percent).toBeLessThanOrEqual(100);
      expect((await server.app.inject({ method: "GET", url: "/api/meta/demo" })).statusCode).toBe(401);

      await server.demoDerivation?.finished;
      const after = await server.app.inject({ method: "GET", url: "/api/meta/demo", headers: { cookie } });
      expect(after.json()).toEqual({ status: "complete", derivation: { state: "done" } });
      expect(lines.some((line) => line.startsWith("Demo province complete"))).toBe(true);
      const scorecard = await server.app.inject({ method: "GET", url: "/api/evaluation/scorecard", headers: { cookie } });
      expect(scorecard.statusCode).toBe(200);
    } finally {
      await server.stop();
    }
  }, 180_000);

  it("stopped while deriving, leaves the demo generated; the next start derives it again without generating", async () => {
    const dataDir = join(root, "stopped");
    const first = await startServer(await configFor(dataDir), () => undefined);
    expect(first.demoDerivation?.current().state).toBe("running");
    await first.stop();
    expect(first.demoDerivation?.current()).toEqual({ state: "failed", message: "stopped" });

    const lines: string[] = [];
    const second = await startServer(await configFor(dataDir), (line) => lines.push(line));
    try {
      expect(second.demoAccounts).toBeNull();
      expect(lines.some((line) => line.startsWith("First start"))).toBe(false);
      await second.demoDerivation?.finished;
      expect(second.demoDerivation?.current()).toEqual({ state: "done" });
    } finally {
      await second.stop();
    }
    const third = await startServer(await configFor(dataDir), () => undefined);
    expect(third.demoDerivation).toBeNull();
    await third.stop();
  }, 180_000);
});
