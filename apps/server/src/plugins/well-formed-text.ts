import type { FastifyInstance } from "fastify";
import { validationError, type FieldIssue } from "@parkpilot/services";

/**
 * Text PostgreSQL cannot store is refused at the edge, for every route in one place: a NUL
 * character (text columns refuse it) and a lone UTF-16 surrogate (not Unicode; json refuses it).
 * Without this, such a string in any free-text field reached the database and failed there as
 * an internal error. Path, query string and JSON body are checked before schema validation;
 * uploaded files are checked by the import itself, row by row.
 */
const MAX_ISSUES = 20;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What makes a text unstorable, or null when it is fine. */
export const textProblem = (text: string): string | null => {
  if (text.includes("\u0000")) return "must not contain a NUL character (U+0000)";
  if (LONE_SURROGATE.test(text)) return "must be well-formed Unicode (it contains a lone surrogate)";
  return null;
};

const collect = (value: unknown, path: string, issues: FieldIssue[]): void => {
  if (issues.length >= MAX_ISSUES) return;
  if (typeof value === "string") {
    const message = textProblem(value);
    if (message) issues.push({ path, message });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, `${path}.${i}`, issues));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) issues.push({ path: `${path}.${key}`, message: `the name ${keyProblem}` });
      collect(item, `${path}.${key}`, issues);
    }
  }
};

export const registerWellFormedText = (app: FastifyInstance): void => {
  app.addHook("preValidation", async (request) => {
    const issues: FieldIssue[] = [];
    collect(request.params, "params", issues);
    collect(request.query, "querystring", issues);
    collect(request.body, "body", issues);
    if (issues.length > 0) throw validationError("Invalid text in the request", issues);
  });
};
