import { defineConfig } from "vitest/config";

/**
 * Browser tier (npm run test:e2e, via scripts/e2e.mjs which builds the web app first): one real
 * server with a small fixed demo on PGlite, Chromium driven by playwright-core, one test file
 * at a time (two cores, one server, and the login rate limit is per address).
 */
export default defineConfig({
  test: {
    name: "e2e",
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 300_000,
    pool: "forks",
  },
});
