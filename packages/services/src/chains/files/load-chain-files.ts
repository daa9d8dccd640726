import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { z } from "zod";
import {
  ZChainDefinition,
  ZChainPolicyFile,
  ZChainTemplateFile,
  ZSizeBandFile,
  completeTemplateFile,
  type TChainPolicyFile,
} from "@parkpilot/contracts";
import type { ChainDefinition, SizeBandTable } from "@parkpilot/core";

/** The chain data shipped in packages/rules/chains (templates, policy defaults, size bands). */
export const CHAIN_RULES_DIR = fileURLToPath(new URL("../../../../rules/chains/", import.meta.url));

const POLICY_FILE = "policy.yaml";
const SIZE_BANDS_FILE = "size-bands.yaml";

export interface ChainFiles {
  readonly templates: readonly ChainDefinition[];
  readonly policy: TChainPolicyFile;
  readonly sizeBands: SizeBandTable;
}

/** A shipped file that does not pass its schema: a packaging fault, reported with every problem. */
export class ChainFileError extends Error {
  constructor(file: string, problems: readonly string[]) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ChainFileError";
  }
}

const readYaml = (dir: string, file: string): unknown => parse(readFileSync(`${dir}${file}`, "utf8"));

const validate = <S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> => {
  const result = schema.safeParse(value);
  if (!result.success) throw new ChainFileError(file, result.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`));
  return result.data;
};

/** Reads and validates every file of a chain rules directory (the shipped one by default). */
export const readChainFiles = (dir: string = CHAIN_RULES_DIR): ChainFiles => {
  const policy = validate(ZChainPolicyFile, readYaml(dir, POLICY_FILE), POLICY_FILE);
  const sizeBands = validate(ZSizeBandFile, readYaml(dir, SIZE_BANDS_FILE), SIZE_BANDS_FILE);
  const templateFiles = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") && f !== POLICY_FILE && f !== SIZE_BANDS_FILE)
    .sort();
  const templates = templateFiles.map((file) => {
    const raw = validate(ZChainTemplateFile, readYaml(dir, file), file);
    return validate(ZChainDefinition, completeTemplateFile(raw, policy), file);
  });
  const codes = new Set<string>();
  for (const t of templates) {
    if (codes.has(t.code)) throw new ChainFileError(dir, [`template code "${t.code}" is used by two files`]);
    codes.add(t.code);
  }
  return { templates, policy, sizeBands };
};

let shipped: ChainFiles | null = null;

/** The shipped files, read once per process (they do not change while it runs). */
export const shippedChainFiles = (): ChainFiles => {
  shipped ??= readChainFiles();
  return shipped;
};
