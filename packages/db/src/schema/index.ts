export * from "./reference";
export * from "./enterprises";
export * from "./access";
export * from "./provenance";
export * from "./gradient";
export * from "./evaluation";
export * from "./chains";
