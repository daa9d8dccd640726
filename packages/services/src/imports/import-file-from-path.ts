import { basename } from "node:path";
import type { ServiceContext } from "../context";
import { pathSource } from "./import-source";
import type { ImportOutcome, ImportPathInput } from "./import-types";
import { runImport } from "./run-import";

/**
 * importFile for a file on disk (the CLI, large files): the file is streamed, never held in
 * memory whole, so a million-row CSV imports with flat memory use.
 */
export const importFileFromPath = (ctx: ServiceContext, input: ImportPathInput): Promise<ImportOutcome> =>
  runImport(ctx, pathSource(input.fileName ?? basename(input.path), input.path), input);
