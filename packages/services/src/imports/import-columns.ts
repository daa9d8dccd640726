import { ANNUAL_FIELDS, MONTHLY_FIELDS, type FieldKind, type IndicatorField } from "@parkpilot/core";
import type { ImportKind } from "@parkpilot/db/schema";
import { LAND_USES, OPERATING_STATUSES, PARCEL_STATUSES, SUPPLY_MODES, type EnumOption } from "./enumerations";

export type { ImportKind };
export const IMPORT_KINDS: readonly ImportKind[] = ["enterprises", "annual", "monthly", "parcels"];

/** What a cell of a column must hold; the parsers, the template and the help sheet read it. */
export type ColumnSpec =
  | { readonly type: "creditCode" }
  | { readonly type: "year" }
  | { readonly type: "period" }
  | { readonly type: "number"; readonly kind: FieldKind; readonly min?: number; readonly positive?: boolean }
  | { readonly type: "text"; readonly maxLength: number }
  | { readonly type: "date" }
  | { readonly type: "boolean" }
  | { readonly type: "enum"; readonly options: readonly EnumOption[] }
  | { readonly type: "park" }
  | { readonly type: "industry" };

export interface ImportColumn {
  /** camelCase key: the API name and the key of field_sources. */
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly unit?: string;
  readonly unitEn?: string;
  readonly required: boolean;
  readonly spec: ColumnSpec;
  /** What the column means, for the help sheet. */
  readonly meaningZh: string;
  readonly meaningEn: string;
  readonly example: string;
}

const creditCode = (meaningZh = "企业的18位统一社会信用代码（GB 32100-2015），校验位须正确"): ImportColumn => ({
  key: "creditCode",
  zh: "统一社会信用代码",
  en: "Unified social credit code",
  required: true,
  spec: { type: "creditCode" },
  meaningZh,
  meaningEn: "18-character unified social credit code with a valid check character",
  example: "91110000600001760P",
});

const parkColumn: ImportColumn = {
  key: "park",
  zh: "园区代码",
  en: "Park code",
  required: true,
  spec: { type: "park" },
  meaningZh: "《中国开发区审核公告目录》代码（如 G111001），或平台中的园区编号",
  meaningEn: "Development-zone catalogue code (e.g. G111001) or the platform's park id",
  example: "G111001",
};

const indicatorColumn = (f: IndicatorField): ImportColumn => ({
  key: f.key,
  zh: f.zh,
  en: f.en,
  unit: f.unit,
  unitEn: f.unitEn,
  required: false,
  spec: f.min === undefined ? { type: "number", kind: f.kind } : { type: "number", kind: f.kind, min: f.min },
  meaningZh: `${f.zh}${f.min === undefined ? "，可为负数" : ""}`,
  meaningEn: `${f.en}${f.min === undefined ? "; may be negative" : ""}`,
  example: f.kind === "integer" ? "120" : f.min === undefined ? "-35.5" : "1,234.5",
});

const ENTERPRISE_COLUMNS: readonly ImportColumn[] = [
  creditCode("企业的18位统一社会信用代码，是企业的唯一标识：已存在则更新，否则新增"),
  { key: "name", zh: "企业名称", en: "Enterprise name", required: true, spec: { type: "text", maxLength: 200 }, meaningZh: "营业执照上的企业全称", meaningEn: "Registered name", example: "北京示例科技有限公司" },
  { ...parkColumn, meaningZh: `企业所在园区：${parkColumn.meaningZh}` },
  { key: "industryCode", zh: "行业代码", en: "Industry code", required: false, spec: { type: "industry" }, meaningZh: "国民经济行业分类（GB/T 4754-2017）4位小类代码", meaningEn: "GB/T 4754-2017 four-digit class code", example: "3981" },
  { key: "foundedOn", zh: "成立日期", en: "Founded on", required: false, spec: { type: "date" }, meaningZh: "营业执照成立日期", meaningEn: "Date of establishment", example: "2015-06-18" },
  { key: "registeredCapital", zh: "注册资本", en: "Registered capital", unit: "万元", unitEn: "10k CNY", required: false, spec: { type: "number", kind: "decimal", min: 0 }, meaningZh: "注册资本", meaningEn: "Registered capital", example: "5,000" },
  { key: "listed", zh: "是否上市", en: "Listed", required: false, spec: { type: "boolean" }, meaningZh: "是否为上市公司；留空表示不修改（新企业按“否”登记）", meaningEn: "Listed company; blank leaves it unchanged (new enterprises: no)", example: "否" },
  { key: "operatingStatus", zh: "经营状态", en: "Operating status", required: false, spec: { type: "enum", options: OPERATING_STATUSES }, meaningZh: "登记状态；留空表示不修改（新企业按“在营”登记）", meaningEn: "Registration status; blank leaves it unchanged (new enterprises: operating)", example: "在营" },
  { key: "aboveDesignatedSize", zh: "是否规上", en: "Above designated size", required: false, spec: { type: "boolean" }, meaningZh: "是否为规模以上工业企业（统计口径）", meaningEn: "Above designated size in the statistical sense", example: "是" },
  { key: "mainProducts", zh: "主要产品", en: "Main products", required: false, spec: { type: "text", maxLength: 2000 }, meaningZh: "主要产品，多个以顿号分隔", meaningEn: "Main products, separated by 、", example: "工业机器人、伺服电机" },
  { key: "businessScope", zh: "经营范围", en: "Business scope", required: false, spec: { type: "text", maxLength: 5000 }, meaningZh: "营业执照上的经营范围", meaningEn: "Business scope as registered", example: "技术开发；生产销售机器人" },
];

