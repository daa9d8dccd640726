/** State shared by the parts of the compiler while one rule set compiles. */
import type { CInput, CScore, Citation } from "../compiled";
import type { ParameterDef, RuleSetDef, SourceRef } from "../types";
import type { Problems } from "./problems";
import type { ProgramBuilder } from "./program";

export interface CompileEnv {
  readonly def: RuleSetDef;
  readonly b: ProgramBuilder;
  readonly problems: Problems;
  /** Compiled declared inputs by id. */
  readonly inputs: Map<string, CInput>;
  /** Facts copied into slots, by key (each copied once). */
  readonly factInputs: Map<string, CInput>;
  /** Inputs being compiled, to report cycles. */
  readonly inProgress: Set<string>;
  readonly usedInputs: Set<string>;
  readonly usedDocs: Set<string>;
  readonly usedParams: Set<string>;
  readonly reads: Set<string>;
  readonly ids: Set<string>;
  readonly named: Map<string, number>;
  /** Status slot of each distinct leaf condition already emitted (see nodes.ts reuse). */
  readonly cse: Map<string, number>;
  /** The rule set's score once compiled (at most one). */
  score: CScore | undefined;
}

const UNRESOLVED: Citation = { number: "?", title: "?", article: "?" };

/** Resolves a source against the rule set's documents, recording a problem when the key is unknown. */
export const cite = (env: CompileEnv, source: SourceRef, path: string): Citation => {
  const doc = env.def.documents[source.doc];
  if (!doc) {
    env.problems.add(path, `unknown document "${source.doc}" (declare it under documents)`);
    return UNRESOLVED;
  }
  env.usedDocs.add(source.doc);
  return { number: doc.number, title: doc.title, article: source.article, ...(doc.url ? { url: doc.url } : {}) };
};

/** A declared parameter, recording a problem when missing or of the wrong type. */
export const param = (env: CompileEnv, id: string, type: "number" | "boolean", path: string): ParameterDef | undefined => {
  const p = env.def.parameters?.[id];
  if (!p) {
    env.problems.add(path, `unknown parameter "${id}"`);
    return undefined;
  }
  if (typeof p.value !== type) {
    env.problems.add(path, `parameter "${id}" is a ${typeof p.value}, expected a ${type}`);
    return undefined;
  }
  env.usedParams.add(id);
  return p;
};

export const joinNotes = (...notes: (string | undefined)[]): string | undefined => {
  const present = notes.filter((n): n is string => n !== undefined && n !== "");
  return present.length === 0 ? undefined : [...new Set(present)].join(" ");
};
