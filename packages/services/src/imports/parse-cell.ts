import { checkCreditCode, VALUE_MAGNITUDE_LIMIT } from "@parkpilot/core";
import { normalizeHeader } from "./header-aliases";
import type { EnumOption } from "./enumerations";
import { isPercentCell, type Cell, type CellError } from "./import-issue";
import { bilingual } from "./messages";
import { FIRST_REPORTING_YEAR } from "@parkpilot/core";

/**
 * Cell parsers. Each returns the parsed value, null for "unknown" (an empty cell or a dash),
 * or a ParseFailure carrying the message. Failures are the only allocation on the hot path:
 * a million-row file parses through these functions without creating objects per valid cell.
 */
export class ParseFailure {
  constructor(readonly message: string) {}
}

export type Parsed<T> = T | null | ParseFailure;

/** What a spreadsheet user types for "unknown": nothing, or one of the dashes. Never zero. */
const UNKNOWN_TOKENS = new Set(["", "-", "—", "——", "–", "－", "―", "--"]);

export const isUnknownText = (text: string): boolean => UNKNOWN_TOKENS.has(text);

/** The cell as text for messages and the error report. */
export const cellDisplay = (cell: Cell | undefined): string | null => {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") return cell;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (isPercentCell(cell)) return cell.shown;
  if (typeof cell === "object") return cell.error;
  return String(cell);
};

const errorCell = (cell: CellError) =>
  new ParseFailure(bilingual(`单元格是 Excel 错误值 ${cell.error}，请改为数值或留空`, `cell holds the Excel error ${cell.error}`));

/** Text of a cell, or null when it is empty or unknown; non-text cells fail with `what`. */
const textOf = (cell: Cell | undefined, what: string, whatEn: string): Parsed<string> => {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") {
    const t = cell.trim();
    return UNKNOWN_TOKENS.has(t) ? null : t;
  }
  if (typeof cell === "number") return String(cell);
  // What the user typed and sees ("5%"), not the stored fraction: a text keeps it as shown, and
  // a code, year or date refuses it.
  if (isPercentCell(cell)) return cell.shown;
  if (typeof cell === "boolean") return new ParseFailure(bilingual(`应为${what}，实际为逻辑值`, `expected ${whatEn}, got a boolean`));
  if (cell instanceof Date) return new ParseFailure(bilingual(`应为${what}，实际为日期`, `expected ${whatEn}, got a date`));
  return errorCell(cell);
};

/** "-12.5" or "120": the form nearly every value takes, checked without a regular expression. */
const isPlainDecimal = (s: string): boolean => {
  const n = s.length;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  const intStart = i;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  if (i === intStart) return false;
  if (i === n) return true;
  if (s.charCodeAt(i) !== 46) return false;
  const fracStart = ++i;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    i++;
  }
  return i > fracStart;
};

const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const SCIENTIFIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const notANumber = (text: string) =>
  new ParseFailure(bilingual(`「${text}」不是有效数字；未知请留空或填“—”`, "not a number; leave blank or '—' for unknown"));

export interface NumberRule {
  readonly kind: "decimal" | "integer";
  readonly min?: number;
  readonly positive?: boolean;
  readonly unit?: string;
  readonly unitEn?: string;
}

/** What to give instead of a percentage: the value in the column's unit. */
const inColumnUnit = (rule: NumberRule): { zh: string; en: string } =>
  rule.unit
    ? { zh: `请按本列单位（${rule.unit}）填写数值`, en: `give the value in the column's unit (${rule.unitEn ?? rule.unit})` }
    : { zh: "请填写数值（本列没有单位）", en: "give the plain number (the column has no unit)" };

const typedPercentage = (raw: string, rule: NumberRule) => {
  const want = inColumnUnit(rule);
  return new ParseFailure(bilingual(`「${raw}」是百分数，${want.zh}`, `percentages are not accepted: ${want.en}`));
};

