import type { EnumOption } from "../../imports/enumerations";
import type { ImportColumn } from "../../imports/import-columns";
import { HONOUR_TIERS } from "../tiers";

/** Common ways official lists and officials name each title. */
const TIER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  tech_sme: ["科技型中小企业入库", "科技型"],
  innovative_sme: ["创新型"],
  specialized_sme: ["专精特新", "专精特新企业", "省级专精特新中小企业"],
  little_giant: ["小巨人", "专精特新小巨人", "专精特新小巨人企业", '专精特新"小巨人"企业', "国家级专精特新小巨人企业"],
  single_champion: ["单项冠军", "单项冠军企业", "制造业单项冠军"],
  high_tech: ["高企", "高新技术企业认定", "国家高新技术企业"],
  gazelle: ["瞪羚"],
  unicorn: ["独角兽"],
  navigator: ["领航", "产业链领航企业", "链主企业"],
  tech_innovation_demo: ["技术创新示范企业"],
  ip_advantage: ["知识产权优势企业", "知识产权示范企业"],
};

export const HONOUR_TIER_OPTIONS: readonly EnumOption[] = HONOUR_TIERS.map((t) => ({ value: t.key, zh: t.label.zh, en: t.label.en, aliases: TIER_ALIASES[t.key] ?? [] }));

export const HONOUR_LEVEL_OPTIONS: readonly EnumOption[] = [
  { value: "national", zh: "国家级", en: "National", aliases: ["国家"] },
  { value: "provincial", zh: "省级", en: "Provincial", aliases: ["省", "省部级"] },
  { value: "municipal", zh: "市级", en: "Municipal", aliases: ["市", "地市级"] },
  { value: "district", zh: "区县级", en: "District or county", aliases: ["区级", "县级", "区", "县"] },
];

/**
 * The columns of an honours list (认定名单) import, declared once: the template, the help sheet,
 * the header matching and the row checks all read them. Official lists often carry a sequence
 * number and the enterprise name; both are accepted and not stored (the credit code identifies).
 */
export const HONOUR_COLUMNS: readonly ImportColumn[] = [
  { key: "seq", zh: "序号", en: "No.", required: false, spec: { type: "text", maxLength: 20 }, meaningZh: "名单中的序号，仅供核对，不导入", meaningEn: "Sequence number in the list; not stored", example: "1" },
  {
    key: "creditCode",
    zh: "统一社会信用代码",
    en: "Unified social credit code",
    required: true,
    spec: { type: "creditCode" },
    meaningZh: "获得称号企业的18位统一社会信用代码，须为您管辖范围内已登记的企业",
    meaningEn: "Credit code of the enterprise; it must be registered and within your tenancy",
    example: "91440300MA5F1234X7",
  },
  { key: "enterpriseName", zh: "企业名称", en: "Enterprise name", required: false, spec: { type: "text", maxLength: 200 }, meaningZh: "企业名称，仅供核对，以信用代码为准", meaningEn: "Name, for reading only; the credit code decides", example: "深圳示例科技有限公司" },
  { key: "tier", zh: "称号", en: "Title", required: true, spec: { type: "enum", options: HONOUR_TIER_OPTIONS }, meaningZh: "认定的称号（梯度层级）", meaningEn: "The title granted", example: "高新技术企业" },
  { key: "level", zh: "级别", en: "Level", required: false, spec: { type: "enum", options: HONOUR_LEVEL_OPTIONS }, meaningZh: "认定机关的级别", meaningEn: "Level of the granting authority", example: "国家级" },
  { key: "batch", zh: "批次", en: "Batch", required: false, spec: { type: "text", maxLength: 200 }, meaningZh: "认定批次或名单名称", meaningEn: "Batch or list name", example: "2024年第二批" },
  { key: "year", zh: "认定年度", en: "Year", required: false, spec: { type: "number", kind: "integer", min: 1990 }, meaningZh: "认定（入库）年度", meaningEn: "Year of recognition", example: "2024" },
  { key: "validFrom", zh: "有效期起", en: "Valid from", required: true, spec: { type: "date" }, meaningZh: "称号生效日期（发证日期）", meaningEn: "Start of validity (date of the certificate)", example: "2024-12-10" },
  {
    key: "validUntil",
    zh: "有效期止",
    en: "Valid until",
    required: false,
    spec: { type: "date" },
    meaningZh: "称号有效期的最后一天；留空按该称号的法定有效期计算（高企、专精特新、小巨人、单项冠军3年，科技型1年）",
    meaningEn: "Last day of validity; blank: the title's standard term (3 years; 科技型 1 year)",
    example: "2027-12-09",
  },
  { key: "certificateNo", zh: "证书编号", en: "Certificate number", required: false, spec: { type: "text", maxLength: 100 }, meaningZh: "证书编号或入库登记编号", meaningEn: "Certificate or registration number", example: "GR202444001234" },
  { key: "note", zh: "备注", en: "Note", required: false, spec: { type: "text", maxLength: 500 }, meaningZh: "来源说明，如公示文件文号", meaningEn: "Source, e.g. the notice number", example: "粤科函高字〔2024〕1号" },
];

/** Further header spellings found in official lists, by column key. */
export const HONOUR_HEADER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  creditCode: ["信用代码", "社会信用代码", "统一信用代码"],
  enterpriseName: ["单位名称", "企业"],
  tier: ["称号类型", "荣誉", "荣誉类型", "梯度层级", "认定类型"],
  level: ["认定级别"],
  batch: ["认定批次", "名单"],
  year: ["年度", "认定年份"],
  validFrom: ["发证日期", "认定日期", "生效日期", "有效期开始"],
  validUntil: ["有效期至", "到期日期", "有效期结束", "失效日期"],
  certificateNo: ["证书号", "登记编号", "入库编号"],
  note: ["来源", "文号"],
};
