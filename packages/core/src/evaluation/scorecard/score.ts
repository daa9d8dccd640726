import type { Direction, IndicatorDef } from "../indicators/types";
import { formatFigure } from "../format";
import type { Bilingual } from "../policy";
import { benchmarkPoints, type ProvinceStats } from "./benchmarks";
import type { ScorecardDef, ScorecardItemDef } from "./types";

export interface ParkIndicatorValue {
  readonly value: number | null;
  readonly reporting: number | null;
  readonly population: number | null;
}

export interface ScorecardInputs {
  /** The park's values of the year by indicator key. */
  readonly values: ReadonlyMap<string, ParkIndicatorValue>;
  /** The province's distribution by indicator key (same year). */
  readonly stats: ReadonlyMap<string, ProvinceStats>;
  /** Checklist items with evidence on file, with its note and where the province's review stands. */
  readonly evidence: ReadonlyMap<string, EvidenceOnFile>;
  readonly catalogue: ReadonlyMap<string, IndicatorDef>;
}

/**
 * Evidence a park filed is its claim: it scores once the province has accepted it (evidence the
 * province files itself is accepted as filed). Submitted and returned evidence scores nothing.
 */
export type EvidenceReview = "submitted" | "accepted" | "returned";

export interface EvidenceOnFile {
  readonly note: string;
  readonly review: EvidenceReview;
  /** Why the province returned it (or what it noted on accepting). */
  readonly reviewNote: string | null;
}

export type ItemStatus = "scored" | "unknown" | "not_evidenced" | "pending_review" | "returned";

export interface ScorecardItemResult {
  readonly id: string;
  readonly kind: ScorecardItemDef["kind"];
  readonly indicator: string | null;
  readonly weight: number;
  readonly value: number | null;
  readonly median: number | null;
  /** The full-marks line (top quartile, or bottom quartile for lower-is-better). */
  readonly fullMarksAt: number | null;
  readonly target: number | null;
  readonly points: number | null;
  readonly status: ItemStatus;
  readonly finding: Bilingual;
}

export interface OrientationResult {
  readonly number: number;
  readonly name: Bilingual;
  readonly score: number | null;
  /** Weight share of items with data or evidence. */
  readonly completeness: number;
  readonly items: readonly ScorecardItemResult[];
}

export interface DimensionResult {
  readonly id: string;
  readonly name: Bilingual;
  readonly score: number | null;
  readonly completeness: number;
  readonly orientations: readonly OrientationResult[];
}

export interface ScorecardResult {
  readonly total: number | null;
  readonly completeness: number;
  readonly dimensions: readonly DimensionResult[];
}

const fill = (t: Bilingual, vars: Readonly<Record<string, string>>): Bilingual => ({
  zh: t.zh.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`),
  en: t.en.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`),
});

const weightedMean = (parts: readonly { score: number | null; weight: number }[]): number | null => {
  const known = parts.filter((p) => p.score !== null && p.weight > 0);
  const w = known.reduce((s, p) => s + p.weight, 0);
  return w > 0 ? known.reduce((s, p) => s + (p.score ?? 0) * p.weight, 0) / w : null;
};

const unknownItem = (item: ScorecardItemDef, indicator: string | null, finding: Bilingual): ScorecardItemResult => ({
  id: item.id,
  kind: item.kind,
  indicator,
  weight: item.weight,
  value: null,
  median: null,
  fullMarksAt: null,
  target: item.kind === "target" ? item.target : null,
  points: null,
  status: "unknown",
  finding,
});

const checklistFinding = (item: ScorecardItemDef & { kind: "checklist" }, evidence: EvidenceOnFile | undefined): Bilingual => {
  if (evidence === undefined) return { zh: `${item.label.zh}：未提供佐证材料（${item.evidence_hint.zh}）`, en: `${item.label.en}: no evidence on file (${item.evidence_hint.en})` };
  const { note, review, reviewNote } = evidence;
  switch (review) {
    case "accepted":
      return { zh: `${item.label.zh}：佐证经省级认定（${note}）`, en: `${item.label.en}: evidence accepted by the province (${note})` };
    case "submitted":
      return { zh: `${item.label.zh}：佐证待省级审核，审核前不计分（${note}）`, en: `${item.label.en}: evidence awaiting the province's review, not scored until accepted (${note})` };
    case "returned":
      return {
        zh: `${item.label.zh}：佐证被省级退回${reviewNote ? `：${reviewNote}` : ""}，请补充后重新提交`,
        en: `${item.label.en}: evidence returned by the province${reviewNote ? `: ${reviewNote}` : ""}; complete it and file it again`,
      };
  }
};

