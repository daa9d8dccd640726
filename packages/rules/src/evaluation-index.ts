export * from "./evaluation-common";
export * from "./evaluation-indicators";
export * from "./evaluation-land";
export * from "./evaluation-warnings";
export * from "./evaluation-scorecard";
export * from "./evaluation-files";
