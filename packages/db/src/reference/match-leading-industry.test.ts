import { describe, expect, it } from "vitest";
import { createLeadingIndustryMatcher, type LeadingIndustryTerm } from "./match-leading-industry";
import { parseLeadingIndustryMap } from "./parse-leading-industry-map";
import { splitLeadingIndustries } from "./split-leading-industries";

const term = (text: string, codes: string[] = []): LeadingIndustryTerm => ({ term: text, codes, note: "" });

describe("splitLeadingIndustries", () => {
  it.each([
    ["汽车、电子信息、装备制造", ["汽车", "电子信息", "装备制造"]],
    [" 食品 、、机械 ", ["食品", "机械"]],
    ["装备制造", ["装备制造"]],
    ["在建", []],
    [" 在建 ", []],
    ["", []],
    [null, []],
  ])("%j → %j", (text, items) => {
    expect(splitLeadingIndustries(text)).toEqual(items);
  });
});

describe("createLeadingIndustryMatcher", () => {
  const match = createLeadingIndustryMatcher([
    term("汽车", ["36"]),
    term("汽车零部件", ["367"]),
    term("零部件", ["367"]),
    term("新能源", ["4415", "4416"]),
    term("新能源汽车", ["3612"]),
    term("食品", ["13", "14"]),
    term("饮料", ["152"]),
    term("畜产品", ["135"]),
    term("产品加工"),
    term("加工贸易"),
    term("物流", ["59", "543"]),
  ]);

  it("takes a whole-item term first", () => {
    expect(match("汽车零部件")).toEqual({ status: "mapped", codes: ["367"], terms: ["汽车零部件"], via: "exact" });
  });

  it("ignores stray punctuation around the wording", () => {
    expect(match("食品.")).toMatchObject({ status: "mapped", codes: ["13", "14"], via: "exact" });
  });

  it("prefers the longest contained term over its parts", () => {
    expect(match("新能源汽车产业")).toEqual({ status: "mapped", codes: ["3612"], terms: ["新能源汽车"], via: "contained" });
  });

  it("unites the codes of several contained terms, sorted, in item order of terms", () => {
    expect(match("饮料食品")).toEqual({ status: "mapped", codes: ["13", "14", "152"], terms: ["饮料", "食品"], via: "contained" });
  });

  it("drops a code covered by a broader one", () => {
    expect(match("汽车及零部件")).toMatchObject({ codes: ["36"], terms: ["汽车", "零部件"] });
  });

  it("keeps a reviewed non-industry wording unmapped", () => {
    expect(match("加工贸易")).toEqual({ status: "unmapped", codes: [], terms: ["加工贸易"], via: "exact" });
  });

  it("never lets a non-industry term hide the industry inside a longer item", () => {
    expect(match("畜产品加工")).toMatchObject({ status: "mapped", codes: ["135"], terms: ["畜产品"] });
  });

  it("reports an item no term matches as unmapped, without a guess", () => {
    expect(match("生命健康")).toEqual({ status: "unmapped", codes: [], terms: [], via: "none" });
  });

  it("refuses a table that lists a term twice", () => {
    expect(() => createLeadingIndustryMatcher([term("汽车", ["36"]), term("汽车", ["367"])])).toThrow(/twice/);
  });
});

describe("parseLeadingIndustryMap", () => {
  it("reads space-separated codes and keeps empty ones as a reviewed decision", () => {
    const csv = 'term,codes,note\n装备制造,33 34 35,"NBS, 装备制造业"\n加工贸易,,a customs regime\n';
    expect(parseLeadingIndustryMap(csv)).toEqual([
      { term: "装备制造", codes: ["33", "34", "35"], note: "NBS, 装备制造业" },
      { term: "加工贸易", codes: [], note: "a customs regime" },
    ]);
  });

  it.each(["3A", "C", "12345"])("rejects the malformed code %s", (code) => {
    expect(() => parseLeadingIndustryMap(`term,codes,note\n汽车,${code},x\n`)).toThrow(/bad code/);
  });
});
