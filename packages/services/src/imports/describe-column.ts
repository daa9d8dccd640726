import type { ImportColumn } from "./import-columns";

/** The format or allowed values of a column, as the help sheet and the docs state them. */
export const describeColumnRule = (column: ImportColumn): { zh: string; en: string } => {
  const spec = column.spec;
  switch (spec.type) {
    case "creditCode":
      return { zh: "18位统一社会信用代码，校验位须正确", en: "18 characters, valid check character" };
    case "year":
      return { zh: "四位年份，1990 至今", en: "four-digit year, 1990 to now" };
    case "period":
      return { zh: "YYYY-MM，如 2024-03", en: "YYYY-MM, e.g. 2024-03" };
    case "number": {
      const what = spec.kind === "integer" ? { zh: "整数", en: "whole number" } : { zh: "数值", en: "number" };
      if (spec.positive) return { zh: `${what.zh}，大于 0`, en: `${what.en} > 0` };
      if (spec.min !== undefined) return { zh: `${what.zh}，不小于 ${spec.min}`, en: `${what.en} ≥ ${spec.min}` };
      return { zh: `${what.zh}，可为负数`, en: `${what.en}, may be negative` };
    }
    case "text":
      return { zh: `文本，最多 ${spec.maxLength} 字`, en: `text, at most ${spec.maxLength} characters` };
    case "date":
      return { zh: "日期 YYYY-MM-DD", en: "date YYYY-MM-DD" };
    case "boolean":
      return { zh: "是 / 否", en: "yes / no" };
    case "enum":
      return { zh: spec.options.map((o) => o.zh).join(" / "), en: spec.options.map((o) => o.en).join(" / ") };
    case "park":
      return { zh: "开发区目录代码或园区编号", en: "catalogue code or park id" };
    case "industry":
      return { zh: "4位数字（GB/T 4754-2017 小类）", en: "four digits (GB/T 4754-2017 class)" };
  }
};

/** Spreadsheet number format of a column's cells. */
export const columnNumFmt = (column: ImportColumn): string => {
  const spec = column.spec;
  switch (spec.type) {
    case "number":
      return spec.kind === "integer" ? "#,##0" : "#,##0.00";
    case "year":
      return "0";
    case "date":
      return "yyyy-mm-dd";
    default:
      // Text keeps Excel from turning credit codes into numbers and "2024-03" into dates.
      return "@";
  }
};
