export * from "./test-database";
export * from "./factories";
export * from "./failing-copy";
