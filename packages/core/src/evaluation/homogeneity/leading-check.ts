import type { Bilingual } from "../policy";
import { divisionsOf, type DeclaredItem } from "./declared-vector";
import { sharesOf, type IndustryVector } from "./similarity";

export interface ObservedLeading {
  readonly division: string;
  readonly share: number;
  /** Whether a declared item covers the division. */
  readonly declared: boolean;
}

export interface LeadingCheck {
  readonly declaredCount: number;
  /** Declared items that could not be mapped to GB/T 4754 codes (counted, but not comparable). */
  readonly unmappedDeclared: readonly string[];
  readonly declaredWithinLimit: boolean;
  /** Null without enterprise output. */
  readonly observed: readonly ObservedLeading[] | null;
  readonly observedCount: number | null;
  readonly observedWithinLimit: boolean | null;
  /** Declared items none of whose divisions reaches the observed share. */
  readonly declaredNotObserved: readonly string[] | null;
  /** Share of the basis from enterprises under a declared code (产业集聚率); null without data. */
  readonly concentration: number | null;
  readonly findings: readonly Bilingual[];
}

export interface LeadingCheckInput {
  readonly declared: readonly DeclaredItem[];
  /** Park basis (output or revenue) per division; null when no enterprise reported. */
  readonly byDivision: IndustryVector | null;
  /** Basis of the enterprises whose code falls under a declared code, and the park total. */
  readonly leadingBasis: number | null;
  readonly totalBasis: number | null;
  readonly maxLeading: number;
  readonly observedShare: number;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * The Guidance's "at most 3 leading industries" for one park, on what it declares in the
 * catalogue and on what its enterprises produce (divisions with at least the configured share of
 * output), with the concentration of output in the declared industries. Findings say it plainly.
 */
export const checkLeadingIndustries = (input: LeadingCheckInput): LeadingCheck => {
  const { declared, maxLeading, observedShare } = input;
  const declaredCount = declared.length;
  const unmappedDeclared = declared.filter((d) => divisionsOf(d.codes).length === 0).map((d) => d.label);
  const declaredDivisions = new Set(declared.flatMap((d) => divisionsOf(d.codes)));
  const findings: Bilingual[] = [];
  const declaredWithinLimit = declaredCount <= maxLeading;
  if (declaredCount === 0) findings.push({ zh: "目录中未申报主导产业", en: "No leading industries declared in the catalogue" });
  else if (!declaredWithinLimit)
    findings.push({
      zh: `申报主导产业${declaredCount}个（${declared.map((d) => d.label).join("、")}），《指引》要求原则上不超过${maxLeading}个`,
      en: `${declaredCount} leading industries declared (${declared.map((d) => d.label).join(", ")}); the Guidance asks for at most ${maxLeading}`,
    });
  else findings.push({ zh: `申报主导产业${declaredCount}个，符合不超过${maxLeading}个的要求`, en: `${declaredCount} leading industries declared, within the limit of ${maxLeading}` });

  const shares = input.byDivision ? sharesOf(input.byDivision) : null;
  if (!shares || shares.size === 0) {
    findings.push({ zh: "无企业产出数据，无法核对实际主导产业", en: "No enterprise output reported: the observed leading industries cannot be checked" });
    return { declaredCount, unmappedDeclared, declaredWithinLimit, observed: null, observedCount: null, observedWithinLimit: null, declaredNotObserved: null, concentration: null, findings };
  }
  const observed = [...shares]
    // Shares are sums of floats: 10 of 100.00000000000001 must still count as 10 %.
    .filter(([, s]) => s >= observedShare - 1e-9)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([division, share]) => ({ division, share, declared: declaredDivisions.has(division) }));
  const observedWithinLimit = observed.length <= maxLeading;
  findings.push(
    observedWithinLimit
      ? { zh: `产出占比≥${pct(observedShare)}的行业${observed.length}个`, en: `${observed.length} industries each make ≥${pct(observedShare)} of output` }
      : {
          zh: `产出占比≥${pct(observedShare)}的行业有${observed.length}个，实际主导产业超过${maxLeading}个`,
          en: `${observed.length} industries each make ≥${pct(observedShare)} of output: more than ${maxLeading} leading industries in practice`,
        },
  );
  const undeclared = observed.filter((o) => !o.declared);
  if (undeclared.length > 0 && declaredDivisions.size > 0)
    findings.push({
      zh: `实际主导但未申报的行业：${undeclared.map((o) => `${o.division}（${pct(o.share)}）`).join("、")}`,
      en: `Leading in practice but not declared: ${undeclared.map((o) => `${o.division} (${pct(o.share)})`).join(", ")}`,
    });
  const observedSet = new Set(observed.map((o) => o.division));
  const declaredNotObserved = declared.filter((d) => divisionsOf(d.codes).length > 0 && !divisionsOf(d.codes).some((v) => observedSet.has(v))).map((d) => d.label);
  if (declaredNotObserved.length > 0)
    findings.push({
      zh: `申报但产出占比未达${pct(observedShare)}的主导产业：${declaredNotObserved.join("、")}`,
      en: `Declared but below ${pct(observedShare)} of output: ${declaredNotObserved.join(", ")}`,
    });
  const concentration = input.leadingBasis !== null && input.totalBasis !== null && input.totalBasis > 0 ? input.leadingBasis / input.totalBasis : null;
  if (concentration !== null)
    findings.push({ zh: `主导产业产出占全园区${pct(concentration)}`, en: `Declared leading industries make ${pct(concentration)} of the park's output` });
  return { declaredCount, unmappedDeclared, declaredWithinLimit, observed, observedCount: observed.length, observedWithinLimit, declaredNotObserved, concentration, findings };
};