const percentFormatted = (shown: string, rule: NumberRule) => {
  const want = inColumnUnit(rule);
  return new ParseFailure(
    bilingual(
      `单元格设为百分比格式（显示为「${shown}」），是百分数：${want.zh}，并把单元格格式改为数值`,
      `the cell is formatted as a percentage (shows ${shown}); percentages are not accepted: ${want.en} and format the cell as a number`,
    ),
  );
};

/**
 * Reads a numeric text in its less common forms: full-width, "1,234.5", "+3", "1.2E+5". Inner
 * whitespace is refused, never removed: "12 5" may be 12.5 or 125, and a line break inside a
 * quoted cell usually marks two values run together.
 */
const parseLooseNumber = (raw: string, rule: NumberRule): number | ParseFailure => {
  const s = raw.normalize("NFKC").trim();
  if (/\s/.test(s)) {
    return new ParseFailure(
      bilingual(`「${raw}」的数字中间有空格或换行；数字内不能有空白，请检查是否多打或漏打了字符`, "whitespace inside a number: check for a missing or extra character"),
    );
  }
  if (GROUPED.test(s)) return Number(s.replace(/,/g, ""));
  if (s.includes(",")) {
    return new ParseFailure(
      bilingual(`「${raw}」的千分位逗号位置不对；小数点请用英文句点`, "misplaced thousands separator; the decimal mark is '.'"),
    );
  }
  if (SCIENTIFIC.test(s)) return Number(s);
  if (s.endsWith("%")) return typedPercentage(raw, rule);
  return notANumber(raw);
};

const checkRule = (value: number, rule: NumberRule): ParseFailure | null => {
  if (!Number.isFinite(value) || Math.abs(value) > VALUE_MAGNITUDE_LIMIT) {
    return new ParseFailure(bilingual(`数值超出范围（绝对值不超过 ${VALUE_MAGNITUDE_LIMIT}）`, `number out of range (magnitude at most ${VALUE_MAGNITUDE_LIMIT})`));
  }
  if (rule.kind === "integer" && !Number.isInteger(value)) return new ParseFailure(bilingual("应为整数", "must be a whole number"));
  if (rule.positive && value <= 0) return new ParseFailure(bilingual("应大于 0", "must be greater than 0"));
  if (rule.min !== undefined && value < rule.min) {
    return new ParseFailure(bilingual(`不能小于 ${rule.min}${rule.unit ? ` ${rule.unit}` : ""}`, `must be ≥ ${rule.min}`));
  }
  return null;
};

/**
 * A number as the text the staging COPY receives: the cell's own text when it is already a
 * plain decimal (no conversion round trip), else the parsed value printed by JavaScript.
 */
export const parseNumberLiteral = (cell: Cell | undefined, rule: NumberRule): Parsed<string> => {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") {
    const t = cell.length > 0 && cell.charCodeAt(0) > 32 && cell.charCodeAt(cell.length - 1) > 32 ? cell : cell.trim();
    if (isPlainDecimal(t)) {
      const failure = checkRule(+t, rule);
      return failure ?? t;
    }
    if (UNKNOWN_TOKENS.has(t)) return null;
    const value = parseLooseNumber(t, rule);
    if (value instanceof ParseFailure) return value;
    return checkRule(value, rule) ?? String(value);
  }
  if (typeof cell === "number") return checkRule(cell, rule) ?? String(cell);
  if (isPercentCell(cell)) return percentFormatted(cell.shown, rule);
  if (typeof cell === "boolean") return new ParseFailure(bilingual("应为数值，实际为逻辑值", "expected a number, got a boolean"));
  if (cell instanceof Date) return new ParseFailure(bilingual("应为数值，实际为日期（请检查单元格格式）", "expected a number, got a date"));
  return errorCell(cell);
};

const CREDIT_ALPHABET = /^[0-9A-HJ-NP-RT-UW-Y]$/;

/** Full-width digits, letters and marks (as a Chinese input method types them) as their ASCII forms. */
const halfWidth = (text: string): string => (/[^\x20-\x7e]/.test(text) ? text.normalize("NFKC") : text);

