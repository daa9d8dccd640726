import { describe, expect, it } from "vitest";
import { applySearchPatch } from "./use-search-state";

describe("applySearchPatch", () => {
  it("sets, replaces and drops parameters and keeps the others", () => {
    expect(applySearchPatch("?q=钢&tier=sme&page=3", { q: "铝", tier: "" }).toString()).toBe(`q=${encodeURIComponent("铝")}`);
    expect(applySearchPatch("?a=1", { b: 2, c: null, d: undefined }).toString()).toBe("a=1&b=2");
  });

  it("goes back to page 1 unless the patch sets the page", () => {
    expect(applySearchPatch("?q=x&page=4", { sort: "revenue" }).get("page")).toBeNull();
    expect(applySearchPatch("?q=x&page=4", { page: 5 }).toString()).toBe("q=x&page=5");
  });

  it("two patches in a row keep both when each starts from the address as it is", () => {
    const first = applySearchPatch("?park=7", { tier: "sme" });
    expect(applySearchPatch(`?${first.toString()}`, { q: "电池" }).toString()).toBe(`park=7&tier=sme&q=${encodeURIComponent("电池")}`);
  });
});
