import { describe, expect, it } from "vitest";
import { checkCreditCode, completeCreditCode, creditCodeCheckChar } from "./credit-code";

describe("checkCreditCode", () => {
  it.each([
    // Published examples of valid codes.
    ["91350100M000100Y43", { valid: true }],
    ["91110000600037341L", { valid: true }],
    ["  91350100m000100y43 ", { valid: true }],
    ["91350100M000100Y44", { valid: false, problem: "check", expectedCheck: "3" }],
    ["91350100M000100Y4", { valid: false, problem: "length" }],
    ["91350100M000100Y433", { valid: false, problem: "length" }],
    ["91350100M000I00Y43", { valid: false, problem: "alphabet" }],
    ["", { valid: false, problem: "length" }],
  ])("%s → %j", (code, expected) => {
    expect(checkCreditCode(code)).toEqual(expected);
  });

  it("completes a body with its check character", () => {
    expect(completeCreditCode("91350100M000100Y4")).toBe("91350100M000100Y43");
    expect(creditCodeCheckChar("91350100M000100O4")).toBeUndefined();
  });
});