/** A unified social credit code, upper-cased, with the failed check named. */
export const parseCreditCode = (cell: Cell | undefined): Parsed<string> => {
  if (typeof cell === "number" || isPercentCell(cell)) {
    return new ParseFailure(
      bilingual("信用代码被存成了数字，可能已丢失精度；请把该列设为文本后重新填写", "the code was stored as a number and may have lost digits: format the column as text"),
    );
  }
  const text = textOf(cell, "信用代码", "a credit code");
  if (text === null || text instanceof ParseFailure) return text;
  const code = halfWidth(text).toUpperCase();
  const check = checkCreditCode(code);
  if (check.valid) return code;
  switch (check.problem) {
    case "length":
      return new ParseFailure(bilingual(`信用代码应为18位，实际为${code.length}位`, `must be 18 characters, got ${code.length}`));
    case "alphabet": {
      const index = [...code].findIndex((ch) => !CREDIT_ALPHABET.test(ch));
      const ch = code.charAt(index);
      return new ParseFailure(
        bilingual(`第${index + 1}位「${ch}」不是有效字符（信用代码只用数字和除 I、O、S、V、Z 外的大写字母）`, `character ${index + 1} '${ch}' is not allowed (no I, O, S, V, Z)`),
      );
    }
    default:
      return new ParseFailure(
        bilingual(`校验位错误：第18位应为「${check.expectedCheck ?? "?"}」，实际为「${code.charAt(17)}」`, `check character must be ${check.expectedCheck ?? "?"}, got ${code.charAt(17)}`),
      );
  }
};

export const parseYear = (cell: Cell | undefined, maxYear: number): Parsed<number> => {
  const text = typeof cell === "number" ? String(cell) : textOf(cell, "年份", "a year");
  if (text === null || text instanceof ParseFailure) return text;
  const m = /^(\d{4})(?:年度?)?$/.exec(halfWidth(text));
  if (!m) return new ParseFailure(bilingual(`「${text}」不是有效年份，应为四位数字如 2024`, "year must be four digits, e.g. 2024"));
  const year = Number(m[1]);
  if (year < FIRST_REPORTING_YEAR || year > maxYear) {
    return new ParseFailure(bilingual(`年份应在 ${FIRST_REPORTING_YEAR}–${maxYear} 之间（年度数据只报送已结束的年度）`, `year must be within ${FIRST_REPORTING_YEAR}–${maxYear} (annual data is reported for years that have ended)`));
  }
  return year;
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** YYYY-MM. Excel turns a typed "2024-03" into the date 2024-03-01; that is accepted, other days are not. */
export const parsePeriod = (cell: Cell | undefined, maxPeriod: string): Parsed<string> => {
  let period: string | null = null;
  let shown = "";
  if (cell instanceof Date) {
    shown = cell.toISOString().slice(0, 10);
    if (cell.getUTCDate() === 1) period = `${cell.getUTCFullYear()}-${pad2(cell.getUTCMonth() + 1)}`;
  } else {
    const text = typeof cell === "number" ? String(cell) : textOf(cell, "月份", "a month");
    if (text === null || text instanceof ParseFailure) return text;
    shown = text;
    // "2024.1" is refused: as a number it is also what 2024.10 becomes, so it cannot be trusted.
    const plain = halfWidth(text);
    const m = /^(\d{4})(?:[-/]|年)(\d{1,2})月?$/.exec(plain) ?? /^(\d{4})\.?(\d{2})$/.exec(plain);
    const month = m ? Number(m[2]) : 0;
    if (m && month >= 1 && month <= 12) period = `${m[1]}-${pad2(month)}`;
  }
  if (period === null) return new ParseFailure(bilingual(`「${shown}」不是有效月份，应为 YYYY-MM 如 2024-03`, "month must be YYYY-MM, e.g. 2024-03"));
  if (period < `${FIRST_REPORTING_YEAR}-01` || period > maxPeriod) {
    return new ParseFailure(bilingual(`月份应在 ${FIRST_REPORTING_YEAR}-01 至 ${maxPeriod} 之间（月度数据只报送已结束的月份）`, `month must be within ${FIRST_REPORTING_YEAR}-01 … ${maxPeriod} (monthly data is reported for months that have ended)`));
  }
  return period;
};

const isRealDate = (y: number, m: number, d: number): boolean => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** A calendar date as YYYY-MM-DD, from a date cell or the common written forms. */
export const parseDate = (cell: Cell | undefined): Parsed<string> => {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return new ParseFailure(bilingual("日期无效", "invalid date"));
    return cell.toISOString().slice(0, 10);
  }
  if (typeof cell === "number") {
    return new ParseFailure(bilingual(`「${cell}」是数字不是日期，请按 YYYY-MM-DD 填写或设为日期格式`, "a number, not a date: use YYYY-MM-DD"));
  }
  const text = textOf(cell, "日期", "a date");
  if (text === null || text instanceof ParseFailure) return text;
  const plain = halfWidth(text);
  const m = /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?$/.exec(plain) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(plain);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || !isRealDate(y, mo, d) || y < 1900 || y > 2200) {
    return new ParseFailure(bilingual(`「${text}」不是有效日期，应为 YYYY-MM-DD`, "not a valid date: use YYYY-MM-DD"));
  }
  return `${y}-${pad2(mo)}-${pad2(d)}`;
};

