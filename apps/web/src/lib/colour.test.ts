import { describe, expect, it } from "vitest";
import { classOf, interpolateColour, normalise, quantileBreaks } from "./colour";

describe("colour classes for the map", () => {
  it("interpolates between stops and clamps", () => {
    expect(interpolateColour(["#000000", "#ffffff"], 0)).toBe("#000000");
    expect(interpolateColour(["#000000", "#ffffff"], 1)).toBe("#ffffff");
    expect(interpolateColour(["#000000", "#ffffff"], 0.5)).toBe("#808080");
    expect(interpolateColour(["#000000", "#ffffff"], 7)).toBe("#ffffff");
    expect(interpolateColour(["#102030"], 0.3)).toBe("#102030");
  });
  it("quintile breaks split parks into classes of about equal size", () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    expect(quantileBreaks(values)).toEqual([20, 40, 60, 80]);
    expect(classOf(20, [20, 40, 60, 80])).toBe(0);
    expect(classOf(20.1, [20, 40, 60, 80])).toBe(1);
    expect(classOf(1000, [20, 40, 60, 80])).toBe(4);
  });
  it("identical values give no breaks (one class)", () => {
    expect(quantileBreaks([5, 5, 5])).toEqual([5]);
    expect(quantileBreaks([])).toEqual([]);
  });
  it("normalises within a range", () => {
    expect(normalise(5, 0, 10)).toBe(0.5);
    expect(normalise(5, 5, 5)).toBe(0);
  });
});
