export * from "./split-leading-industries";
export * from "./match-leading-industry";
export * from "./parse-leading-industry-map";
export * from "./reference-files";
export * from "./load-reference-data";
export * from "./read-reference-files";
