/**
 * The facts the rule engine reads besides the annual indicators. This list is the contract with
 * the services layer: whatever it can supply per enterprise, keyed as below; anything it cannot
 * supply stays unknown (never false, never zero) and shows up as "data missing" in explanations.
 * Titles and the compliance lists are facts "as of the evaluation date": the services layer
 * resolves validity periods, the engine only reads the answer.
 */
import type { LocalizedText } from "./types";
import type { UnitId } from "./units";

export type FactType = "number" | "boolean" | "category" | "date";

export interface FactLevel {
  readonly value: number;
  readonly label: LocalizedText;
}

export interface FactDef {
  readonly key: string;
  readonly type: FactType;
  readonly label: LocalizedText;
  readonly unit: UnitId;
  /** Ordinal facts: the meaning of each level, lowest first. */
  readonly levels?: readonly FactLevel[];
  /** Where the value normally comes from, for whoever supplies it. */
  readonly origin: string;
}

const t = (zh: string, en: string): LocalizedText => ({ zh, en });
const bool = (key: string, zh: string, en: string, origin: string): FactDef => ({ key, type: "boolean", label: t(zh, en), unit: "none", origin });
const num = (key: string, unit: UnitId, zh: string, en: string, origin: string): FactDef => ({ key, type: "number", label: t(zh, en), unit, origin });
const title = (slug: string, zh: string, en: string): FactDef =>
  bool(`holds_title:${slug}`, `持有有效的${zh}称号（评价日有效）`, `Holds a valid ${en} title on the evaluation date`, "title register with validity dates");

const AWARD_LEVELS: readonly FactLevel[] = [
  { value: 0, label: t("无", "none") },
  { value: 1, label: t("省部级", "provincial/ministerial") },
  { value: 2, label: t("国家级", "national") },
];
const award = (key: string, zh: string, en: string): FactDef => ({
  key,
  type: "number",
  unit: "level",
  label: t(zh, en),
  levels: AWARD_LEVELS,
  origin: "award register (level, year, rank among winning units)",
});

