import { ANNUAL_FIELDS, MONTHLY_FIELDS, type IndicatorField } from "@parkpilot/core";
import { CellReporter } from "./cell-reporter";
import { importColumns } from "./import-columns";
import { createFastLineValidator, type FastLine } from "./indicator-fast-line";
import type { IssueCollector } from "./issue-collector";
import { bilingual } from "./messages";
import { parseCreditCode, parseNumberLiteral, ParseFailure, parsePeriod, parseYear, type NumberRule } from "./parse-cell";
import type { ResolvedHeader } from "./resolve-header";
import type { RowProcessor } from "./row-processor";
import type { StageColumn } from "./staging-csv";

export interface IndicatorProcessorOptions {
  readonly grain: "annual" | "monthly";
  readonly header: ResolvedHeader;
  readonly issues: IssueCollector;
  /** Credit code → id of the enterprises the importer may see. */
  readonly enterprises: ReadonlyMap<string, number>;
  /** Latest year / month a row may report (the current one: no data from the future). */
  readonly maxYear: number;
  readonly maxPeriod: string;
}

export const indicatorFields = (grain: "annual" | "monthly"): readonly IndicatorField[] => (grain === "annual" ? ANNUAL_FIELDS : MONTHLY_FIELDS);

/** Staging layout: file row, enterprise, period key, then one column per catalogue field. */
export const indicatorStageColumns = (grain: "annual" | "monthly"): StageColumn[] => [
  { name: "row", type: "integer NOT NULL" },
  { name: "enterprise_id", type: "integer NOT NULL" },
  grain === "annual" ? { name: "year", type: "smallint NOT NULL" } : { name: "period", type: "char(7) NOT NULL" },
  ...indicatorFields(grain).map((f) => ({ name: f.column, type: "double precision" })),
];

const NOT_VISIBLE = bilingual(
  "未找到该信用代码的企业，或该企业不在您的管辖范围内；新企业请先导入企业名录",
  "enterprise not found or outside your tenancy; import it in the enterprise list first",
);

/**
 * Annual and monthly indicator rows. This is the hot loop of a million-row import: cells are
 * parsed in place, numbers pass through as their own text, and the only per-row allocations
 * are the staging line and the duplicate-key entry.
 */
export const createIndicatorProcessor = (options: IndicatorProcessorOptions): RowProcessor => {
  const { grain, header, issues, enterprises } = options;
  const reporter = new CellReporter(header, issues);
  const fields = indicatorFields(grain);
  const columnsByKey = new Map(importColumns(grain).map((c) => [c.key, c]));
  const cellIndex = fields.map((f) => reporter.index(f.key));
  const rules: NumberRule[] = fields.map((f) => ({ kind: f.kind, min: f.min, unit: f.unit, unitEn: f.unitEn }));
  const codeIndex = reporter.index("creditCode");
  const periodIndex = reporter.index(grain === "annual" ? "year" : "period");
  const periodLabel = columnsByKey.get(grain === "annual" ? "year" : "period")?.zh ?? "";
  const seen = new Map<number, number>();
  // The template's own layout (every column, in order) can be validated line by line in place.
  const templateLayout = codeIndex === 0 && periodIndex === 1 && header.labels.length === fields.length + 2 && cellIndex.every((index, f) => index === f + 2);
  const fastLine = templateLayout ? createFastLineValidator({ grain, fields, enterprises, maxYear: options.maxYear, maxPeriod: options.maxPeriod }) : null;
  const scanned: FastLine = { enterpriseId: 0, periodKey: 0, periodText: "", valuesStart: 0 };

  return {
    stageColumns: indicatorStageColumns(grain),
    row(row, cells) {
      let ok = true;
      let enterpriseId = -1;
      const codeCell = cells[codeIndex];
      const code = codeIndex >= 0 ? parseCreditCode(codeCell) : null;
      if (code instanceof ParseFailure) {
        reporter.fail(row, codeIndex, codeCell, code.message);
        ok = false;
      } else if (code === null) {
        if (codeIndex >= 0) reporter.fail(row, codeIndex, codeCell, bilingual("统一社会信用代码为必填", "credit code is required"));
        ok = false;
      } else {
        const id = enterprises.get(code);
        if (id === undefined) {
          reporter.fail(row, codeIndex, codeCell, NOT_VISIBLE);
          ok = false;
        } else enterpriseId = id;
      }

      const periodCell = cells[periodIndex];
      let periodKey = -1;
      let periodText = "";
      if (periodIndex >= 0) {
        const parsed = grain === "annual" ? parseYear(periodCell, options.maxYear) : parsePeriod(periodCell, options.maxPeriod);
        if (parsed instanceof ParseFailure) {
          reporter.fail(row, periodIndex, periodCell, parsed.message);
          ok = false;
        } else if (parsed === null) {
          reporter.fail(row, periodIndex, periodCell, bilingual(`${periodLabel}为必填`, `${grain === "annual" ? "year" : "period"} is required`));
          ok = false;
        } else if (typeof parsed === "number") {
          periodKey = parsed;
          periodText = String(parsed);
        } else {
          periodKey = Number(parsed.slice(0, 4)) * 100 + Number(parsed.slice(5, 7));
          periodText = parsed;
        }
      } else ok = false;

      let values = "";
      for (let f = 0; f < fields.length; f++) {
        const index = cellIndex[f] ?? -1;
        if (index < 0) {
          values += ",";
          continue;
        }
        const cell = cells[index];
        const literal = parseNumberLiteral(cell, rules[f] ?? { kind: "decimal" });
        if (literal === null) values += ",";
        else if (typeof literal === "string") values += `,${literal}`;
        else {
          reporter.fail(row, index, cell, literal.message);
          ok = false;
        }
      }

      if (enterpriseId >= 0 && periodKey >= 0) {
        // Period keys stay below 10^6 (YYYYMM), so this key is exact for any serial id.
        const key = enterpriseId * 1_000_000 + periodKey;
        const first = seen.get(key);
        if (first !== undefined) {
          reporter.fail(
            row,
            codeIndex,
            codeCell,
            bilingual(`与第${first}行重复：同一企业的同一${periodLabel}只能出现一次`, `duplicates row ${first}: one row per enterprise and ${grain === "annual" ? "year" : "month"}`),
          );
          ok = false;
        } else seen.set(key, row);
      }
      return ok ? `${row},${enterpriseId},${periodText}${values}` : null;
    },
    fastRow:
      fastLine === null
        ? undefined
        : (row, line) => {
            if (!fastLine(line, scanned)) return undefined;
            const key = scanned.enterpriseId * 1_000_000 + scanned.periodKey;
            // A duplicate takes the full path, which names the first row.
            if (seen.has(key)) return undefined;
            seen.set(key, row);
            return `${row},${scanned.enterpriseId},${scanned.periodText}${line.slice(scanned.valuesStart)}`;
          },
    async finish() {},
  };
};
