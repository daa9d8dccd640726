export * from "./evaluation-index";
export * from "./rule-sets";
