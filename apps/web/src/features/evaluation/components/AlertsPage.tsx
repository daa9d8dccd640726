import { useState } from "react";
import { Select, Table, Tag } from "antd";
import type { TAlertSummary, TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { Panel } from "../../../components/Panel";
import { formatDateTime } from "../../../lib/format";
import { pickText, useLang } from "../../../lib/i18n";
import { toInt, useSearchState } from "../../../lib/use-search-state";
import { ParkFilterSelect } from "../../parks/components/ParkFilterSelect";
import { ALERT_STATUS_FILTERS, alertStatusFilter, DEFAULT_ALERT_STATUS } from "../alerts-query";
import { useAlerts } from "../hooks/useEvaluation";
import { SEVERITIES, SEVERITY_COLOURS, type AlertStatus, type Severity } from "../text";
import { AlertDrawer } from "./AlertDrawer";
import { EvaluationShell } from "./EvaluationShell";
import { RecomputeButton } from "./RecomputeButton";

const KEYS = ["status", "severity", "park", "page"] as const;

/**
 * The alert inbox: open alerts by default, most severe and newest first; a row opens its evidence
 * and actions. The filters (status or unresolved, severity, and a province's park) live in the
 * address, so a link (the monitoring page's) lands on exactly the alerts it counts.
 */
export const AlertsPage = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [state, update] = useSearchState(KEYS);
  const status = alertStatusFilter(state.status);
  const province = me.scope.kind === "province";
  const parkId = province && state.park ? toInt(state.park, 0) || undefined : undefined;
  const page = toInt(state.page, 1);
  const q = useAlerts({ page, ...(status ? { status } : {}), ...(state.severity ? { severity: state.severity } : {}), ...(parkId ? { parkId } : {}) });
  const [open, setOpen] = useState<number | null>(null);

  return (
    <EvaluationShell
      me={me}
      section="alerts"
      extra={
        <>
          {province && <ParkFilterSelect value={parkId} onChange={(v) => update({ park: v ?? null })} />}
          <Select
            style={{ width: 130 }}
            value={status ?? "all"}
            onChange={(v: string) => update({ status: v === DEFAULT_ALERT_STATUS ? undefined : v })}
            options={[
              ...ALERT_STATUS_FILTERS.map((s) => ({ value: s, label: s === "unresolved" ? t("evaluation.alerts.unresolved") : t(`evaluation.alerts.status.${s}`) })),
              { value: "all", label: t("evaluation.alerts.all") },
            ]}
            aria-label={t("evaluation.alerts.statusLabel")}
            data-testid="alert-status-filter"
          />
          <Select
            allowClear
            style={{ width: 120 }}
            placeholder={t("evaluation.alerts.severityLabel")}
            aria-label={t("evaluation.alerts.severityLabel")}
            value={state.severity}
            onChange={(v?: string) => update({ severity: v })}
            options={SEVERITIES.map((s) => ({ value: s, label: t(`evaluation.alerts.severity.${s}`) }))}
          />
          {province && <RecomputeButton />}
        </>
      }
    >
      <Panel title={t("evaluation.alerts.inbox")} testId="alert-inbox">
        {q.error ? (
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        ) : (
          <Table<TAlertSummary>
            size="small"
            rowKey="id"
            loading={q.isFetching}
            dataSource={q.data?.items ?? []}
            onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: "pointer" } })}
            pagination={{ current: page, pageSize: 20, total: q.data?.total ?? 0, showSizeChanger: false, onChange: (p) => update({ page: p }) }}
            columns={[
              { title: t("evaluation.alerts.severityLabel"), dataIndex: "severity", width: 80, render: (s: Severity) => <Tag color={SEVERITY_COLOURS[s]}>{t(`evaluation.alerts.severity.${s}`)}</Tag> },
              { title: t("evaluation.alerts.period"), dataIndex: "period", width: 90 },
              { title: t("evaluation.alerts.inbox"), key: "title", render: (_: unknown, a: TAlertSummary) => <span title={pickText(a.ruleTitle, lang)}>{pickText(a.title, lang)}</span> },
              { title: t("evaluation.park"), dataIndex: "parkName", width: 200, render: (v: string | null) => v ?? "—" },
              { title: t("evaluation.alerts.owner"), dataIndex: "ownerName", width: 110, render: (v: string | null) => v ?? "—" },
              { title: t("evaluation.alerts.statusLabel"), dataIndex: "status", width: 90, render: (s: AlertStatus) => <Tag>{t(`evaluation.alerts.status.${s}`)}</Tag> },
              { title: t("evaluation.alerts.updated"), dataIndex: "updatedAt", width: 150, render: (v: string) => formatDateTime(v, lang) },
            ]}
          />
        )}
      </Panel>
      <AlertDrawer id={open} me={me} onClose={() => setOpen(null)} />
    </EvaluationShell>
  );
};
