import type { TestProject } from "vitest/node";
import { assertChromium } from "./browser";
import { startTestServer } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One real server (PGlite, fixed demo) for the whole browser tier; stopped afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertChromium();
  const started = Date.now();
  const server = await startTestServer();
  console.log(`e2e: server ready on ${server.url} in ${((Date.now() - started) / 1000).toFixed(1)} s (data ${server.dataDir})`);
  project.provide("baseUrl", server.url);
  return async () => {
    await server.stop();
  };
}
