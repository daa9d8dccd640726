export * from "./indicators/enterprise-fields";
export * from "./indicators/plausibility";
export * from "./identity/credit-code";
export * from "./chains";
export * from "./evaluation";
export * from "./rules";
export * from "./reporting/reporting-calendar";
