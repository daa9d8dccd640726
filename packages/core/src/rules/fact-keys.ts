/**
 * Fact keys. Annual indicators are keyed `<field>@y` for the reference year (normally the last
 * completed fiscal year before the evaluation; the services layer decides which calendar year
 * that is) and `<field>@y-1` … `@y-4` for the years before it. Everything else comes from the
 * {@link FACT_CATALOGUE}.
 */
import { ANNUAL_FIELDS, annualFieldByKey, type AnnualFieldKey } from "../indicators/enterprise-fields";
import { FACT_CATALOGUE, factDefByKey, type CatalogueFactKey, type FactLevel, type FactType } from "./fact-catalogue";
import type { LocalizedText } from "./types";
import type { UnitId } from "./units";

export const YEAR_REFS = ["y", "y-1", "y-2", "y-3", "y-4"] as const;
export type YearRef = (typeof YEAR_REFS)[number];

export type AnnualFactKey = `${AnnualFieldKey}@${YearRef}`;
export type FactKey = AnnualFactKey | CatalogueFactKey;

/** What the engine knows about a fact key: its type, unit and label. */
export interface ResolvedFact {
  readonly key: string;
  readonly type: FactType;
  readonly unit: UnitId;
  readonly label: LocalizedText;
  readonly levels?: readonly FactLevel[];
  /** Annual facts: the field and how many years before the reference year. */
  readonly annual?: { readonly field: AnnualFieldKey; readonly lag: number };
}

const ANNUAL_UNITS: Readonly<Record<string, UnitId>> = { 万元: "wan_yuan", 人: "persons", 件: "items" };

const yearLabel = (lag: number): LocalizedText =>
  lag === 0 ? { zh: "（基准年）", en: " (reference year)" } : { zh: `（基准年前${lag}年）`, en: ` (reference year − ${lag})` };

const ANNUAL_KEY = /^([A-Za-z0-9]+)@y(?:-([1-4]))?$/;

const resolveAnnual = (key: string): ResolvedFact | undefined => {
  const m = ANNUAL_KEY.exec(key);
  if (!m) return undefined;
  const field = annualFieldByKey.get(m[1] ?? "");
  if (!field) return undefined;
  const lag = m[2] === undefined ? 0 : Number(m[2]);
  const suffix = yearLabel(lag);
  return {
    key,
    type: "number",
    unit: ANNUAL_UNITS[field.unit] ?? "none",
    label: { zh: field.zh + suffix.zh, en: field.en + suffix.en },
    annual: { field: field.key as AnnualFieldKey, lag },
  };
};

const cache = new Map<string, ResolvedFact | undefined>();

/** Resolves a fact key, or undefined when it is neither an annual key nor in the catalogue. */
export const resolveFact = (key: string): ResolvedFact | undefined => {
  if (cache.has(key)) return cache.get(key);
  const def = factDefByKey.get(key);
  const resolved: ResolvedFact | undefined = def
    ? { key, type: def.type, unit: def.unit, label: def.label, ...(def.levels ? { levels: def.levels } : {}) }
    : resolveAnnual(key);
  cache.set(key, resolved);
  return resolved;
};

/** Every valid fact key: the annual keys for all years, then the catalogue. */
export const allFactKeys = (): string[] => [
  ...ANNUAL_FIELDS.flatMap((f) => YEAR_REFS.map((y) => `${f.key}@${y}`)),
  ...FACT_CATALOGUE.map((f) => f.key),
];
