import { describe, expect, it } from "vitest";
import { applyOverlay } from "./overlay";
import { isInForce, overlappingVersions, ruleSetsInForce, selectRuleSet } from "./select";
import { MINI } from "./test-support/mini-rule-set";
import type { RuleSetDef } from "./types";

const v2022: RuleSetDef = { ...MINI, id: "ladder", version: "2022", effective_from: "2022-08-01", effective_to: "2026-04-01" };
const v2026: RuleSetDef = { ...MINI, id: "ladder", version: "2026", effective_from: "2026-04-01" };
const other: RuleSetDef = { ...MINI, id: "other", version: "1", effective_from: "2020-01-01" };

describe("version in force by date", () => {
  it.each<[string, string | undefined]>([
    ["2022-07-31", undefined],
    ["2022-08-01", "2022"],
    ["2026-03-31", "2022"],
    ["2026-04-01", "2026"],
    ["2030-01-01", "2026"],
  ])("%s → %s", (date, version) => expect(selectRuleSet([v2026, v2022, other], "ladder", date)?.version).toBe(version));

  it("one version per id", () => expect(ruleSetsInForce([v2022, v2026, other], "2026-04-01").map((r) => `${r.id}@${r.version}`)).toEqual(["ladder@2026", "other@1"]));

  it("detects overlapping versions and refuses to choose between them", () => {
    const overlapping = { ...v2026, effective_from: "2026-03-01" };
    expect(overlappingVersions([v2022, overlapping]).length).toBe(1);
    expect(overlappingVersions([v2022, v2026])).toEqual([]);
    expect(() => selectRuleSet([v2022, overlapping], "ladder", "2026-03-15")).toThrow(/overlap/);
  });

  it("rejects a malformed date", () => expect(() => isInForce(v2022, "2026/04/01")).toThrow(/ISO date/));
});

describe("applyOverlay", () => {
  const withParam: RuleSetDef = {
    ...MINI,
    parameters: { cap: { label: { zh: "上限", en: "Cap" }, value: 500, unit: "persons", source: { doc: "d", article: "第六条" }, uncertain: true } },
  };
  const overlay = {
    target: "mini",
    jurisdiction: "440100",
    name: { zh: "广州市", en: "Guangzhou" },
    documents: { gz: { number: "穗〔2025〕1号", title: "本地办法" } },
    source: { doc: "gz", article: "第三条" },
    parameters: { cap: { value: 300 } },
  };

  it("replaces the value, cites the overlay and drops the doubt on the overridden value", () => {
    const def = applyOverlay(withParam, overlay);
    expect(def.version).toBe("1+440100");
    expect(def.scope).toBe("local");
    expect(def.parameters?.cap).toEqual({ label: { zh: "上限", en: "Cap" }, value: 300, unit: "persons", source: { doc: "gz", article: "第三条" } });
    expect(def.title.zh).toBe("测试规则（广州市）");
  });

  it.each<[string, object, RegExp]>([
    ["another rule set", { target: "other" }, /targets other/],
    ["another version", { versions: ["2"] }, /does not apply to version 1/],
    ["a type change", { parameters: { cap: { value: true } } }, /is a number, overlay gives a boolean/],
    ["a clashing document key", { documents: { d: { number: "x", title: "y" } } }, /already used/],
  ])("refuses %s", (_n, change, message) => expect(() => applyOverlay(withParam, { ...overlay, ...change })).toThrow(message));
});
