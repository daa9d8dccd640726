import { describe, expect, it } from "vitest";
import { industryFilterCode } from "./industry-filter";

describe("industryFilterCode", () => {
  it.each([
    ["", ""],
    ["c", "C"],
    [" 27 ", "27"],
    ["275", "275"],
    ["2750", "2750"],
    ["C27", "27"],
    ["c2750", "2750"],
    ["27501", null],
    ["2", null],
    ["C2", null],
    ["CC", null],
    ["X9", null],
    ["U27", null],
    ["医药", null],
  ])("%j → %j", (typed, code) => {
    expect(industryFilterCode(typed)).toBe(code);
  });
});