const scoreItem = (item: ScorecardItemDef, def: ScorecardDef, inputs: ScorecardInputs): ScorecardItemResult => {
  if (item.kind === "checklist") {
    const evidence = inputs.evidence.get(item.id);
    const accepted = evidence?.review === "accepted";
    return {
      id: item.id,
      kind: item.kind,
      indicator: null,
      weight: item.weight,
      value: null,
      median: null,
      fullMarksAt: null,
      target: null,
      points: accepted ? 100 : 0,
      status: evidence === undefined ? "not_evidenced" : accepted ? "scored" : evidence.review === "submitted" ? "pending_review" : "returned",
      finding: checklistFinding(item, evidence),
    };
  }
  const ind = inputs.catalogue.get(item.indicator);
  const name = ind?.name ?? { zh: item.indicator, en: item.indicator };
  const unit = ind?.unit ?? { zh: "", en: "" };
  const v = inputs.values.get(item.indicator)?.value ?? null;
  if (v === null) return unknownItem(item, item.indicator, { zh: `${name.zh}：无数据`, en: `${name.en}: no data` });
  const vars = { value: formatFigure(v), unit_zh: unit.zh, unit_en: unit.en, name_zh: name.zh, name_en: name.en };
  if (item.kind === "target") {
    const meets = item.op === "<=" ? v <= item.target : v >= item.target;
    return {
      id: item.id,
      kind: item.kind,
      indicator: item.indicator,
      weight: item.weight,
      value: v,
      median: null,
      fullMarksAt: null,
      target: item.target,
      points: meets ? 100 : 0,
      status: "scored",
      finding: fill(meets ? item.finding.meets : item.finding.misses, { ...vars, target: formatFigure(item.target) }),
    };
  }
  const stats = inputs.stats.get(item.indicator);
  const direction: Direction = ind?.direction ?? "higher_better";
  if (!stats || stats.n < def.scoring.min_parks || direction === "neutral")
    return {
      ...unknownItem(item, item.indicator, {
        zh: `${name.zh}：${formatFigure(v)}${unit.zh}（全省可比园区不足${def.scoring.min_parks}个，未评分）`,
        en: `${name.en}: ${formatFigure(v)} ${unit.en} (fewer than ${def.scoring.min_parks} comparable parks in the province: not scored)`,
      }),
      value: v,
    };
  const best = direction === "higher_better" ? stats.high : stats.low;
  const points = benchmarkPoints(v, direction, { median: stats.median, best }, def.scoring.pass_points);
  const med = stats.median ?? 0;
  const better = direction === "higher_better" ? v >= med : v <= med;
  const top = best !== null && (direction === "higher_better" ? v >= best : v <= best);
  // The median carries the value's unit; a unitless value (plot ratio) leaves no stray space.
  const enUnit = unit.en ? ` ${unit.en}` : "";
  const where: Bilingual = top
    ? { zh: "达到全省前列水平", en: "at the province's leading level" }
    : better
      ? { zh: `优于全省园区中位数${formatFigure(med)}${unit.zh}`, en: `better than the province median ${formatFigure(med)}${enUnit}` }
      : { zh: `落后于全省园区中位数${formatFigure(med)}${unit.zh}`, en: `behind the province median ${formatFigure(med)}${enUnit}` };
  return {
    id: item.id,
    kind: item.kind,
    indicator: item.indicator,
    weight: item.weight,
    value: v,
    median: stats.median,
    fullMarksAt: best,
    target: null,
    points,
    status: points === null ? "unknown" : "scored",
    finding: { zh: `${name.zh}${formatFigure(v)}${unit.zh}，${where.zh}`, en: `${name.en} ${formatFigure(v)}${enUnit}, ${where.en}` },
  };
};

/**
 * A park's scorecard for a year: item points, orientation scores as weighted means of the items
 * with data (checklist items without accepted evidence count as 0: the claim is the park's to make
 * and the province's to accept; indicators
 * without data are left out and lower the completeness instead), then dimensions and the total.
 */
export const scoreScorecard = (def: ScorecardDef, inputs: ScorecardInputs): ScorecardResult => {
  const dimensions = def.dimensions.map((d): DimensionResult => {
    const orientations = d.orientations.map((o): OrientationResult => {
      const items = o.items.map((i) => scoreItem(i, def, inputs));
      const totalWeight = items.reduce((s, i) => s + i.weight, 0);
      const withData = items.filter((i) => i.status === "scored").reduce((s, i) => s + i.weight, 0);
      return {
        number: o.number,
        name: o.name,
        score: weightedMean(items.map((i) => ({ score: i.status === "unknown" ? null : i.points, weight: i.weight }))),
        completeness: totalWeight > 0 ? withData / totalWeight : 0,
        items,
      };
    });
    const ow = d.orientations.map((o) => o.weight);
    return {
      id: d.id,
      name: d.name,
      score: weightedMean(orientations.map((o, k) => ({ score: o.score, weight: ow[k] ?? 1 }))),
      completeness: weightedMean(orientations.map((o, k) => ({ score: o.completeness, weight: ow[k] ?? 1 }))) ?? 0,
      orientations,
    };
  });
  return {
    total: weightedMean(dimensions.map((d, k) => ({ score: d.score, weight: def.dimensions[k]?.weight ?? 1 }))),
    completeness: weightedMean(dimensions.map((d, k) => ({ score: d.completeness, weight: def.dimensions[k]?.weight ?? 1 }))) ?? 0,
    dimensions,
  };
};
