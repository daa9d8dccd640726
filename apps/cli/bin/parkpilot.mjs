#!/usr/bin/env node
// `parkpilot`: runs the command line's bundle (apps/cli/dist/main.mjs), built first when missing
// or older than its sources (decision 0012), so a command does not compile the TypeScript
// sources at every run. A build failure is reported and ends the command with status 1.
import { pathToFileURL } from "node:url";
import { ensureCliBuild } from "../../../scripts/bundles.mjs";

let bundle;
try {
  bundle = await ensureCliBuild();
} catch (error) {
  console.error(`The command line could not be built:\n${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
