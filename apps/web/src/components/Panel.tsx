import type { ReactNode } from "react";
import styles from "./Panel.module.css";

interface PanelProps {
  readonly title?: ReactNode;
  readonly extra?: ReactNode;
  readonly children: ReactNode;
  readonly className?: string;
  readonly testId?: string;
}

/**
 * A titled white box. antd's Card would do, but it pulls in Tabs (≈ 20 KB gzipped) on every
 * page, and the overview's JavaScript budget is 500 KB.
 */
export const Panel = ({ title, extra, children, className, testId }: PanelProps) => (
  <section className={`${styles.panel} ${className ?? ""}`} data-testid={testId}>
    {(title || extra) && (
      <header className={styles.header}>
        {title && <h2 className={styles.title}>{title}</h2>}
        {extra && <div className={styles.extra}>{extra}</div>}
      </header>
    )}
    <div className={styles.body}>{children}</div>
  </section>
);
