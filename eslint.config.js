import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

// Package boundaries (docs/ARCHITECTURE.md): core is pure; web never reaches the database.
const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "data/**", "test-output/**", "bench/out/**", "packages/db/migrations/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["packages/core/src/**/*.ts"],
    rules: restrict([
      { group: ["node:*", "fs", "path", "crypto", "os"], message: "core is pure: no IO (ARCHITECTURE.md)." },
      { group: ["@parkpilot/*", "zod", "drizzle-orm*", "pg", "@electric-sql/*", "fastify*", "react*"], message: "core imports nothing outside itself." },
    ]),
  },
  {
    files: ["packages/contracts/src/**/*.ts", "packages/rules/src/**/*.ts"],
    rules: restrict([{ group: ["@parkpilot/db", "@parkpilot/services", "fastify*", "react*"], message: "contracts and rules stay free of IO layers." }]),
  },
  {
    files: ["packages/db/src/**/*.ts"],
    rules: restrict([{ group: ["@parkpilot/services", "fastify*", "react*"], message: "db must not import services or frameworks." }]),
  },
  {
    files: ["packages/services/src/**/*.ts"],
    rules: restrict([{ group: ["fastify*", "react*", "commander"], message: "services are framework-free use cases." }]),
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([{ group: ["@parkpilot/db", "@parkpilot/services", "node:*"], message: "web talks to the API only." }]),
  },
);
