import { describe, expect, it } from "vitest";
import { yearChoices } from "./data-years";

describe("yearChoices", () => {
  it.each([
    { years: [], shown: undefined, expected: [] },
    { years: [], shown: 2025, expected: [2025] },
    { years: [2025, 2023], shown: undefined, expected: [2025, 2023] },
    { years: [2025, 2023], shown: null, expected: [2025, 2023] },
    { years: [2025, 2023], shown: 2023, expected: [2025, 2023] },
    { years: [2025, 2023], shown: 2024, expected: [2025, 2024, 2023] },
    { years: [2025, 2023], shown: 2026, expected: [2026, 2025, 2023] },
    { years: [2023, 2025], shown: 2020, expected: [2025, 2023, 2020] },
  ])("years $years with $shown on screen → $expected", ({ years, shown, expected }) => {
    expect(yearChoices(years, shown)).toEqual(expected);
  });
});
