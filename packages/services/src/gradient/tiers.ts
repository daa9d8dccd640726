import type { THonourTier, TTierKey } from "@parkpilot/contracts";

/**
 * The tiers of the gradient database and how they relate to rule sets and honours. The
 * thresholds live in the rule sets (packages/rules/sets); this is only the map between the
 * three vocabularies: a tier of the ladder, the rule set that assesses it, and the honour tiers
 * (keys of enterprise_honours) that count as holding it. Order follows 工信部企业〔2026〕2号 and
 * 工信部联政法〔2021〕70号: 科技型/创新型 → 专精特新 → 小巨人 → 单项冠军; 高企, 瞪羚, 独角兽 and
 * 领航 stand alongside the ladder.
 */
export interface LocalizedLabel {
  readonly zh: string;
  readonly en: string;
}

export interface TierDef {
  readonly key: TTierKey;
  readonly label: LocalizedLabel;
  /** Rung of the SME ladder; null alongside it. */
  readonly rung: number | null;
  readonly ruleSetId: string;
  /** Holding any of these honours on a date means holding the tier. */
  readonly honourTiers: readonly THonourTier[];
}

export interface HonourTierDef {
  readonly key: THonourTier;
  readonly label: LocalizedLabel;
  /** Standard validity of a grant (reference table "Tier overview"); null where none is set nationally. */
  readonly validityYears: number | null;
  /** Fact key of the engine's catalogue the honour answers ("holds a valid … title on the date"). */
  readonly titleFact: string | null;
}

export const HONOUR_TIERS: readonly HonourTierDef[] = [
  { key: "tech_sme", label: { zh: "科技型中小企业", en: "Technology-based SME" }, validityYears: 1, titleFact: "holds_title:tech_sme" },
  { key: "innovative_sme", label: { zh: "创新型中小企业", en: "Innovative SME" }, validityYears: 3, titleFact: "holds_title:innovative_sme" },
  { key: "specialized_sme", label: { zh: "专精特新中小企业", en: "Specialised and innovative SME" }, validityYears: 3, titleFact: "holds_title:specialized_sme" },
  { key: "little_giant", label: { zh: "专精特新“小巨人”企业", en: "Little giant" }, validityYears: 3, titleFact: "holds_title:little_giant" },
  { key: "single_champion", label: { zh: "制造业单项冠军企业", en: "Manufacturing single champion" }, validityYears: 3, titleFact: "holds_title:single_champion" },
  { key: "high_tech", label: { zh: "高新技术企业", en: "High-tech enterprise" }, validityYears: 3, titleFact: "holds_title:high_tech_enterprise" },
  { key: "gazelle", label: { zh: "瞪羚企业", en: "Gazelle enterprise" }, validityYears: null, titleFact: null },
  { key: "unicorn", label: { zh: "独角兽企业", en: "Unicorn enterprise" }, validityYears: null, titleFact: null },
  // A designation the navigator rule set reads as its manual decision.
  { key: "navigator", label: { zh: "领航企业", en: "Navigator enterprise" }, validityYears: null, titleFact: "designated:navigator" },
  { key: "tech_innovation_demo", label: { zh: "国家级技术创新示范企业", en: "National technology-innovation demonstration enterprise" }, validityYears: 3, titleFact: "holds_title:tech_innovation_demo" },
  { key: "ip_advantage", label: { zh: "知识产权优势（示范）企业", en: "IP advantage or demonstration enterprise" }, validityYears: null, titleFact: "holds_title:ip_advantage" },
];

export const TIERS: readonly TierDef[] = [
  { key: "tech_sme", label: { zh: "科技型中小企业", en: "Technology-based SME" }, rung: 1, ruleSetId: "tech-sme", honourTiers: ["tech_sme"] },
  { key: "innovative_sme", label: { zh: "创新型中小企业", en: "Innovative SME" }, rung: 1, ruleSetId: "innovative-sme", honourTiers: ["innovative_sme"] },
  {
    key: "tech_innovative_sme",
    label: { zh: "科技和创新型中小企业", en: "Technology-based or innovative SME" },
    rung: 1,
    ruleSetId: "tech-innovative-sme",
    honourTiers: ["tech_sme", "innovative_sme"],
  },
  { key: "specialized_sme", label: { zh: "专精特新中小企业", en: "Specialised and innovative SME" }, rung: 2, ruleSetId: "specialized-sme", honourTiers: ["specialized_sme"] },
  { key: "little_giant", label: { zh: "专精特新“小巨人”企业", en: "Little giant" }, rung: 3, ruleSetId: "little-giant", honourTiers: ["little_giant"] },
  { key: "single_champion", label: { zh: "制造业单项冠军企业", en: "Manufacturing single champion" }, rung: 4, ruleSetId: "single-champion", honourTiers: ["single_champion"] },
  { key: "high_tech", label: { zh: "高新技术企业", en: "High-tech enterprise" }, rung: null, ruleSetId: "high-tech", honourTiers: ["high_tech"] },
  { key: "gazelle", label: { zh: "瞪羚企业", en: "Gazelle enterprise" }, rung: null, ruleSetId: "gazelle", honourTiers: ["gazelle"] },
  { key: "unicorn", label: { zh: "独角兽企业", en: "Unicorn enterprise" }, rung: null, ruleSetId: "unicorn", honourTiers: ["unicorn"] },
  { key: "navigator", label: { zh: "领航企业", en: "Navigator enterprise" }, rung: null, ruleSetId: "navigator", honourTiers: ["navigator"] },
];

/** The size class: evaluated first (it supplies is_sme to the SME tiers), not a tier of its own. */
export const SIZE_RULE_SET_ID = "enterprise-size";

/**
 * A near miss: not eligible, no veto, at least this share of the top-level conditions met, and,
 * where the rule set scores points, a score of at least this share of the pass mark (a 科技型
 * applicant meeting every cap but scoring 20 of the 60 points needed is not "near").
 */
export const NEAR_MISS_SHARE = 0.8;

/**
 * Which assessments are stored: those someone acts on. Eligible ones; pending ones (missing data
 * or a review decision) that already meet as many conditions as a near miss; not-eligible near
 * misses. "Clearly not eligible" and "too little known" are the default reading of a missing row
 * and are shown live on the card: eleven rule sets over a million enterprises would otherwise
 * write eleven million rows a year, nearly all saying "no" or "unknown".
 */
export const isStored = (s: { outcome: "eligible" | "not_eligible" | "undetermined"; closeness: number | null; nearMiss: boolean }): boolean =>
  s.outcome === "eligible" || s.nearMiss || (s.outcome === "undetermined" && (s.closeness ?? 0) >= NEAR_MISS_SHARE);

export const tierByKey: ReadonlyMap<TTierKey, TierDef> = new Map(TIERS.map((t) => [t.key, t]));
export const tierByRuleSet: ReadonlyMap<string, TierDef> = new Map(TIERS.map((t) => [t.ruleSetId, t]));
export const honourTierByKey: ReadonlyMap<THonourTier, HonourTierDef> = new Map(HONOUR_TIERS.map((h) => [h.key, h]));

const HONOUR_TIER_KEYS: ReadonlySet<string> = new Set(HONOUR_TIERS.map((h) => h.key));
const TIER_KEYS: ReadonlySet<string> = new Set(TIERS.map((t) => t.key));

export const isHonourTier = (value: string): value is THonourTier => HONOUR_TIER_KEYS.has(value);

export const isTierKey = (value: string): value is TTierKey => TIER_KEYS.has(value);
