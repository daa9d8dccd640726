/**
 * The policy rule engine: rule sets as data (types), compiled once into columnar kernels,
 * evaluated over whole populations of enterprises held in a FactTable, explained per enterprise
 * on demand.
 */
export type * from "./types";
export { UNITS, isUnitId, withUnit, type UnitId } from "./units";
export { FACT_CATALOGUE, factDefByKey, type CatalogueFactKey, type FactDef, type FactLevel, type FactType } from "./fact-catalogue";
export { YEAR_REFS, allFactKeys, resolveFact, type AnnualFactKey, type FactKey, type ResolvedFact, type YearRef } from "./fact-keys";
export { BOOL_FALSE, BOOL_TRUE, BOOL_UNKNOWN, FactTable, createFactTable, type CategoryColumn } from "./fact-table";
export { factTableFromRecords, type FactRecord, type FactValue } from "./fact-records";
export { epochDay, isIsoDate, isoFromEpochDay } from "./dates";
export { isIndustryPattern, mapIndustryCode, normaliseIndustryCode } from "./gbt4754";
export { FAIL, OUTCOME_OF_STATUS, PASS, STATUS_NAMES, type CriterionStatus, type Outcome, type StatusCode } from "./status";
export type { CompiledRuleSet, Citation } from "./compiled";
export { compileRuleSet, validateRuleSet } from "./compile/compile-rule-set";
export { RuleSetError, type RuleProblem } from "./compile/problems";
export type { EvaluationContext } from "./evaluate/context";
export { evaluatePopulation, type EvaluateOptions } from "./evaluate/evaluate-population";
export { evaluateRuleSets } from "./evaluate/evaluate-rule-sets";
export { PopulationResult, statusCodeAt } from "./evaluate/population-result";
export type { CriterionKind, CriterionResult, Explanation, Gap, GapKind, Requirement, RuleSetRef } from "./explain/types";
export { isInForce, overlappingVersions, ruleSetsInForce, selectRuleSet } from "./select";
export { applyOverlay } from "./overlay";
