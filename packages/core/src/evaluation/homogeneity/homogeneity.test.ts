import { describe, expect, it } from "vitest";
import { declaredVector, divisionsOf, underDeclared } from "./declared-vector";
import { checkLeadingIndustries } from "./leading-check";
import { provinceHomogeneity } from "./province-homogeneity";
import { krugmanIndex, locationQuotients, sharesOf, structuralSimilarity, sumVectors } from "./similarity";

const v = (o: Record<string, number>) => new Map(Object.entries(o));
// Hand-computed example: A and B have the same structure (60/40 in divisions 39/38), C is 50/50 in 39/26.
const A = v({ "39": 60, "38": 40 });
const B = v({ "39": 30, "38": 20 });
const C = v({ "39": 50, "26": 50 });

describe("structure measures on a hand-computed example", () => {
  it("S_ij: identical structures are 1 whatever their size", () => {
    expect(structuralSimilarity(A, B)).toBeCloseTo(1, 12);
  });
  it("S_AC = 0.6·0.5 ÷ √(0.52 · 0.5) = 0.58835", () => {
    expect(structuralSimilarity(A, C)).toBeCloseTo(0.3 / Math.sqrt(0.52 * 0.5), 12);
    expect(structuralSimilarity(A, C)).toBeCloseTo(0.58835, 5);
  });
  it("disjoint structures are 0; an empty vector is unknown, not 0", () => {
    expect(structuralSimilarity(v({ "13": 1 }), v({ "39": 1 }))).toBe(0);
    expect(structuralSimilarity(v({}), A)).toBeNull();
    expect(structuralSimilarity(v({ "39": 0 }), A)).toBeNull();
  });
  it("Krugman K_AC = |0.6−0.5| + |0.4−0| + |0−0.5| = 1.0", () => {
    expect(krugmanIndex(A, C)).toBeCloseTo(1, 12);
    expect(krugmanIndex(A, B)).toBeCloseTo(0, 12);
  });
  it("LQ against the province (A+B+C: 39 = 56 %, 38 = 24 %, 26 = 20 %)", () => {
    const province = sumVectors([A, B, C]);
    const lqA = locationQuotients(A, province);
    expect(lqA.get("38")).toBeCloseTo(0.4 / 0.24, 12);
    expect(lqA.get("39")).toBeCloseTo(0.6 / 0.56, 12);
    expect(locationQuotients(C, province).get("26")).toBeCloseTo(2.5, 12);
  });
  it("shares ignore non-positive entries", () => {
    expect(sharesOf(v({ a: 3, b: 1, c: -5, d: 0 }))).toEqual(v({ a: 0.75, b: 0.25 }));
  });
});

describe("declared vectors (catalogue only)", () => {
  const items = [
    { label: "装备制造", codes: ["33", "34", "35", "36", "37", "38", "39", "40"] },
    { label: "食品", codes: ["13", "14"] },
    { label: "新材料", codes: ["265", "3073"] },
    { label: "先进制造", codes: [] },
  ];
  it("reduces codes to divisions", () => {
    expect(divisionsOf(["265", "266", "3073", "C"])).toEqual(["26", "30"]);
  });
  it("weighted: each mapped item weighs 1/3, spread over its divisions; unmapped items weigh nothing", () => {
    const w = declaredVector(items, "weighted");
    expect(w.get("33")).toBeCloseTo(1 / 3 / 8, 12);
    expect(w.get("13")).toBeCloseTo(1 / 6, 12);
    expect(w.get("26")).toBeCloseTo(1 / 6, 12);
    expect([...w.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it("binary: 1 per covered division", () => {
    expect([...declaredVector(items, "binary").values()]).toEqual(Array(12).fill(1));
  });
  it("an enterprise code falls under a declared code by prefix", () => {
    expect(underDeclared("3911", ["39"])).toBe(true);
    expect(underDeclared("3911", ["391"])).toBe(true);
    expect(underDeclared("39", ["3911"])).toBe(false);
    expect(underDeclared(null, ["39"])).toBe(false);
  });
});

describe("the ≤3 leading-industry check", () => {
  const five = ["汽车", "电子信息", "装备制造", "新材料", "生物医药"].map((label, i) => ({ label, codes: [String(36 + i)] }));
  it("says plainly when five are declared", () => {
    const r = checkLeadingIndustries({ declared: five, byDivision: null, leadingBasis: null, totalBasis: null, maxLeading: 3, observedShare: 0.1 });
    expect(r.declaredWithinLimit).toBe(false);
    expect(r.findings[0]?.en).toBe("5 leading industries declared (汽车, 电子信息, 装备制造, 新材料, 生物医药); the Guidance asks for at most 3");
    expect(r.observed).toBeNull();
  });
  it("counts observed industries at the share threshold (10 % exactly counts)", () => {
    const byDivision = v({ "36": 50, "37": 30, "13": 10, "26": 9.99, "99": 0.01 });
    const r = checkLeadingIndustries({ declared: five.slice(0, 3), byDivision, leadingBasis: 80, totalBasis: 100, maxLeading: 3, observedShare: 0.1 });
    expect(r.observed?.map((o) => o.division)).toEqual(["36", "37", "13"]);
    expect(r.observedWithinLimit).toBe(true);
    expect(r.observed?.find((o) => o.division === "13")?.declared).toBe(false);
    expect(r.declaredNotObserved).toEqual(["装备制造"]);
    expect(r.concentration).toBeCloseTo(0.8);
  });
});

describe("province homogeneity", () => {
  const parks = [
    { parkId: 1, vector: A, declaredDivisions: new Set(["39"]) },
    { parkId: 2, vector: B, declaredDivisions: new Set(["39", "38"]) },
    { parkId: 3, vector: C, declaredDivisions: new Set(["26"]) },
    { parkId: 4, vector: v({}), declaredDivisions: new Set<string>() },
  ];
  it("flags pairs at or above the threshold with what they share, and counts comparisons", () => {
    const r = provinceHomogeneity(parks, 0.9, false);
    expect(r.compared).toBe(3);
    expect(r.pairs).toHaveLength(1);
    expect(r.pairs[0]).toMatchObject({ a: 1, b: 2, shared: ["39", "38"], sharedDeclared: ["39"] });
  });
  it("includes a pair exactly at the threshold and excludes it just above", () => {
    const s = structuralSimilarity(A, C)!;
    expect(provinceHomogeneity(parks, s, false).pairs.map((p) => [p.a, p.b])).toContainEqual([1, 3]);
    expect(provinceHomogeneity(parks, s + 1e-9, false).pairs.map((p) => [p.a, p.b])).not.toContainEqual([1, 3]);
  });
  it("can require a shared declared industry", () => {
    const s = structuralSimilarity(A, C)!;
    expect(provinceHomogeneity(parks, s, true).pairs.map((p) => [p.a, p.b])).toEqual([[1, 2]]);
  });
  it("lists the most duplicated industries", () => {
    expect(provinceHomogeneity(parks, 0.9, false).duplicated[0]).toEqual({ division: "39", parks: 3 });
  });
});
