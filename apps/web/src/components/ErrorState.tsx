import { Alert, Button } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { describeError, translateIssueMessage } from "../lib/errors";
import { StatusResult } from "./StatusResult";

interface ErrorStateProps {
  readonly error: unknown;
  readonly onRetry?: () => void;
  /** A whole page failed (big result) rather than one panel (inline alert). */
  readonly page?: boolean;
}

/**
 * An API error in plain language. A record outside the user's scope answers "not found" from
 * the API, so the page says "not found or not yours" and shows nothing of it.
 */
export const ErrorState = ({ error, onRetry, page = false }: ErrorStateProps) => {
  const { t } = useTranslation();
  const plain = describeError(error, t);
  const retry = onRetry && plain.code !== "not_found" && plain.code !== "forbidden" && (
    <Button onClick={onRetry}>{t("common.retry")}</Button>
  );
  const issues =
    plain.issues.length > 0 ? (
      <ul style={{ margin: "8px 0 0", paddingLeft: 20 }}>
        {plain.issues.slice(0, 10).map((issue, i) => (
          <li key={i}>{issue.path ? `${issue.path}: ` : ""}{translateIssueMessage(issue.message, t)}</li>
        ))}
      </ul>
    ) : null;

  if (page) {
    const kind = plain.code === "not_found" ? "notFound" : plain.code === "forbidden" ? "forbidden" : plain.status >= 500 || plain.status === 0 ? "error" : "warning";
    return (
      <StatusResult
        kind={kind}
        title={plain.title}
        hint={plain.hint}
        actions={
          <>
            {retry}
            <Link to="/">
              <Button type="primary">{t("common.backHome")}</Button>
            </Link>
          </>
        }
      >
        {issues}
      </StatusResult>
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={plain.title}
      description={
        <>
          {plain.hint}
          {issues}
        </>
      }
      action={retry || undefined}
      data-testid="error-state"
    />
  );
};
