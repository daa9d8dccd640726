import { Typography } from "antd";
import type { TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { PageLoading } from "../../../components/PageLoading";
import { toInt, useSearchState } from "../../../lib/use-search-state";
import { useEvaluatedPark } from "../hooks/useEvaluatedPark";
import { useParkDashboard } from "../hooks/useMonitoring";
import { monitoringField } from "../monitoring-format";
import { DashboardPanel } from "./DashboardPanel";
import { EvaluationParkSelect } from "./EvaluationParkSelect";
import { EvaluationShell } from "./EvaluationShell";
import { LeadingCheckPanel } from "./LeadingCheckPanel";
import { MonthlyPanel } from "./MonthlyPanel";
import styles from "./Monitoring.module.css";
import { RecomputeButton } from "./RecomputeButton";
import { YearSelect } from "./ScorecardPage";

const KEYS = ["year", "park", "field", "period"] as const;

/**
 * Economic monitoring of one park: its headline indicators against the province with the per-mu
 * classes and unresolved alerts, the monthly figures of a field with its industries, and the
 * "at most 3 leading industries" check. A province picks any of its parks (the top of the per-mu
 * ranking by default); a park account always sees its own park, whatever the address names.
 */
export const MonitoringPage = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const [state, update] = useSearchState(KEYS);
  const province = me.scope.kind === "province";
  const year = state.year ? toInt(state.year, 0) || undefined : undefined;
  const { parkId, ranking } = useEvaluatedPark(me, state.park, year);
  const dashboard = useParkDashboard(parkId, year);
  const d = dashboard.data;

  return (
    <EvaluationShell
      me={me}
      section="monitoring"
      extra={
        <>
          {province && <EvaluationParkSelect parks={ranking.data?.items} value={parkId} onChange={(v) => update({ park: v, period: undefined })} />}
          <YearSelect year={d?.year} value={year} onChange={(y) => update({ year: y })} />
          {province && <RecomputeButton />}
        </>
      }
    >
      {dashboard.error ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : ranking.error ? (
        <ErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />
      ) : !d || !parkId ? (
        parkId || ranking.isPending ? <PageLoading /> : <Typography.Text type="secondary">{t("evaluation.noData")}</Typography.Text>
      ) : (
        <div className={styles.stack} data-testid="monitoring" data-park-id={d.park.id}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="monitoring-park">
            {d.park.name}
          </Typography.Title>
          <DashboardPanel dashboard={d} />
          <MonthlyPanel parkId={parkId} field={monitoringField(state.field)} period={state.period} onChange={(patch) => update(patch)} />
          <LeadingCheckPanel parkId={parkId} year={year} />
        </div>
      )}
    </EvaluationShell>
  );
};
