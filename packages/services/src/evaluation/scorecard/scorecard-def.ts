import { evaluationDateOf, pickInForce, type ScorecardDef } from "@parkpilot/core";
import { evaluationPolicies } from "../policies";

export const SCORECARD_ID = "guidance-2025-scorecard";

/** The scorecard version in force at the end of the year; the latest version for years before the Guidance. */
export const scorecardFor = (year: number): ScorecardDef => {
  const all = evaluationPolicies().scorecards;
  const def = pickInForce(all, SCORECARD_ID, evaluationDateOf(year)) ?? [...all].filter((s) => s.id === SCORECARD_ID).sort((a, b) => (a.effective_from < b.effective_from ? 1 : -1))[0];
  if (!def) throw new Error(`no scorecard ${SCORECARD_ID}`);
  return def;
};

/** Indicator keys a scorecard reads. */
export const scorecardIndicators = (def: ScorecardDef): string[] => [
  ...new Set(def.dimensions.flatMap((d) => d.orientations.flatMap((o) => o.items.flatMap((i) => (i.kind === "checklist" ? [] : [i.indicator]))))),
];
