import type { ImportColumn } from "./import-columns";
import { BOOLEAN_OPTIONS } from "./enumerations";
import type { Cell } from "./import-issue";
import { bilingual } from "./messages";
import {
  enumLookup,
  parseCreditCode,
  parseDate,
  parseEnum,
  parseIndustryCode,
  parseNumberLiteral,
  ParseFailure,
  parseParkRef,
  parseText,
  type Parsed,
} from "./parse-cell";
import type { RecordColumn } from "./record-row-processor";
import type { ParkLookup } from "./reference-lookups";
import { csvText } from "./staging-csv";

/** What master-data cells are resolved against. */
export interface RecordContext {
  readonly parks: ParkLookup;
  readonly industries: ReadonlySet<string>;
  readonly enterprises: ReadonlyMap<string, number>;
  /** Today (YYYY-MM-DD): dates of foundation cannot lie after it. */
  readonly today: string;
}

const BOOLEANS = enumLookup(BOOLEAN_OPTIONS);

const then = <T>(parsed: T | null | ParseFailure, next: (value: T) => Parsed<string>): Parsed<string> => {
  if (parsed === null) return null;
  if (parsed instanceof ParseFailure) return parsed;
  return next(parsed);
};

/**
 * The parser of one column, chosen by its spec, producing staging CSV text. Parks and
 * enterprises are resolved to ids here, through the lookups built with the tenancy rules.
 */
const parserFor = (column: ImportColumn, ctx: RecordContext, options: { notAfterToday?: boolean }): ((cell: Cell | undefined) => Parsed<string>) => {
  const spec = column.spec;
  switch (spec.type) {
    case "creditCode":
      return (cell) => parseCreditCode(cell);
    case "text":
      return (cell) => then(parseText(cell, spec.maxLength), csvText);
    case "number":
      return (cell) => parseNumberLiteral(cell, { kind: spec.kind, min: spec.min, positive: spec.positive, unit: column.unit, unitEn: column.unitEn });
    case "date":
      return (cell) =>
        then(parseDate(cell), (d) =>
          options.notAfterToday && d > ctx.today ? new ParseFailure(bilingual(`日期不能晚于今天（${ctx.today}）`, "date lies in the future")) : d,
        );
    case "boolean":
      return (cell) => parseEnum(cell, BOOLEANS, BOOLEAN_OPTIONS);
    case "enum": {
      const lookup = enumLookup(spec.options);
      return (cell) => then(parseEnum(cell, lookup, spec.options), csvText);
    }
    case "park":
      return (cell) => then(parseParkRef(cell), (ref) => then(ctx.parks.resolve(ref), String));
    case "industry":
      return (cell) =>
        then(parseIndustryCode(cell), (code) =>
          ctx.industries.has(code) ? code : new ParseFailure(bilingual(`行业代码「${code}」不在 GB/T 4754-2017 小类中`, "not a GB/T 4754-2017 class code")),
        );
    case "year":
    case "period":
      throw new Error(`${spec.type} is not a master-data column`);
  }
};

export const recordColumn = (
  column: ImportColumn,
  stageName: string,
  stageType: string,
  ctx: RecordContext,
  options: { notAfterToday?: boolean } = {},
): RecordColumn => ({ column, stage: { name: stageName, type: stageType }, parse: parserFor(column, ctx, options) });

/** A credit code that must name an enterprise the importer may see; staged as its id. */
export const enterpriseRefColumn = (column: ImportColumn, stageName: string, ctx: RecordContext): RecordColumn => ({
  column,
  stage: { name: stageName, type: "integer" },
  parse: (cell) =>
    then(parseCreditCode(cell), (code) => {
      const id = ctx.enterprises.get(code);
      return id === undefined
        ? new ParseFailure(bilingual("未找到该信用代码的企业，或该企业不在您的管辖范围内", "enterprise not found or outside your tenancy"))
        : String(id);
    }),
});
