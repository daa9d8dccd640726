import type { ReactNode } from "react";
import { Tag } from "antd";
import type { TParkDashboard, TUnresolvedAlertCounts } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatNumber } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { alertsPageHref, type AlertStatusFilter } from "../alerts-query";
import { SEVERITIES, SEVERITY_COLOURS, type Severity } from "../text";
import styles from "./Monitoring.module.css";

/** The columns: not yet acknowledged, acknowledged, and the two together. */
const STATES = ["open", "acknowledged", "unresolved"] as const satisfies readonly (keyof TUnresolvedAlertCounts & AlertStatusFilter)[];

/**
 * A park's unresolved alerts by state (open: not yet acknowledged; acknowledged: being handled)
 * and severity; every count leads to exactly those alerts in the inbox, filtered by the park.
 */
export const UnresolvedAlerts = ({ parkId, alerts }: { parkId: number; alerts: TParkDashboard["alerts"] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const row = (counts: TUnresolvedAlertCounts, severity: Severity | undefined, label: ReactNode, testId: string) => (
    <tr key={testId} data-testid={testId}>
      <th scope="row">{label}</th>
      {STATES.map((status) => (
        <td key={status} data-testid={`${testId}-${status}`}>
          <Link to={alertsPageHref({ park: parkId, status, ...(severity ? { severity } : {}) })}>{formatNumber(counts[status], lang)}</Link>
        </td>
      ))}
    </tr>
  );
  return (
    <div className={styles.block} data-testid="monitoring-alerts">
      <h3 className={styles.blockTitle}>
        {t("evaluation.monitoring.alerts")} · {t("evaluation.monitoring.alertsTotal", { n: formatNumber(alerts.unresolved, lang), count: alerts.unresolved })}
      </h3>
      <table className={styles.counts} aria-label={t("evaluation.monitoring.alertsTable")}>
        <thead>
          <tr>
            <th scope="col">{t("evaluation.alerts.severityLabel")}</th>
            {STATES.map((s) => (
              <th scope="col" key={s}>
                {s === "unresolved" ? t("evaluation.alerts.unresolved") : t(`evaluation.alerts.status.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SEVERITIES.map((s) =>
            row(alerts.bySeverity[s], s, <Tag color={alerts.bySeverity[s].unresolved > 0 ? SEVERITY_COLOURS[s] : "default"}>{t(`evaluation.alerts.severity.${s}`)}</Tag>, `monitoring-alerts-${s}`),
          )}
          {row(alerts, undefined, t("evaluation.monitoring.alertsAllSeverities"), "monitoring-alerts-all")}
        </tbody>
      </table>
      <div className={styles.note}>{t("evaluation.monitoring.alertsHelp")}</div>
      <Link to={alertsPageHref({ park: parkId, status: "unresolved" })} data-testid="monitoring-alerts-link">
        {t("evaluation.monitoring.alertsLink")}
      </Link>
    </div>
  );
};
