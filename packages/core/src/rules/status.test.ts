import { describe, expect, it } from "vitest";
import { ALL_TABLE, ANY_TABLE, FAIL, MANUAL, NOT_TABLE, PASS, UNKNOWN } from "./status";

const name = ["fail", "pass", "unknown", "manual"];
describe("three-valued logic with manual review", () => {
  it.each<[number, number, number, number]>([
    // a, b, all, any
    [PASS, PASS, PASS, PASS],
    [PASS, FAIL, FAIL, PASS],
    [FAIL, UNKNOWN, FAIL, UNKNOWN],
    [PASS, UNKNOWN, UNKNOWN, PASS],
    [FAIL, MANUAL, FAIL, MANUAL],
    [PASS, MANUAL, MANUAL, PASS],
    [UNKNOWN, MANUAL, UNKNOWN, UNKNOWN],
    [MANUAL, MANUAL, MANUAL, MANUAL],
    [FAIL, FAIL, FAIL, FAIL],
  ])("%s, %s", (a, b, all, any) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      expect(name[ALL_TABLE[x * 4 + y] as number]).toBe(name[all]);
      expect(name[ANY_TABLE[x * 4 + y] as number]).toBe(name[any]);
    }
  });

  it("negation keeps undecided values undecided", () => {
    expect([...NOT_TABLE]).toEqual([PASS, FAIL, UNKNOWN, MANUAL]);
  });
});
