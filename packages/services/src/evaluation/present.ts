import type { TIndicatorMeta, TPolicyCitation, TLandRuleSetRef } from "@parkpilot/contracts";
import { countedUnit, type IndicatorCatalogue, type IndicatorDef, type LandRuleSet, type PolicyCitation } from "@parkpilot/core";
import { cite, conversionsFor, evaluationPolicies } from "./policies";

/** A citation as the API sends it (optional fields left out rather than undefined). */
export const citation = (c: PolicyCitation): TPolicyCitation => ({
  number: c.number,
  title: c.title,
  article: c.article,
  ...(c.url ? { url: c.url } : {}),
  uncertain: c.uncertain,
  ...(c.note ? { note: c.note } : {}),
});

export const presentIndicator = (catalogue: IndicatorCatalogue, d: IndicatorDef): TIndicatorMeta => ({
  key: d.key,
  name: d.name,
  formulaText: d.formula_text,
  unit: d.unit,
  frequency: d.frequency,
  direction: d.direction,
  dataSource: d.data_source,
  owner: d.owner,
  alarm: d.thresholds?.alarm ?? null,
  excellent: d.thresholds?.excellent ?? null,
  thresholdCitation: d.thresholds ? citation(cite(catalogue, d.thresholds)) : null,
  orientations: [...d.orientations],
  levels: [...d.levels],
  citation: citation(cite(catalogue, d)),
  counts: countedUnit(d.formula),
});

/** GET /api/evaluation/indicators: the catalogue, as data. */
export const indicatorCatalogue = () => {
  const { catalogue } = evaluationPolicies();
  return { id: catalogue.id, version: catalogue.version, indicators: catalogue.indicators.map((d) => presentIndicator(catalogue, d)) };
};

export const presentRuleSet = (r: LandRuleSet, custom: boolean): TLandRuleSetRef => ({
  id: r.id,
  version: r.version,
  title: r.title,
  jurisdiction: r.jurisdiction.name,
  citation: citation(cite(r)),
  custom,
  energyBasis: conversionsFor(r.energy_set).energy.label,
});

/** Numbers from SQL (numeric arrives as a string on node-postgres). */
export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