/** Every non-annual fact the shipped rule sets may read, with type, unit, labels and usual origin. */
export const FACT_CATALOGUE = [
  // Identity and size
  { key: "industry_code", type: "category", unit: "none", label: t("国民经济行业代码", "Industry code (GB/T 4754-2017)"), origin: "enterprise register; with or without the section letter (C3911 or 3911)" },
  { key: "founded_date", type: "date", unit: "none", label: t("成立日期", "Date founded"), origin: "business registration" },
  bool("registered_legal_person_cn", "在中国境内（不含港澳台）注册的独立法人居民企业", "Resident enterprise registered in mainland China with independent legal-person status", "business registration"),
  bool("is_sme", "属于中小企业（工信部联企业〔2011〕300号）", "SME under 工信部联企业〔2011〕300号", "supplied, or computed by the enterprise-size rule set"),
  bool("listed", "已在证券交易所上市（不含新三板）", "Listed on a stock exchange (NEEQ excluded)", "enterprise register"),
  // Compliance, as of the evaluation date
  bool("on_dishonesty_list", "列入严重失信主体名单", "On the serious-dishonesty list", "credit registry"),
  bool("on_abnormal_operation_list", "列入经营异常名录", "On the abnormal-operation list", "credit registry"),
  bool("prohibited_products", "产品（服务）属于国家禁止、限制或淘汰类", "Products in the prohibited, restricted or obsolete categories", "industry catalogue check"),
  bool("major_incident_1y", "近1年发生重大安全、质量事故或严重环境违法等行为", "Major safety, quality or environmental incident in the last year", "incident register"),
  bool("major_incident_2y", "上一年及当年发生重大安全、质量事故、严重环境违法或科研严重失信行为", "Major incident or serious research misconduct in the previous or current year", "incident register"),
  bool("major_incident_3y", "近3年发生较大及以上安全、质量、环境、网络与数据安全事件", "Major safety, quality, environmental, network or data incident in the last 3 years", "incident register"),
  // Titles held, valid on the evaluation date
  title("high_tech_enterprise", "高新技术企业", "high-tech enterprise"),
  title("tech_sme", "科技型中小企业（入库登记编号）", "technology-based SME (registration number)"),
  title("innovative_sme", "创新型中小企业", "innovative SME"),
  title("specialized_sme", "专精特新中小企业", "specialised and innovative SME"),
  title("little_giant", "专精特新“小巨人”企业", "little giant"),
  title("single_champion", "制造业单项冠军企业", "manufacturing single champion"),
  title("tech_innovation_demo", "国家级技术创新示范企业", "national technology-innovation demonstration enterprise"),
  title("ip_advantage", "知识产权优势企业或示范企业", "IP advantage or demonstration enterprise"),
  // Designations made by an authority
  bool("designated:navigator", "被主管部门认定为产业链领航企业", "Designated an industry-chain navigator enterprise by an authority", "manual designation"),
  { key: "designated:navigator_basis", type: "category", unit: "none", label: t("领航企业认定依据", "Basis of the navigator designation"), origin: "manual designation (list name and year)" },
  // Innovation
  {
    key: "rd_institution_level",
    type: "number",
    unit: "level",
    label: t("经认定的研发机构最高级别", "Highest level of recognised R&D institution"),
    levels: [
      { value: 0, label: t("无", "none") },
      { value: 1, label: t("市级以下", "below municipal") },
      { value: 2, label: t("市级", "municipal") },
      { value: 3, label: t("省部级", "provincial/ministerial") },
      { value: 4, label: t("国家级", "national") },
    ],
    origin: "R&D institution register",
  },
  award("sci_award_level_3y", "近3年获得科技奖励的最高级别", "Highest S&T award level in the last 3 years"),
  award("sci_award_level_3y_top3", "近3年获得科技奖励且排名前三的最高级别", "Highest S&T award level in the last 3 years, ranked top 3"),
  award("sci_award_level_3y_top5", "近3年获得科技奖励且排名前五的最高级别", "Highest S&T award level in the last 3 years, ranked top 5"),
  award("sci_award_level_5y_top3", "近5年获得科技奖励且排名前三的最高级别", "Highest S&T award level in the last 5 years, ranked top 3"),
  bool("led_standard_5y", "近5年主导制定过国际、国家或行业标准", "Led an international, national or industry standard in the last 5 years", "standards register"),
  bool("maker_china_top500_3y", "近3年进入“创客中国”全国500强企业组名单", "In the 创客中国 national top 500 enterprise group in the last 3 years", "competition results"),
  bool("maker_china_top50_3y", "近3年进入“创客中国”全国50强企业组名单", "In the 创客中国 national top 50 enterprise group in the last 3 years", "competition results"),
  num("ip_class1_high_value", "items", "与主导产品相关的Ⅰ类高价值知识产权数", "High-value Class I IP tied to the lead product", "IP register"),
  num("ip_class1_self_developed", "items", "与主导产品相关的自主研发Ⅰ类知识产权数", "Self-developed Class I IP tied to the lead product", "IP register"),
  num("ip_class1_lead_product", "items", "与主导产品相关、已实际应用并产生经济效益的Ⅰ类知识产权数", "Class I IP tied to the lead product, applied and producing benefit", "IP register (2026: not transferred in; among the first three right-holders)"),
  num("rd_domestic_share_pct", "percent", "境内研发费用占研发费用总额比例", "R&D incurred in China / total R&D", "R&D sub-ledger"),
  num("hte_innovation_score", "points", "高新技术企业创新能力评价得分", "High-tech innovation-capability score", "expert review"),
  bool("hte_field_match", "核心技术属于《国家重点支持的高新技术领域》", "Core technology within the state-supported high-tech fields", "expert review"),
  // Market and niche
  num("niche_years", "years", "从事特定细分市场年限（截至上年末）", "Years in the niche market (to last year-end)", "enterprise declaration"),
  num("market_share_pct", "percent", "主导产品细分市场占有率", "Lead product's niche market share", "enterprise declaration"),
  num("market_rank_cn", "rank", "主导产品国内细分市场排名", "Lead product's rank in China", "enterprise declaration"),
  num("market_rank_global", "rank", "主导产品全球细分市场排名", "Lead product's global rank", "enterprise declaration"),
  bool("market_share_relatively_high", "主导产品细分市场占有率较为靠前（审核结论）", "Lead product's market share relatively high (review decision)", "manual review"),
  bool("key_chain_link", "主导产品处于产业链关键环节（审核结论）", "Lead product at a key link of an industrial chain (review decision)", "manual review"),
  bool("lead_product_key_field", "主导产品属于工业“六基”、制造强国或网络强国重点领域（审核结论）", "Lead product in the six industrial bases or the key fields of the manufacturing and network strategies (review decision)", "manual review"),
  bool("lead_product_strategic_emerging", "主导产品属于《战略性新兴产业分类》", "Lead product in the strategic emerging industries classification", "product classification"),
  {
    key: "lead_product_field_level",
    type: "number",
    unit: "level",
    label: t("主导产品所属领域", "Lead-product field"),
    levels: [
      { value: 0, label: t("其他", "other") },
      { value: 1, label: t("工业“六基”、中华老字号或链主企业配套", "six industrial bases, time-honoured brand or chain-leader supplier") },
      { value: 2, label: t("在关键领域“补短板”“锻长板”“填空白”取得实际成效", "real results filling gaps in key chain links") },
    ],
    origin: "manual review",
  },
  bool("new_product", "申请产品为新产品", "The applying product is a new product", "enterprise declaration"),
  bool("champion_qualitative_review", "单项冠军定性指标（技术、创新、管理）审核通过", "Single-champion qualitative criteria met (review decision)", "manual review"),
  // Management quality and digitalisation
  {
    key: "digital_level",
    type: "number",
    unit: "level",
    label: t("数字化水平等级", "Digitalisation level"),
    levels: [
      { value: 1, label: t("一级", "level 1") },
      { value: 2, label: t("二级", "level 2") },
      { value: 3, label: t("三级", "level 3") },
      { value: 4, label: t("四级", "level 4") },
    ],
    origin: "SME digitalisation assessment",
  },
  num("quality_mgmt_items", "items", "质量管理加分项数（质量奖、体系认证、自主品牌、参与标准）", "Quality-management items (award, certification, own brand, standards)", "enterprise declaration"),
  num("provincial_feature_score", "points", "特色化指标得分（省级）", "Provincial distinctiveness score", "provincial evaluation"),
  bool("info_system_core_business", "至少一项核心业务采用信息系统支撑", "At least one core business runs on an information system", "enterprise declaration"),
  bool("mgmt_system_certified", "取得管理体系认证或发达国家产品认证", "Management-system or developed-market product certification", "enterprise declaration"),
  bool("own_brand", "拥有直接面向市场的自主品牌", "Own brand facing the market directly", "enterprise declaration"),
  bool("sound_governance", "公司治理规范（审核结论）", "Sound corporate governance (review decision)", "manual review"),
  num("platform_score", "points", "专精特新发展评价得分（本年度，平台计算）", "专精特新 development score (this year, from the MIIT platform)", "zjtx.miit.gov.cn, 工信厅企业〔2024〕75号"),
  // Valuation
  num("valuation_usd_m", "usd_million", "最近一轮投后估值（按估值日汇率折美元）", "Latest post-money valuation (US$, FX of the valuation date)", "financing records"),
  bool("private_financing", "获得过私募投资", "Has raised private investment", "financing records"),
] as const satisfies readonly FactDef[];

export type CatalogueFactKey = (typeof FACT_CATALOGUE)[number]["key"];

export const factDefByKey: ReadonlyMap<string, FactDef> = new Map<string, FactDef>(FACT_CATALOGUE.map((f) => [f.key, f]));
