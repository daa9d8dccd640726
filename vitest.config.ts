import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

// Test tiers: pure packages (core, rules, contracts) run without IO. The integration tier (db,
// services, server, cli) runs on PGlite always, and a second time on the PostgreSQL server of
// DATABASE_URL when it is set, with the same tests.
const integration = (backend: "pglite" | "postgres"): TestProjectInlineConfiguration => ({
  test: {
    name: `integration:${backend}`,
    include: ["packages/db/**/*.test.ts", "packages/services/**/*.test.ts", "apps/server/**/*.test.ts", "apps/cli/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    env: { PARKPILOT_TEST_BACKEND: backend },
    globalSetup: ["packages/db/src/testing/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: "core", include: ["packages/core/src/**/*.test.ts"] } },
      { test: { name: "rules", include: ["packages/rules/**/*.test.ts"], exclude: ["**/node_modules/**"] } },
      { test: { name: "contracts", include: ["packages/contracts/src/**/*.test.ts"] } },
      { test: { name: "web", include: ["apps/web/src/**/*.test.ts"] } },
      integration("pglite"),
      ...(process.env.DATABASE_URL ? [integration("postgres")] : []),
    ],
  },
});
