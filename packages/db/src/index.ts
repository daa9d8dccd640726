export * from "./client";
export * as tables from "./schema";
export * from "./setup";
export * from "./raw-sql";
export * from "./bulk-load";
export * from "./copy-out";
export * from "./copy-text";
export * from "./reference";
export * from "./demo";
