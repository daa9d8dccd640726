import { describe, expect, it } from "vitest";
import { ParseFailure, parseDate, parsePeriod, parseYear } from "../src/imports/parse-cell";

/** The parsed value, or "refused" for a ParseFailure. */
const outcome = <T>(parsed: T | null | ParseFailure): T | null | "refused" => (parsed instanceof ParseFailure ? "refused" : parsed);

describe("year, month and date cells, typed in half- or full-width", () => {
  it.each([
    { cell: 2024, expected: 2024 },
    { cell: "2024", expected: 2024 },
    { cell: "2024年", expected: 2024 },
    { cell: "2024年度", expected: 2024 },
    { cell: "２０２４", expected: 2024 },
    { cell: "２０２４年", expected: 2024 },
    { cell: " ２０２４ ", expected: 2024 },
    { cell: "", expected: null },
    { cell: "24", expected: "refused" },
    { cell: "２０２４.５", expected: "refused" },
    { cell: "1989", expected: "refused" },
    { cell: "２０２７", expected: "refused" },
  ])("year $cell → $expected", ({ cell, expected }) => {
    expect(outcome(parseYear(cell, 2026))).toBe(expected);
  });

  it.each([
    { cell: "2024-03", expected: "2024-03" },
    { cell: "２０２４－０３", expected: "2024-03" },
    { cell: "２０２４年３月", expected: "2024-03" },
    { cell: "２０２４／１２", expected: "2024-12" },
    { cell: "２０２４０３", expected: "2024-03" },
    { cell: "２０２４－１３", expected: "refused" },
    { cell: "２０２６－１２", expected: "refused" },
  ])("month $cell → $expected", ({ cell, expected }) => {
    expect(outcome(parsePeriod(cell, "2026-10"))).toBe(expected);
  });

  it.each([
    { cell: "2015-06-18", expected: "2015-06-18" },
    { cell: "２０１５－０６－１８", expected: "2015-06-18" },
    { cell: "２０１５年６月１８日", expected: "2015-06-18" },
    { cell: "２０１５．６．１８", expected: "2015-06-18" },
    { cell: "２０１５０６１８", expected: "2015-06-18" },
    { cell: "２０１５－０２－３０", expected: "refused" },
  ])("date $cell → $expected", ({ cell, expected }) => {
    expect(outcome(parseDate(cell))).toBe(expected);
  });
});
