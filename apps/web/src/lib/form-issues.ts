import type { FormInstance } from "antd";
import type { TFunction } from "i18next";
import { ApiError, type ApiIssue } from "./api";
import { translateIssueMessage } from "./errors";

/** The API names a field "body.commitments.investment" (schema check) or "commitments.investment" (service check). */
const bodyFieldKey = (path: string): string => path.replace(/^body(\.|$)/, "");

/**
 * Puts the field issues of a refused write under the form's own fields (a form field named
 * ["commitments", "investment"] takes the issue of "commitments.investment") and returns the
 * issues no field of the form shows, for the caller to show elsewhere. `fieldKey` turns an issue's
 * path into the form's field name (by default the path without "body.").
 */
export const placeFieldIssues = <V>(form: FormInstance<V>, error: unknown, t: TFunction, fieldKey: (path: string) => string = bodyFieldKey): readonly ApiIssue[] => {
  if (!(error instanceof ApiError)) return [];
  const known = new Set(form.getFieldsError().map((f) => f.name.join(".")));
  const byField = new Map<string, string[]>();
  const rest: ApiIssue[] = [];
  for (const issue of error.issues) {
    const key = fieldKey(issue.path);
    if (known.has(key)) byField.set(key, [...(byField.get(key) ?? []), translateIssueMessage(issue.message, t)]);
    else rest.push(issue);
  }
  // The names are those of the form's own fields (read from it above).
  if (byField.size > 0) form.setFields([...byField].map(([key, errors]) => ({ name: key.split("."), errors }) as Parameters<FormInstance<V>["setFields"]>[0][number]));
  return rest;
};
