import { Skeleton, Statistic, Tooltip, Typography } from "antd";
import { ArrowDownOutlined, ArrowUpOutlined } from "@ant-design/icons";
import type { ReactNode } from "react";
import styles from "./KpiCard.module.css";

interface KpiCardProps {
  readonly title: string;
  /** Formatted number without unit. */
  readonly value: string;
  readonly unit?: string;
  /** Formatted year-on-year change, e.g. "+3.2%"; omitted when not meaningful. */
  readonly change?: { text: string; direction: "up" | "down" | "flat" | "unknown"; label: string; hint?: string } | undefined;
  readonly footnote?: ReactNode;
  readonly help?: string;
  readonly loading?: boolean;
  readonly testId?: string;
}

/** A headline figure with its unit and year-on-year change. */
export const KpiCard = ({ title, value, unit, change, footnote, help, loading = false, testId }: KpiCardProps) => (
  <div className={styles.card} data-testid={testId}>
    {loading ? (
      <Skeleton active paragraph={{ rows: 1 }} title={false} />
    ) : (
      <>
    <Statistic
      title={help ? <Tooltip title={help}>{title}</Tooltip> : title}
      value={value}
      suffix={unit ? <span className={styles.unit}>{unit}</span> : undefined}
    />
    <div className={styles.footer}>
      {change && (
        <Typography.Text
          className={styles.change}
          type={change.direction === "up" ? "success" : change.direction === "down" ? "danger" : "secondary"}
          aria-label={`${change.hint ?? change.label} ${change.text}`}
          title={change.hint}
        >
          {change.label} {change.direction === "up" && <ArrowUpOutlined aria-hidden />}
          {change.direction === "down" && <ArrowDownOutlined aria-hidden />} {change.text}
        </Typography.Text>
      )}
      {footnote && <Typography.Text type="secondary">{footnote}</Typography.Text>}
    </div>
      </>
    )}
  </div>
);
