import type { TTierKey } from "@parkpilot/contracts";

/** Tier keys in ladder order (the API's catalogue carries their labels). */
export const TIER_KEYS: readonly TTierKey[] = [
  "tech_sme",
  "innovative_sme",
  "tech_innovative_sme",
  "specialized_sme",
  "little_giant",
  "single_champion",
  "high_tech",
  "gazelle",
  "unicorn",
  "navigator",
];

export const asTierKey = (value: string | undefined, fallback: TTierKey): TTierKey => TIER_KEYS.find((k) => k === value) ?? fallback;
