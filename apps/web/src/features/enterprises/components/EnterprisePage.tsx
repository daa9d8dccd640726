import { useState } from "react";
import { Empty, message as antdMessage, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { monthsUpTo, reportingCalendar } from "@parkpilot/core";
import { Panel } from "../../../components/Panel";
import { ErrorState } from "../../../components/ErrorState";
import { GeneratedBadge } from "../../../components/GeneratedBadge";
import { NotFoundPage } from "../../../components/NotFoundPage";
import { PageHeader } from "../../../components/PageHeader";
import { PageLoading } from "../../../components/PageLoading";
import { useMe } from "../../auth/hooks/useMe";
import { useEnterprise, type EditGrain } from "../hooks/useEnterprises";
import { referencePeriod } from "../implausible-values";
import { AnnualChart } from "./AnnualChart";
import { AnnualTable } from "./AnnualTable";
import { EnterpriseIndicators } from "./EnterpriseIndicators";
import { EnterpriseProfile } from "./EnterpriseProfile";
import { IndicatorEditForm } from "./IndicatorEditForm";
import { MonthlyChart } from "./MonthlyChart";
import { PeriodToReport } from "./PeriodToReport";
import styles from "./EnterprisePage.module.css";

/**
 * One enterprise: profile, annual indicators (table and chart), monthly chart; every value
 * with its provenance. Its own users may report or correct a year, or a month, here.
 */
export const EnterprisePage = ({ id }: { id: number }) => {
  const { t } = useTranslation();
  const me = useMe().data;
  const enterprise = useEnterprise(id);
  const [editing, setEditing] = useState<EditGrain | null>(null);
  const [message, messageHolder] = antdMessage.useMessage();
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  if (enterprise.isPending) return <PageLoading />;
  if (enterprise.isError) return <ErrorState error={enterprise.error} onRetry={() => void enterprise.refetch()} page />;
  const e = enterprise.data;
  // Enterprise users report their own figures (the API also checks the scope on every write).
  const canEdit = me?.scope.kind === "enterprise" && me.scope.enterpriseId === e.id;
  const years = new Set(e.annual.map((r) => r.year));
  // Periods that have ended, as the API takes them (the calendar in China).
  const calendar = reportingCalendar(new Date());
  const missingYears = Array.from({ length: 5 }, (_, i) => calendar.maxYear - i).filter((y) => !years.has(y));
  const reportedMonths = new Set(e.monthly.map((m) => m.period));
  const editYear = (year: number) => setEditing({ kind: "annual", year });

  return (
    <div data-testid="enterprise-page">
      {messageHolder}
      <PageHeader
        title={e.name}
        tags={
          <>
            {e.isGenerated && <GeneratedBadge />}
            <Tag color={e.operatingStatus === "operating" ? "green" : "default"}>{t(`operatingStatus.${e.operatingStatus}`)}</Tag>
          </>
        }
        subtitle={`${t("enterprise.creditCode")}: ${e.creditCode}`}
      />
      <Panel title={t("enterprise.profile")} className={styles.section}>
        <EnterpriseProfile enterprise={e} canOpenPark={me?.scope.kind !== "enterprise"} />
      </Panel>
      <Panel
        title={t("enterprise.annual")}
        className={styles.section}
        extra={
          canEdit && missingYears.length > 0 ? (
            <PeriodToReport<number>
              label={t("enterprise.edit.yearToReport")}
              width={130}
              options={missingYears.map((y) => ({ value: y, label: t("common.yearN", { year: y }) }))}
              action={t("enterprise.edit.report")}
              onOpen={editYear}
            />
          ) : undefined
        }
      >
        {e.annual.length === 0 ? (
          <Empty description={t("enterprise.noAnnual")} />
        ) : (
          <>
            <AnnualChart annual={e.annual} />
            <AnnualTable annual={e.annual} onEdit={canEdit ? editYear : undefined} />
          </>
        )}
      </Panel>
      <EnterpriseIndicators enterpriseId={e.id} years={[...years]} className={styles.section} />
      <Panel
        title={t("enterprise.monthly")}
        className={styles.section}
        extra={
          canEdit ? (
            <PeriodToReport<string>
              label={t("enterprise.edit.monthToReport")}
              width={150}
              options={monthsUpTo(calendar.maxPeriod, 12).map((p) => ({ value: p, label: t(reportedMonths.has(p) ? "enterprise.edit.monthReported" : "enterprise.edit.monthMissing", { period: p }) }))}
              action={t("enterprise.edit.reportMonth")}
              onOpen={(period) => setEditing({ kind: "monthly", period })}
            />
          ) : undefined
        }
      >
        <MonthlyChart monthly={e.monthly} />
      </Panel>
      {editing !== null && (
        <IndicatorEditForm
          enterpriseId={e.id}
          grain={editing}
          record={editing.kind === "annual" ? e.annual.find((r) => r.year === editing.year) : e.monthly.find((m) => m.period === editing.period)}
          reference={referencePeriod(editing, e.annual, e.monthly, t)}
          onClose={() => setEditing(null)}
          onSaved={(text) => void message.success(text)}
        />
      )}
    </div>
  );
};
