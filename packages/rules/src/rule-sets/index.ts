export { overlaySchema, ruleSetSchema } from "./schema";
export { RULE_SETS_DIR, RuleFileError, checkRuleSetText, loadRuleSets, parseOverlay, parseRuleSet, type RuleFileProblem } from "./load";