/** Control characters other than tab and line breaks: invisible, and poison for later exports. */
const hasControlChar = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
};

export const parseText = (cell: Cell | undefined, maxLength: number): Parsed<string> => {
  const text = textOf(cell, "文本", "text");
  if (text === null || text instanceof ParseFailure) return text;
  if (hasControlChar(text)) return new ParseFailure(bilingual("含有不可见的控制字符", "contains control characters"));
  if (text.length > maxLength) return new ParseFailure(bilingual(`超过 ${maxLength} 个字符（实际 ${text.length}）`, `longer than ${maxLength} characters`));
  return text;
};

/** An enumeration lookup table: every accepted spelling (normalised) → stored value. */
export const enumLookup = (options: readonly EnumOption[]): ReadonlyMap<string, string> => {
  const map = new Map<string, string>();
  for (const o of options) for (const s of [o.zh, o.en, o.value, ...(o.aliases ?? [])]) map.set(normalizeHeader(s), o.value);
  return map;
};

export const parseEnum = (cell: Cell | undefined, lookup: ReadonlyMap<string, string>, options: readonly EnumOption[]): Parsed<string> => {
  if (typeof cell === "boolean") return lookup.get(cell ? "true" : "false") ?? new ParseFailure(bilingual("不是允许的取值", "not an allowed value"));
  const text = textOf(cell, "选项", "an option");
  if (text === null || text instanceof ParseFailure) return text;
  const value = lookup.get(normalizeHeader(text));
  if (value !== undefined) return value;
  return new ParseFailure(
    bilingual(`「${text}」不是允许的取值，可选：${options.map((o) => o.zh).join("、")}`, `not allowed; one of ${options.map((o) => o.en).join(", ")}`),
  );
};

/** A GB/T 4754 class code: exactly four digits (Excel drops leading zeros of numbers: caught here). */
export const parseIndustryCode = (cell: Cell | undefined): Parsed<string> => {
  const text = textOf(cell, "行业代码", "an industry code");
  if (text === null || text instanceof ParseFailure) return text;
  if (/^\d{4}$/.test(text)) return text;
  if (/^\d{1,3}$/.test(text)) {
    return new ParseFailure(
      bilingual(`行业代码应为4位小类代码，「${text}」只有${text.length}位（Excel 可能去掉了开头的0，请把该列设为文本）`, "must be a four-digit class code (leading zeros lost?)"),
    );
  }
  return new ParseFailure(bilingual(`「${text}」不是 GB/T 4754 的4位行业代码`, "not a four-digit GB/T 4754 code"));
};

/** A park reference as written: the catalogue code upper-cased, or the park id digits. */
export const parseParkRef = (cell: Cell | undefined): Parsed<string> => {
  const text = textOf(cell, "园区代码", "a park code");
  if (text === null || text instanceof ParseFailure) return text;
  return text.normalize("NFKC").toUpperCase();
};
