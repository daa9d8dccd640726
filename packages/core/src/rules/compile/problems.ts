/** A problem found in a rule-set definition: where (a dotted path into the definition) and what. */
export interface RuleProblem {
  readonly path: string;
  readonly message: string;
}

/** Thrown by compileRuleSet when a definition has problems; lists every one of them. */
export class RuleSetError extends Error {
  readonly ruleSet: string;
  readonly problems: readonly RuleProblem[];

  constructor(ruleSet: string, problems: readonly RuleProblem[]) {
    super(`rule set ${ruleSet} has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`);
    this.name = "RuleSetError";
    this.ruleSet = ruleSet;
    this.problems = problems;
  }
}

/** Accumulates problems instead of stopping at the first, so an author sees them all at once. */
export class Problems {
  readonly list: RuleProblem[] = [];

  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
}
