export * from "./indicators/enterprise-fields";
export * from "./identity/credit-code";
export * from "./chains";
export * from "./evaluation";
export * from "./rules";
