export * from "./import-types";
export * from "./import-file";
export * from "./import-file-from-path";
export * from "./list-imports";
export { getImport } from "./get-import";
export * from "./build-error-report";
export { buildImportTemplate, type SpreadsheetFile } from "./build-import-template";
export { importColumns, columnHeader, IMPORT_KINDS, IMPORT_KIND_LABELS, type ImportColumn, type ColumnSpec } from "./import-columns";
export { describeColumnRule } from "./describe-column";