const ANNUAL_COLUMNS: readonly ImportColumn[] = [
  creditCode(),
  { key: "year", zh: "年份", en: "Year", required: true, spec: { type: "year" }, meaningZh: "数据所属年度（四位数字）", meaningEn: "Reporting year (four digits)", example: "2024" },
  ...ANNUAL_FIELDS.map(indicatorColumn),
];

const MONTHLY_COLUMNS: readonly ImportColumn[] = [
  creditCode(),
  { key: "period", zh: "月份", en: "Period", required: true, spec: { type: "period" }, meaningZh: "数据所属月份，格式 YYYY-MM", meaningEn: "Reporting month as YYYY-MM", example: "2024-03" },
  ...MONTHLY_FIELDS.map(indicatorColumn),
];

const PARCEL_COLUMNS: readonly ImportColumn[] = [
  { ...parkColumn, meaningZh: `地块所在园区：${parkColumn.meaningZh}` },
  { key: "parcelCode", zh: "地块编号", en: "Parcel code", required: true, spec: { type: "text", maxLength: 40 }, meaningZh: "园区内唯一的地块编号（宗地号）；已存在则更新，否则新增", meaningEn: "Parcel number, unique within the park", example: "KF-2023-017" },
  { ...creditCode("使用该地块的企业的统一社会信用代码；留空表示无使用企业"), key: "holderCreditCode", zh: "使用企业信用代码", en: "Holder credit code", required: false },
  { key: "areaMu", zh: "面积", en: "Area", unit: "亩", unitEn: "mu", required: true, spec: { type: "number", kind: "decimal", min: 0, positive: true }, meaningZh: "地块面积（1亩≈666.67平方米），须大于0", meaningEn: "Parcel area (1 mu ≈ 666.67 m²), greater than 0", example: "56.8" },
  { key: "landUse", zh: "用途", en: "Land use", required: true, spec: { type: "enum", options: LAND_USES }, meaningZh: "土地用途（GB/T 21010-2017 二级类）", meaningEn: "Land use class (GB/T 21010-2017)", example: "工业用地" },
  { key: "supplyMode", zh: "供地方式", en: "Supply mode", required: true, spec: { type: "enum", options: SUPPLY_MODES }, meaningZh: "供地方式：出让、长期租赁、先租后让或弹性年期", meaningEn: "Transfer, long lease, lease then transfer or flexible term", example: "先租后让" },
  { key: "termStart", zh: "起始日期", en: "Term start", required: false, spec: { type: "date" }, meaningZh: "出让或租赁期限的起始日期", meaningEn: "Start of the transfer or lease term", example: "2023-01-01" },
  { key: "termEnd", zh: "终止日期", en: "Term end", required: false, spec: { type: "date" }, meaningZh: "期限的终止日期，不早于起始日期", meaningEn: "End of the term, not before its start", example: "2042-12-31" },
  { key: "plotRatio", zh: "容积率", en: "Plot ratio", required: false, spec: { type: "number", kind: "decimal", min: 0 }, meaningZh: "总建筑面积与地块面积之比", meaningEn: "Floor area ratio", example: "1.8" },
  { key: "buildingAreaM2", zh: "建筑面积", en: "Building area", unit: "平方米", unitEn: "m²", required: false, spec: { type: "number", kind: "decimal", min: 0 }, meaningZh: "地块上的总建筑面积", meaningEn: "Total floor area on the parcel", example: "68,000" },
  { key: "status", zh: "状态", en: "Status", required: true, spec: { type: "enum", options: PARCEL_STATUSES }, meaningZh: "地块当前状态", meaningEn: "Current state of the parcel", example: "在用" },
];

const COLUMNS: Record<ImportKind, readonly ImportColumn[]> = {
  enterprises: ENTERPRISE_COLUMNS,
  annual: ANNUAL_COLUMNS,
  monthly: MONTHLY_COLUMNS,
  parcels: PARCEL_COLUMNS,
};

/** The columns of an import kind, in template order. */
export const importColumns = (kind: ImportKind): readonly ImportColumn[] => COLUMNS[kind];

export const IMPORT_KIND_LABELS: Record<ImportKind, { zh: string; en: string }> = {
  enterprises: { zh: "企业名录", en: "Enterprises" },
  annual: { zh: "企业年度指标", en: "Annual indicators" },
  monthly: { zh: "企业月度指标", en: "Monthly indicators" },
  parcels: { zh: "土地地块", en: "Land parcels" },
};

/** The header a template writes: the Chinese label, with the unit in brackets when there is one. */
export const columnHeader = (column: ImportColumn): string => (column.unit ? `${column.zh}(${column.unit})` : column.zh);
