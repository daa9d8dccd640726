import type { TFunction } from "i18next";
import { describeError, translateIssueMessage } from "../../lib/errors";

/** One line for a message toast: the plain-language title and the first field problem or the hint. */
export const errorText = (error: unknown, t: TFunction): string => {
  const plain = describeError(error, t);
  const issue = plain.issues[0];
  return issue ? `${plain.title}：${issue.path ? `${issue.path} ` : ""}${translateIssueMessage(issue.message, t)}` : `${plain.title} ${plain.hint}`;
};
