import { readFileSync } from "node:fs";
import { FACT_CATALOGUE } from "@parkpilot/core";
import { describe, expect, it } from "vitest";
import { loadRuleSets } from "./load";

// docs/rules.md is the services layer's contract: it must not drift from the code.
const doc = readFileSync(new URL("../../../../docs/rules.md", import.meta.url), "utf8");

describe("docs/rules.md", () => {
  it.each(FACT_CATALOGUE.map((f) => f.key))("documents fact %s", (key) => expect(doc).toContain(`\`${key}\``));
  it.each(loadRuleSets().map((d) => `${d.id}@${d.version}`))("lists rule set %s", (key) => expect(doc).toContain(`| ${key} |`));
});
