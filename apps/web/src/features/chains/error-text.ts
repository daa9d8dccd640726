import type { FormInstance } from "antd";
import type { TFunction } from "i18next";
import { ApiError } from "../../lib/api";
import { describeError, translateIssueMessage } from "../../lib/errors";
import { placeFieldIssues } from "../../lib/form-issues";

/**
 * A failed chain action in one line: for a refused input (an illegal stage move, a missing
 * commitment) the server's own field messages, which say exactly what is wrong; otherwise the
 * plain-language title of the error.
 */
export const errorText = (error: unknown, t: TFunction): string => {
  if (error instanceof ApiError && error.issues.length > 0) return error.issues.map((i) => translateIssueMessage(i.message, t)).join("；");
  return describeError(error, t).title;
};

/**
 * A refused write of a form: the field issues of the API under the form's fields, anything else
 * (or the error itself when no field took an issue) in one message. `fieldKey` as placeFieldIssues
 * takes it, for a form whose fields are named otherwise than the API's paths.
 */
export const showFormError = <V>(form: FormInstance<V>, error: unknown, t: TFunction, show: (text: string) => void, fieldKey?: (path: string) => string): void => {
  const rest = placeFieldIssues(form, error, t, fieldKey);
  const placed = error instanceof ApiError && rest.length < error.issues.length;
  if (!placed) show(errorText(error, t));
  else if (rest.length > 0) show(rest.map((i) => translateIssueMessage(i.message, t)).join("；"));
};
