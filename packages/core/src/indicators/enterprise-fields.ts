/**
 * The enterprise indicator fields that ParkPilot stores, as data. The database columns, the
 * import templates, the validation and the API all derive from these lists, so a field is
 * declared exactly once. Units follow the conventions officials use (万元, 亩, 吨标准煤 …).
 */
export type FieldKind = "decimal" | "integer";

export interface IndicatorField {
  /** camelCase key used in code and the API. */
  readonly key: string;
  /** snake_case column name in the database. */
  readonly column: string;
  readonly zh: string;
  readonly en: string;
  /** Unit as shown to users (zh). */
  readonly unit: string;
  readonly unitEn: string;
  readonly kind: FieldKind;
  /** Lower bound of a valid value; undefined when negative values are meaningful (profit). */
  readonly min?: number;
}

/**
 * The largest magnitude any reported number may have, in its field's unit (1e15 万元 is a
 * thousand times China's GDP). A bound so that a province's sums stay finite: a value near the
 * double's limit (1.7e308) made every aggregate over it overflow.
 */
export const VALUE_MAGNITUDE_LIMIT = 1e15;

const field = <K extends string>(
  key: K,
  column: string,
  zh: string,
  en: string,
  unit: string,
  unitEn: string,
  kind: FieldKind = "decimal",
  /** null: no lower bound (a default parameter cannot take `undefined` for that). */
  min: number | null = 0,
): IndicatorField & { readonly key: K } =>
  min === null ? { key, column, zh, en, unit, unitEn, kind } : { key, column, zh, en, unit, unitEn, kind, min };

/** Annual indicators: one row per enterprise and year; every value nullable (unknown ≠ 0). */
export const ANNUAL_FIELDS = [
  field("revenue", "revenue", "营业收入", "Operating revenue", "万元", "10k CNY"),
  field("mainRevenue", "main_revenue", "主营业务收入", "Main-business revenue", "万元", "10k CNY"),
  field("industrialOutput", "industrial_output", "工业总产值", "Gross industrial output", "万元", "10k CNY"),
  field("valueAdded", "value_added", "工业增加值", "Industrial value added", "万元", "10k CNY", "decimal", null),
  field("profit", "profit", "利润总额", "Total profit", "万元", "10k CNY", "decimal", null),
  field("taxPaid", "tax_paid", "实缴税金", "Tax paid", "万元", "10k CNY"),
  field("rdExpense", "rd_expense", "研发费用", "R&D expense", "万元", "10k CNY"),
  field("totalCost", "total_cost", "成本费用总额", "Total cost and expense", "万元", "10k CNY"),
  field("employees", "employees", "从业人员年平均人数", "Employees (annual average)", "人", "persons", "integer"),
  field("stStaff", "st_staff", "科技人员数", "S&T staff", "人", "persons", "integer"),
  field("rdStaff", "rd_staff", "研发人员数", "R&D staff", "人", "persons", "integer"),
  field("totalAssets", "total_assets", "资产总计", "Total assets", "万元", "10k CNY"),
  field("totalLiabilities", "total_liabilities", "负债合计", "Total liabilities", "万元", "10k CNY"),
  field("equityFinancing", "equity_financing", "股权融资额", "Equity financing", "万元", "10k CNY"),
  field("exports", "exports", "出口额", "Exports", "万元", "10k CNY"),
  field("highTechRevenue", "high_tech_revenue", "高新技术产品(服务)收入", "High-tech product revenue", "万元", "10k CNY"),
  field("inventionPatents", "invention_patents", "有效发明专利数", "Valid invention patents", "件", "items", "integer"),
  field("otherClass1Ip", "other_class1_ip", "其他Ⅰ类知识产权数", "Other Class I IP", "件", "items", "integer"),
  field("class2Ip", "class2_ip", "Ⅱ类知识产权数", "Class II IP", "件", "items", "integer"),
  field("landAreaMu", "land_area_mu", "用地面积", "Land area", "亩", "mu"),
  field("floorAreaM2", "floor_area_m2", "建筑面积", "Floor area", "平方米", "m²"),
  field("electricityKwh", "electricity_kwh", "用电量", "Electricity", "千瓦时", "kWh"),
  field("coalT", "coal_t", "煤炭消费量", "Coal", "吨", "t"),
  field("naturalGasM3", "natural_gas_m3", "天然气消费量", "Natural gas", "立方米", "m³"),
  field("oilT", "oil_t", "油品消费量", "Oil products", "吨", "t"),
  field("heatGj", "heat_gj", "外购热力", "Purchased heat", "吉焦", "GJ"),
  field("energyTce", "energy_tce", "综合能耗(报告值)", "Total energy (reported)", "吨标准煤", "tce"),
  field("waterM3", "water_m3", "用水量", "Water", "立方米", "m³"),
  field("codT", "cod_t", "化学需氧量排放量", "COD emissions", "吨", "t"),
  field("ammoniaNitrogenT", "ammonia_nitrogen_t", "氨氮排放量", "NH3-N emissions", "吨", "t"),
  field("so2T", "so2_t", "二氧化硫排放量", "SO2 emissions", "吨", "t"),
  field("noxT", "nox_t", "氮氧化物排放量", "NOx emissions", "吨", "t"),
] as const satisfies readonly IndicatorField[];

/** Monthly indicators: one row per enterprise and month (YYYY-MM). */
export const MONTHLY_FIELDS = [
  field("output", "output", "工业总产值", "Industrial output", "万元", "10k CNY"),
  field("revenue", "revenue", "营业收入", "Operating revenue", "万元", "10k CNY"),
  field("taxPaid", "tax_paid", "实缴税金", "Tax paid", "万元", "10k CNY"),
  field("electricityKwh", "electricity_kwh", "用电量", "Electricity", "千瓦时", "kWh"),
  field("employees", "employees", "从业人员期末人数", "Employees (month end)", "人", "persons", "integer"),
] as const satisfies readonly IndicatorField[];

export type AnnualFieldKey = (typeof ANNUAL_FIELDS)[number]["key"];
export type MonthlyFieldKey = (typeof MONTHLY_FIELDS)[number]["key"];

/** Values of one enterprise-year: null is "unknown", never zero. */
export type AnnualValues = { [K in AnnualFieldKey]: number | null };
export type MonthlyValues = { [K in MonthlyFieldKey]: number | null };

export const annualFieldByKey = new Map<string, IndicatorField>(ANNUAL_FIELDS.map((f) => [f.key, f]));
export const monthlyFieldByKey = new Map<string, IndicatorField>(MONTHLY_FIELDS.map((f) => [f.key, f]));

export const emptyAnnualValues = (): AnnualValues =>
  Object.fromEntries(ANNUAL_FIELDS.map((f) => [f.key, null])) as AnnualValues;
