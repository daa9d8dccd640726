/** Materialises the explanation of one enterprise: outcome, score, class, criteria and gaps. */
import type { CompiledRuleSet } from "../compiled";
import type { EvaluationContext } from "../evaluate/context";
import { contextDays } from "../evaluate/context";
import type { FactTable } from "../fact-table";
import { MANUAL, OUTCOME_OF_STATUS, PASS, STATUS_NAMES, UNKNOWN } from "../status";
import { collectCriteria } from "./criteria";
import { collectGaps } from "./gaps";
import { runRow, type Row } from "./row";
import type { CriterionResult, Explanation, Gap, RuleSetRef } from "./types";

export const ruleSetRef = (rs: CompiledRuleSet): RuleSetRef => ({
  id: rs.def.id,
  version: rs.def.version,
  title: rs.def.title,
  kind: rs.def.kind,
  scope: rs.def.scope,
  effectiveFrom: rs.def.effective_from,
  ...(rs.def.effective_to ? { effectiveTo: rs.def.effective_to } : {}),
  ...(rs.def.overlay ? { overlay: rs.def.overlay.jurisdiction } : {}),
});

const classificationParts = (rs: CompiledRuleSet, row: Row, criteria: CriterionResult[], gaps: Gap[]): Pick<Explanation, "classification" | "possibleClasses"> => {
  const classes = rs.classes ?? [];
  classes.forEach((c, i) => {
    if (!c.when) return;
    const status = row.status(c.when.st);
    criteria.push({ id: `class:${c.id}`, depth: 0, kind: "class", label: c.label, status: STATUS_NAMES[status] ?? "unknown", citation: c.when.citation, uncertain: c.when.uncertain });
    collectCriteria([c.when], row, criteria, `class:${c.id}`, 1);
    // Only undecided conditions matter to a classification: they are why the class is open.
    if ((status === UNKNOWN || status === MANUAL) && (row.mask & (1 << i)) !== 0) {
      const before = gaps.length;
      collectGaps([c.when], row, gaps);
      gaps.splice(before, gaps.length - before, ...gaps.slice(before).filter((g) => g.kind === "missing_data" || g.kind === "manual_review"));
    }
  });
  const possible = classes.filter((_, i) => (row.mask & (1 << i)) !== 0).map((c) => ({ id: c.id, label: c.label }));
  const unique = new Map<string, Gap>();
  for (const g of gaps) unique.set(`${g.criterionId}|${g.text.en}`, g);
  gaps.splice(0, gaps.length, ...unique.values());
  const only = possible.length === 1 ? possible[0] : undefined;
  return only ? { classification: only, possibleClasses: possible } : { possibleClasses: possible };
};

/** Re-runs row i of `facts` and explains it. */
export const explainRow = (rs: CompiledRuleSet, facts: FactTable, i: number, context: EvaluationContext): Explanation => {
  const row = runRow(rs, facts, i, context);
  const status = row.status(rs.rootSlot);
  const criteria: CriterionResult[] = [];
  const gaps: Gap[] = [];
  let extra: Partial<Explanation> = {};
  if (rs.kind === "classification") {
    extra = classificationParts(rs, row, criteria, gaps);
  } else {
    const roots = [...rs.vetoes, ...(rs.eligibleWhen ? [rs.eligibleWhen] : [])];
    collectCriteria(roots, row, criteria);
    if (status !== PASS) collectGaps(roots, row, gaps);
  }
  if (rs.score) {
    const range = row.pts(rs.score.score.pts);
    extra = { ...extra, scoreRange: range, ...(range.min === range.max ? { score: range.min } : {}) };
  }
  return {
    ruleSet: ruleSetRef(rs),
    evaluatedOn: context.date,
    referenceYear: contextDays(context).referenceYear,
    outcome: OUTCOME_OF_STATUS[status] ?? "undetermined",
    status: STATUS_NAMES[status] ?? "unknown",
    ...(status === UNKNOWN ? { undeterminedReason: "missing_data" as const } : status === MANUAL ? { undeterminedReason: "manual_review" as const } : {}),
    ...extra,
    criteria,
    gaps,
    uncertain: criteria.some((c) => c.uncertain),
  };
};
