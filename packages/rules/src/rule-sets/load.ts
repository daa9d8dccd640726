/**
 * Loading rule-set files: YAML → zod shape check → core cross-reference check. Every problem of
 * every file is collected and reported together as "file: path: problem", so an author fixes a
 * batch at once; a file that loads is a definition compileRuleSet accepts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { overlappingVersions, validateRuleSet, type RuleSetDef, type RuleSetOverlay } from "@parkpilot/core";
import { parse } from "yaml";
import type { z } from "zod";
import { overlaySchema, ruleSetSchema } from "./schema";

/** Directory of the shipped rule sets: sets/<rule-set id>/<version>.yaml. */
export const RULE_SETS_DIR = fileURLToPath(new URL("../../sets", import.meta.url));

export interface RuleFileProblem {
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

export class RuleFileError extends Error {
  readonly problems: readonly RuleFileProblem[];
  constructor(problems: readonly RuleFileProblem[]) {
    super(`invalid rule files (${problems.length} problem(s)):\n${problems.map((p) => `  ${p.file}: ${p.path || "(file)"}: ${p.message}`).join("\n")}`);
    this.name = "RuleFileError";
    this.problems = problems;
  }
}

/**
 * Flattens zod issues. A union that failed reports, for each branch, why; the branch with the
 * fewest complaints is the one the author meant, so only its issues are kept.
 */
const flatten = (issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): { path: string; message: string }[] =>
  issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const branches = issue.errors.map((e) => flatten(e, path));
      const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
      if (best.length > 0) return best;
    }
    return [{ path: path.map(String).join("."), message: issue.message }];
  });

const parseYaml = (text: string, file: string): { value: unknown; problems: RuleFileProblem[] } => {
  try {
    return { value: parse(text, { prettyErrors: true }), problems: [] };
  } catch (e) {
    return { value: undefined, problems: [{ file, path: "", message: `YAML: ${e instanceof Error ? e.message : String(e)}` }] };
  }
};

/** Parses and checks one rule-set file's text; problems instead of an exception. */
export const checkRuleSetText = (text: string, file: string): { def?: RuleSetDef; problems: RuleFileProblem[] } => {
  const yaml = parseYaml(text, file);
  if (yaml.problems.length > 0) return { problems: yaml.problems };
  const parsed = ruleSetSchema.safeParse(yaml.value);
  if (!parsed.success) return { problems: flatten(parsed.error.issues).map((p) => ({ file, ...p })) };
  const problems = validateRuleSet(parsed.data).map((p) => ({ file, ...p }));
  return problems.length > 0 ? { problems } : { def: parsed.data, problems };
};

/** Parses one rule-set file; throws RuleFileError listing its problems. */
export const parseRuleSet = (text: string, file = "(text)"): RuleSetDef => {
  const { def, problems } = checkRuleSetText(text, file);
  if (!def) throw new RuleFileError(problems);
  return def;
};

/** Parses a jurisdiction overlay (apply it with applyOverlay of @parkpilot/core). */
export const parseOverlay = (text: string, file = "(text)"): RuleSetOverlay => {
  const yaml = parseYaml(text, file);
  if (yaml.problems.length > 0) throw new RuleFileError(yaml.problems);
  const parsed = overlaySchema.safeParse(yaml.value);
  if (!parsed.success) throw new RuleFileError(flatten(parsed.error.issues).map((p) => ({ file, ...p })));
  return parsed.data;
};

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith(".yaml") ? [join(dir, e.name)] : []))
    .sort();

/**
 * Reads and checks every rule-set file under `dir` (default: the shipped sets). Also checks that
 * each file sits at <id>/<version>.yaml and that no two versions of an id are in force at once.
 * Throws RuleFileError listing file, path and problem for everything wrong.
 */
export const loadRuleSets = (dir: string = RULE_SETS_DIR): RuleSetDef[] => {
  const problems: RuleFileProblem[] = [];
  const defs: RuleSetDef[] = [];
  for (const path of yamlFiles(dir)) {
    const file = relative(dir, path);
    const { def, problems: found } = checkRuleSetText(readFileSync(path, "utf8"), file);
    problems.push(...found);
    if (!def) continue;
    const [folder, version] = [basename(dirname(path)), basename(path, ".yaml")];
    if (folder !== def.id) problems.push({ file, path: "id", message: `id "${def.id}" but the file is in folder "${folder}"` });
    if (version !== def.version) problems.push({ file, path: "version", message: `version "${def.version}" but the file is named "${version}.yaml"` });
    defs.push(def);
  }
  for (const [a, b] of overlappingVersions(defs)) {
    problems.push({ file: `${a.id}/${b.version}.yaml`, path: "effective_from", message: `in force at the same time as version ${a.version}` });
  }
  if (problems.length > 0) throw new RuleFileError(problems);
  return defs;
};
