import type { LandSupplyMode, OperatingStatus, ParcelStatus } from "@parkpilot/db/schema";

/**
 * Enumerations a template offers as drop-down lists. Each stored value has one Chinese label
 * (what the list shows and the template writes) and aliases that are also accepted on import,
 * so that an English value or a common synonym is not rejected while nothing is guessed.
 */
export interface EnumOption<V extends string = string> {
  readonly value: V;
  readonly zh: string;
  readonly en: string;
  readonly aliases?: readonly string[];
}

/** 供地方式: the four supply modes the Guidance names (出让 plus the three flexible ones). */
export const SUPPLY_MODES: readonly EnumOption<LandSupplyMode>[] = [
  { value: "transfer", zh: "出让", en: "Transfer (sale of use right)", aliases: ["挂牌出让", "招拍挂"] },
  { value: "long_lease", zh: "长期租赁", en: "Long-term lease" },
  { value: "lease_then_transfer", zh: "先租后让", en: "Lease then transfer" },
  { value: "flexible_term", zh: "弹性年期", en: "Flexible term", aliases: ["弹性年期出让"] },
];

export const PARCEL_STATUSES: readonly EnumOption<ParcelStatus>[] = [
  { value: "in_use", zh: "在用", en: "In use", aliases: ["使用中", "已投产"] },
  { value: "under_construction", zh: "在建", en: "Under construction", aliases: ["建设中"] },
  { value: "idle", zh: "闲置", en: "Idle", aliases: ["停用"] },
  { value: "vacant", zh: "空置", en: "Vacant (not supplied)", aliases: ["未供地", "未出让"] },
];

export const OPERATING_STATUSES: readonly EnumOption<OperatingStatus>[] = [
  { value: "operating", zh: "在营", en: "Operating", aliases: ["存续", "在业", "开业", "正常"] },
  { value: "suspended", zh: "停业", en: "Suspended", aliases: ["歇业", "停产"] },
  { value: "deregistered", zh: "注销", en: "Deregistered", aliases: ["已注销", "吊销"] },
  { value: "relocated", zh: "迁出", en: "Relocated", aliases: ["已迁出"] },
];

/**
 * 用途: second-level classes of GB/T 21010-2017 (土地利用现状分类) that occur in industrial
 * parks, stored by their code so that the land module can aggregate by class.
 */
export const LAND_USES: readonly EnumOption[] = [
  { value: "0601", zh: "工业用地", en: "Industrial" },
  { value: "0602", zh: "采矿用地", en: "Mining" },
  { value: "0604", zh: "仓储用地", en: "Warehousing" },
  { value: "0805", zh: "科研用地", en: "Research" },
  { value: "0505", zh: "商务金融用地", en: "Business and finance" },
  { value: "0507", zh: "其他商服用地", en: "Other commercial services" },
  { value: "0701", zh: "城镇住宅用地", en: "Urban residential" },
  { value: "0809", zh: "公用设施用地", en: "Public utilities" },
  { value: "0810", zh: "公园与绿地", en: "Parks and green space" },
  { value: "1004", zh: "城镇村道路用地", en: "Roads" },
  { value: "1201", zh: "空闲地", en: "Vacant land" },
];

export const BOOLEAN_OPTIONS: readonly EnumOption<"true" | "false">[] = [
  { value: "true", zh: "是", en: "Yes", aliases: ["y", "true", "1", "√"] },
  { value: "false", zh: "否", en: "No", aliases: ["n", "false", "0", "×"] },
];
