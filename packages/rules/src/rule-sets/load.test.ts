import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluatePopulation, factTableFromRecords, isInForce, overlappingVersions, selectRuleSet } from "@parkpilot/core";
import { describe, expect, it } from "vitest";
import { checkRuleSetText, loadRuleSets, RULE_SETS_DIR, RuleFileError } from "./load";
import { allShipped } from "./testing";

const defs = loadRuleSets();

describe("shipped rule sets", () => {
  it("all validate and compile, one folder per id", () => {
    expect(defs.map((d) => `${d.id}@${d.version}`).sort()).toEqual([
      "enterprise-size@2011",
      "gazelle@2017",
      "high-tech@2016",
      "innovative-sme@2022",
      "little-giant@2022",
      "little-giant@2026",
      "navigator@2021",
      "single-champion@2023",
      "specialized-sme@2022",
      "specialized-sme@2026",
      "tech-innovative-sme@2026",
      "tech-sme@2017",
      "unicorn@2016",
    ]);
  });

  it("have no overlapping effective ranges per id", () => {
    expect(overlappingVersions(defs)).toEqual([]);
  });

  it.each(allShipped().map((rs) => [`${rs.id}@${rs.version}`, rs] as const))("%s: every criterion shown carries a full citation", (_key, rs) => {
    // An empty enterprise shows every criterion (nothing is decided, every branch stays open).
    const explanation = evaluatePopulation(rs, factTableFromRecords([{}]), { date: "2026-06-01" }).explain(0);
    expect(explanation.criteria.length).toBeGreaterThan(0);
    for (const c of explanation.criteria) {
      expect(c.citation.number, c.id).toMatch(/\S/);
      expect(c.citation.title, c.id).toMatch(/\S/);
      expect(c.citation.article, c.id).toMatch(/\S/);
      expect(c.citation.number, c.id).not.toBe("?");
    }
    // Missing data is never a failure: an enterprise with no data is never "not eligible".
    expect(explanation.outcome).toBe("undetermined");
  });

  it("reads only facts of the catalogue or annual fields", () => {
    for (const rs of allShipped()) expect(rs.reads.length, rs.id).toBeGreaterThan(0);
  });
});

describe("version in force by date", () => {
  it.each([
    ["specialized-sme", "2026-03-31", "2022"],
    ["specialized-sme", "2026-04-01", "2026"],
    ["little-giant", "2026-03-31", "2022"],
    ["little-giant", "2026-04-01", "2026"],
    ["specialized-sme", "2022-07-31", undefined],
    ["specialized-sme", "2022-08-01", "2022"],
    ["tech-innovative-sme", "2026-03-31", undefined],
    ["tech-innovative-sme", "2026-04-01", "2026"],
    ["innovative-sme", "2026-06-30", "2022"],
  ])("%s on %s → %s", (id, date, version) => {
    expect(selectRuleSet(defs, id, date)?.version).toBe(version);
  });

  it("effective_to is exclusive", () => {
    const old = defs.find((d) => d.id === "specialized-sme" && d.version === "2022");
    expect(old && isInForce(old, "2026-04-01")).toBe(false);
  });
});

describe("loading errors", () => {
  const techSme = readFileSync(join(RULE_SETS_DIR, "tech-sme", "2017.yaml"), "utf8");

  it("lists file, path and problem for a shape error", () => {
    const { problems } = checkRuleSetText(techSme.replace("compare: [staff, \"<=\", 500]", "compare: [staff, \"=<\", 500]"), "tech-sme/2017.yaml");
    expect(problems).toContainEqual(expect.objectContaining({ file: "tech-sme/2017.yaml", path: expect.stringContaining("eligible_when.all.1.compare.1") }));
  });

  it("reports a misspelt key instead of ignoring it", () => {
    const { problems } = checkRuleSetText(techSme.replace("  - { id: staff_cap, compare:", "  - { id: staff_cap, comprae:"), "f.yaml");
    expect(problems.length).toBeGreaterThan(0);
  });

  it("reports cross-reference problems (unknown input, undeclared document)", () => {
    const { problems } = checkRuleSetText(techSme.replace("compare: [staff, \"<=\", 500]", "compare: [staf, \"<=\", 500]").replace("{ doc: m115, article: 第八条（四） }", "{ doc: nowhere, article: 第八条（四） }"), "f.yaml");
    expect(problems.map((p) => p.message)).toEqual(expect.arrayContaining([expect.stringContaining('unknown input "staf"'), expect.stringContaining('unknown document "nowhere"')]));
  });

  it("rejects a file whose folder or name disagrees with its id and version, and overlapping versions", () => {
    const dir = mkdtempSync(join(tmpdir(), "rules-"));
    mkdirSync(join(dir, "tech-sme"));
    writeFileSync(join(dir, "tech-sme", "2018.yaml"), techSme);
    writeFileSync(join(dir, "tech-sme", "2017.yaml"), techSme);
    let error: unknown;
    try {
      loadRuleSets(dir);
    } catch (e) {
      error = e;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(error).toBeInstanceOf(RuleFileError);
    const messages = (error as RuleFileError).problems.map((p) => `${p.file} ${p.path} ${p.message}`);
    expect(messages).toEqual(expect.arrayContaining([expect.stringContaining('version "2017" but the file is named "2018.yaml"'), expect.stringContaining("in force at the same time")]));
  });
});
