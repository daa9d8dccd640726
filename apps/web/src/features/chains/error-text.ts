import type { TFunction } from "i18next";
import { ApiError } from "../../lib/api";
import { describeError, translateIssueMessage } from "../../lib/errors";

/**
 * A failed chain action in one line: for a refused input (an illegal stage move, a missing
 * commitment) the server's own field messages, which say exactly what is wrong; otherwise the
 * plain-language title of the error.
 */
export const errorText = (error: unknown, t: TFunction): string => {
  if (error instanceof ApiError && error.issues.length > 0) return error.issues.map((i) => translateIssueMessage(i.message, t)).join("；");
  return describeError(error, t).title;
};
