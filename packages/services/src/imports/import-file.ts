import type { ServiceContext } from "../context";
import { bufferSource } from "./import-source";
import type { ImportFileInput, ImportOutcome } from "./import-types";
import { runImport } from "./run-import";

/**
 * Imports an uploaded spreadsheet (xlsx or CSV) of one kind: every row is validated, all
 * problems are reported with row, column and value, and the data is applied in one transaction
 * or not at all. The batch is recorded either way.
 */
export const importFile = (ctx: ServiceContext, input: ImportFileInput): Promise<ImportOutcome> =>
  runImport(ctx, bufferSource(input.fileName, input.body), input);
