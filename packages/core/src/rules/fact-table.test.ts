import { describe, expect, it } from "vitest";
import { factTableFromRecords } from "./fact-records";
import { allFactKeys, resolveFact } from "./fact-keys";
import { createFactTable } from "./fact-table";

describe("fact keys", () => {
  it.each<[string, string | undefined, string | undefined]>([
    ["revenue@y", "number", "wan_yuan"],
    ["employees@y-4", "number", "persons"],
    ["inventionPatents@y-1", "number", "items"],
    ["revenue@y-5", undefined, undefined],
    ["revenue", undefined, undefined],
    ["nonsense@y", undefined, undefined],
    ["holds_title:high_tech_enterprise", "boolean", "none"],
    ["industry_code", "category", "none"],
    ["founded_date", "date", "none"],
    ["rd_institution_level", "number", "level"],
  ])("%s → %s %s", (key, type, unit) => {
    const f = resolveFact(key);
    expect([f?.type, f?.unit]).toEqual([type, unit]);
  });

  it("labels annual keys with their year", () => {
    expect(resolveFact("revenue@y-2")?.label).toEqual({ zh: "营业收入（基准年前2年）", en: "Operating revenue (reference year − 2)" });
  });

  it("lists every key once", () => {
    const keys = allFactKeys();
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("FactTable", () => {
  it("reads unknown for columns never set, and null/NaN as unknown", () => {
    const t = createFactTable(2);
    t.setNumber("revenue@y", 0, 10);
    t.setNumber("revenue@y", 1, null);
    expect([t.getNumber("revenue@y", 0), t.getNumber("revenue@y", 1), t.getNumber("profit@y", 0)]).toEqual([10, undefined, undefined]);
    expect(t.getBoolean("listed", 0)).toBeUndefined();
  });

  it("keeps false apart from unknown, and zero apart from missing", () => {
    const t = factTableFromRecords([{ listed: false, "revenue@y": 0 }, {}]);
    expect([t.getBoolean("listed", 0), t.getBoolean("listed", 1)]).toEqual([false, undefined]);
    expect([t.getNumber("revenue@y", 0), t.getNumber("revenue@y", 1)]).toEqual([0, undefined]);
  });

  it("interns categories and stores dates as epoch days", () => {
    const t = factTableFromRecords([{ industry_code: "C3911", founded_date: "2020-05-01" }, { industry_code: "C3911" }]);
    expect(t.peekCategories("industry_code")?.dictionary).toEqual(["C3911"]);
    expect(t.getDate("founded_date", 0)).toBe("2020-05-01");
  });

  it.each<[string, () => void, RegExp]>([
    ["unknown key", () => createFactTable(1).setNumber("revenu@y", 0, 1), /unknown fact key/],
    ["wrong type", () => createFactTable(1).setNumber("listed", 0, 1), /is a boolean/],
    ["row out of range", () => createFactTable(1).setNumber("revenue@y", 1, 1), /outside/],
    ["infinite number", () => createFactTable(1).setNumber("revenue@y", 0, Number.POSITIVE_INFINITY), /finite/],
    ["record of the wrong type", () => factTableFromRecords([{ listed: "yes" }]), /is a boolean/],
  ])("rejects %s", (_n, f, message) => expect(f).toThrow(message));

  it("row(i) is a view on the same storage", () => {
    const t = factTableFromRecords([{ "revenue@y": 1 }, { "revenue@y": 2 }]);
    const row = t.row(1);
    expect([row.size, row.getNumber("revenue@y", 0)]).toEqual([1, 2]);
  });
});
