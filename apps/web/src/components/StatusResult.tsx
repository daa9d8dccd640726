import type { ReactNode } from "react";
import { Flex, Typography } from "antd";
import { CloseCircleOutlined, ExclamationCircleOutlined, LockOutlined, QuestionCircleOutlined } from "@ant-design/icons";

export type ResultKind = "forbidden" | "notFound" | "error" | "warning";

const ICONS: Record<ResultKind, ReactNode> = {
  forbidden: <LockOutlined style={{ color: "#faad14" }} />,
  notFound: <QuestionCircleOutlined style={{ color: "#1677ff" }} />,
  error: <CloseCircleOutlined style={{ color: "#cf1322" }} />,
  warning: <ExclamationCircleOutlined style={{ color: "#faad14" }} />,
};

/**
 * A whole-page outcome (refused, not found, failed) with what to do next. Lighter than antd's
 * Result, whose illustrations weigh ≈ 12 KB gzipped in the app shell.
 */
export const StatusResult = ({ kind, title, hint, actions, children }: { kind: ResultKind; title: string; hint: string; actions?: ReactNode; children?: ReactNode }) => (
  <Flex vertical align="center" gap={8} style={{ padding: "48px 16px", textAlign: "center" }} role="alert" data-testid="error-state" data-kind={kind}>
    <div style={{ fontSize: 56, lineHeight: 1 }} aria-hidden>
      {ICONS[kind]}
    </div>
    <Typography.Title level={4} style={{ margin: "8px 0 0" }}>
      {title}
    </Typography.Title>
    <Typography.Text type="secondary">{hint}</Typography.Text>
    {children}
    {actions && (
      <Flex gap={8} style={{ marginTop: 12 }}>
        {actions}
      </Flex>
    )}
  </Flex>
);
