import { Segmented, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { PageLoading } from "../../../components/PageLoading";
import { Panel } from "../../../components/Panel";
import { useParkMonitoring } from "../hooks/useMonitoring";
import { MONITORING_FIELDS, type MonitoringField } from "../monitoring-format";
import { IndustryMonthTable } from "./IndustryMonthTable";
import { MonitoringChart } from "./MonitoringChart";
import { MonthFigures } from "./MonthFigures";
import styles from "./Monitoring.module.css";

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const BY_INDUSTRY: ReadonlySet<MonitoringField> = new Set(["output", "revenue"]);

interface MonthlyPanelProps {
  readonly parkId: number;
  readonly field: MonitoringField;
  /** The month chosen in the address (YYYY-MM); the latest when absent. */
  readonly period: string | undefined;
  readonly onChange: (patch: { field?: MonitoringField | undefined; period?: string | undefined }) => void;
}

/**
 * Monthly monitoring of a field: the latest 36 months as a chart, a month chosen from them (in
 * the list or by clicking its bar) with its figures, and for output and revenue the month's
 * industries.
 */
export const MonthlyPanel = ({ parkId, field, period, onChange }: MonthlyPanelProps) => {
  const { t } = useTranslation();
  const asked = period && PERIOD.test(period) ? period : undefined;
  const latest = useParkMonitoring(parkId, field, undefined);
  const chosen = useParkMonitoring(parkId, field, asked);
  const series = latest.data?.series ?? [];
  const latestPeriod = latest.data?.period ?? null;
  const shown = chosen.data?.period ?? latestPeriod;
  const periods = [...new Set([...(asked ? [asked] : []), ...series.map((p) => p.period)])].sort().reverse();
  const month = chosen.data?.series.at(-1);
  const choose = (p: string) => onChange({ period: p === latestPeriod ? undefined : p });

  return (
    <Panel
      title={t("evaluation.monitoring.trend")}
      extra={
        <div className={styles.toolbar}>
          <Segmented<MonitoringField>
            aria-label={t("evaluation.monitoring.field")}
            value={field}
            onChange={(f) => onChange({ field: f === "output" ? undefined : f })}
            options={MONITORING_FIELDS.map((f) => ({ value: f.key, label: t(`evaluation.monitoring.fields.${f.key}`) }))}
            data-testid="monitoring-field"
          />
          <Select<string>
            showSearch
            style={{ width: 120 }}
            aria-label={t("evaluation.monitoring.period")}
            value={shown ?? undefined}
            disabled={periods.length === 0}
            onChange={choose}
            options={periods.map((p) => ({ value: p, label: p }))}
          />
        </div>
      }
      testId="monitoring-monthly"
    >
      {latest.error ? (
        <ErrorState error={latest.error} onRetry={() => void latest.refetch()} />
      ) : !latest.data ? (
        <PageLoading />
      ) : latestPeriod === null || series.every((p) => p.value === null) ? (
        <Typography.Text type="secondary">{t("evaluation.monitoring.noSeries")}</Typography.Text>
      ) : (
        <>
          <MonitoringChart series={series} field={latest.data.field} chosen={shown} onChoose={choose} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t("evaluation.monitoring.chartRange", { from: series[0]?.period, to: latestPeriod })}
          </Typography.Text>
          {chosen.error ? (
            <ErrorState error={chosen.error} onRetry={() => void chosen.refetch()} />
          ) : !chosen.data || !month ? (
            <PageLoading />
          ) : (
            <>
              <MonthFigures month={month} field={chosen.data.field} />
              <h3 className={styles.blockTitle} data-testid="monitoring-industries-title">
                {t("evaluation.monitoring.industries", { period: month.period })}
              </h3>
              <div data-testid="monitoring-industries">
                {!BY_INDUSTRY.has(chosen.data.field) ? (
                  <Typography.Text type="secondary">{t("evaluation.monitoring.industriesOnly")}</Typography.Text>
                ) : chosen.data.industries.length === 0 ? (
                  <Typography.Text type="secondary">{t("evaluation.monitoring.industriesNone")}</Typography.Text>
                ) : (
                  <IndustryMonthTable rows={chosen.data.industries} field={chosen.data.field} period={month.period} />
                )}
              </div>
            </>
          )}
        </>
      )}
    </Panel>
  );
};
