import type { TTierExplanation, TTierGap } from "@parkpilot/contracts";
import type { Explanation, Gap, Requirement } from "@parkpilot/core";

const copyValue = (v: Requirement["value"]): number | boolean | string[] => (typeof v === "number" || typeof v === "boolean" ? v : [...v]);

export const presentGap = (g: Gap): TTierGap => ({ ...g, citation: { ...g.citation } });

/** The engine's explanation as the API serves it (the same content, plain mutable JSON). */
export const presentExplanation = ({ possibleClasses, ...x }: Explanation): TTierExplanation => ({
  ...x,
  ruleSet: { ...x.ruleSet },
  ...(possibleClasses ? { possibleClasses: possibleClasses.map((c) => ({ ...c })) } : {}),
  criteria: x.criteria.map(({ required, ...c }) => ({ ...c, ...(required ? { required: { op: required.op, value: copyValue(required.value) } } : {}) })),
  gaps: x.gaps.map(presentGap),
});
