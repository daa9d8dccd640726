import { describe, expect, it } from "vitest";
import { ANNUAL_FIELDS, MONTHLY_FIELDS, completeCreditCode } from "@parkpilot/core";
import { columnHeader, importColumns } from "../src/imports/import-columns";
import { createIndicatorProcessor } from "../src/imports/indicator-row-processor";
import { IssueCollector } from "../src/imports/issue-collector";
import { resolveHeader } from "../src/imports/resolve-header";

/**
 * The in-place line validator (template-layout CSV) must never accept what the full cell path
 * rejects, and must stage exactly the same text when it accepts. Every token below is tried in
 * every field of both grains, through both paths.
 */
const TOKENS = [
  "0", "-0", "12", "12.0", "12.5", "-3", "-3.5", "007", "0.000", "-0.0", "1e5", " 1", "1 ", "", "—", "-", "+1", ".5", "5.",
  "abc", "1.2.3", "--1", "9".repeat(30), "123456789012345678901234", "0x10", "Infinity", "1_000",
  // Whitespace inside a number: refused by both paths, never removed.
  "12 5", "1 2 3", "1 0 1", "1\t5", "- 5", "1\u00a0000",
];

const code = completeCreditCode("91990000MA0000001");
const enterprises = new Map([[code, 7]]);

const processorFor = (grain: "annual" | "monthly") => {
  const header = importColumns(grain).map(columnHeader);
  const issues = new IssueCollector(1000);
  const { header: resolved } = resolveHeader(grain, { row: 1, cells: header });
  return { processor: createIndicatorProcessor({ grain, header: resolved, issues, enterprises, maxYear: 2026, maxPeriod: "2026-06" }), issues };
};

describe.each([
  ["annual", ANNUAL_FIELDS, "2024"],
  ["monthly", MONTHLY_FIELDS, "2024-03"],
] as const)("%s: fast path agrees with the full path", (grain, fields, period) => {
  it("on every token in every field", () => {
    let row = 1;
    let accepted = 0;
    for (let f = 0; f < fields.length; f++) {
      for (const token of TOKENS) {
        // Each line gets a fresh processor: duplicate detection is not what is compared here.
        const fast = processorFor(grain).processor;
        const full = processorFor(grain).processor;
        row += 1;
        const values = fields.map((_, i) => (i === f ? token : ""));
        const line = [code, period, ...values].join(",");
        const viaFast = fast.fastRow?.(row, line);
        const viaFull = full.row(row, line.split(","));
        if (viaFast !== undefined) {
          accepted += 1;
          expect({ token, field: fields[f]?.key, staged: viaFast }).toEqual({ token, field: fields[f]?.key, staged: viaFull });
        }
      }
    }
    // The comparison is only meaningful if the fast path actually takes lines.
    expect(accepted).toBeGreaterThan(fields.length * 5);
  });

  it("leaves unknown enterprises, bad periods and short lines to the full path", () => {
    const { processor } = processorFor(grain);
    const empty = fields.map(() => "").join(",");
    expect(processor.fastRow?.(2, `${completeCreditCode("91990000MA0000002")},${period},${empty}`)).toBeUndefined();
    expect(processor.fastRow?.(3, `${code.toLowerCase()},${period},${empty}`)).toBeUndefined();
    expect(processor.fastRow?.(4, `${code},${grain === "annual" ? "2030" : "2030-01"},${empty}`)).toBeUndefined();
    expect(processor.fastRow?.(5, `${code},${period}`)).toBeUndefined();
    expect(processor.fastRow?.(6, `${code},${period},${empty},extra`)).toBeUndefined();
    expect(processor.fastRow?.(7, `${code},${period},${empty}`)).toEqual(`7,7,${period},${empty}`);
    // The same key again is a duplicate: the full path must see it to name the first row.
    expect(processor.fastRow?.(8, `${code},${period},${empty}`)).toBeUndefined();
  });
});
