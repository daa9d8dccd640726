import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config/load-config";

const cwd = mkdtempSync(join(tmpdir(), "parkpilot-config-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const problemsOf = (env: Record<string, string>): readonly string[] => {
  try {
    loadConfig(env, cwd);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe("loadConfig: the environment, validated once into a typed object", () => {
  it("defaults: embedded PGlite under ./data, port 3000, 50 MB uploads, 20 logins a minute, the demo on first start", () => {
    const config = loadConfig({}, cwd);
    expect(config.database).toEqual({ kind: "pglite", dataDir: join(cwd, "data", "pglite") });
    expect(config.http).toEqual({ host: "0.0.0.0", port: 3000 });
    expect(config.maxUploadBytes).toBe(50 * 1024 * 1024);
    expect(config.loginAttemptsPerMinute).toBe(20);
    expect(config.demo).toEqual({ seedOnFirstStart: true, enterprises: 20_000, seed: 20251, asOf: null });
    // The session secret is generated once and kept under the data directory.
    expect(readFileSync(join(cwd, "data", "session-secret"), "utf8").trim()).toBe(config.sessionSecret);
    expect(loadConfig({}, cwd).sessionSecret).toBe(config.sessionSecret);
  });

  it("reads each setting, a blank one as unset", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://u@db:5432/pp", PORT: "8080", LOGIN_ATTEMPTS_PER_MINUTE: "5", MAX_UPLOAD_MB: "", DEMO_SEED_ON_FIRST_START: "0" }, cwd);
    expect(config.database).toEqual({ kind: "postgres", url: "postgres://u@db:5432/pp" });
    expect(config.http.port).toBe(8080);
    expect(config.loginAttemptsPerMinute).toBe(5);
    expect(config.maxUploadBytes).toBe(50 * 1024 * 1024);
    expect(config.demo.seedOnFirstStart).toBe(false);
  });

  it("lists every bad setting at once, each by name", () => {
    const problems = problemsOf({ DATABASE_URL: "mysql://x", PORT: "70000", LOGIN_ATTEMPTS_PER_MINUTE: "0", SESSION_SECRET: "short", DEMO_AS_OF: "22/11/2026" });
    expect(problems.map((p) => p.split(":")[0]).sort()).toEqual(["DATABASE_URL", "DEMO_AS_OF", "LOGIN_ATTEMPTS_PER_MINUTE", "PORT", "SESSION_SECRET"]);
    expect(problems.find((p) => p.startsWith("DATABASE_URL"))).toMatch(/postgres:\/\//);
  });

  it("refuses a demo of no enterprises and a demo date that is not a day, naming the setting", () => {
    expect(problemsOf({ DEMO_ENTERPRISES: "0" })).toEqual([expect.stringMatching(/^DEMO_ENTERPRISES: must be at least 1 .*DEMO_SEED_ON_FIRST_START=false/)]);
    expect(problemsOf({ DEMO_AS_OF: "2026-02-30" })).toEqual(["DEMO_AS_OF: must be a date of the calendar"]);
    expect(loadConfig({ DEMO_ENTERPRISES: "1", DEMO_AS_OF: "2024-02-29" }, cwd).demo).toMatchObject({ enterprises: 1, asOf: "2024-02-29" });
  });
});
