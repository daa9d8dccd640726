import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Panel } from "../../../components/Panel";
import { ErrorState } from "../../../components/ErrorState";
import { PageHeader } from "../../../components/PageHeader";
import { PageLoading } from "../../../components/PageLoading";
import { NotFoundPage } from "../../../components/NotFoundPage";
import { useLang } from "../../../lib/i18n";
import { EnterpriseTable } from "../../enterprises/components/EnterpriseTable";
import { useMe } from "../../auth/hooks/useMe";
import { usePark } from "../hooks/useParks";
import { parkKindLabel } from "../park-kind";
import { IndustryMixChart } from "./IndustryMixChart";
import { ParkKpiCards } from "./ParkKpiCards";
import { ParkProfile } from "./ParkProfile";
import { ParkTrendCharts } from "./ParkTrendCharts";
import styles from "./ParkPage.module.css";

/**
 * One park: catalogue profile and leading industries, KPIs, 36-month trends, industry mix and
 * its enterprises. A park outside the user's scope is "not found" (the API says so) and
 * nothing of it is shown.
 */
export const ParkPage = ({ id }: { id: number }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const park = usePark(id);
  const me = useMe().data;
  // Enterprise users may see the profile of their own park; its figures are for park and province staff.
  const profileOnly = me?.scope.kind === "enterprise";
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  if (park.isPending) return <PageLoading />;
  if (park.isError) return <ErrorState error={park.error} onRetry={() => void park.refetch()} page />;
  const p = park.data;
  const latestYear = p.kpiHistory.at(-1)?.year;
  const industryOptions = [...new Map(p.leadingIndustries.flatMap((l) => l.industryCodes.map((c, i) => [c, `${c} ${l.industryNames[i] ?? ""}`] as const))).entries()].map(
    ([value, label]) => ({ value, label }),
  );
  return (
    <div data-testid="park-page">
      <PageHeader
        title={p.name}
        tags={
          <>
            <Tag color={p.level === "national" ? "gold" : "blue"}>{t(`parkLevel.${p.level}`)}</Tag>
            <Tag>{parkKindLabel(p, lang, t)}</Tag>
          </>
        }
        subtitle={profileOnly ? parkKindLabel(p, lang, t) : latestYear ? t("park.kpisOfYear", { year: latestYear }) : t("park.noKpis")}
      />
      {profileOnly ? (
        <Panel title={t("park.profile")} className={styles.section}>
          <ParkProfile park={p} />
        </Panel>
      ) : (
        <>
          <ParkKpiCards history={p.kpiHistory} />
          <div className={styles.grid}>
            <Panel title={t("park.profile")}>
              <ParkProfile park={p} />
            </Panel>
            <Panel title={t("park.mix.title")}>
              <IndustryMixChart parkId={p.id} year={latestYear} />
            </Panel>
          </div>
          <Panel title={t("park.trend.title")} className={styles.section}>
            <ParkTrendCharts parkId={p.id} />
          </Panel>
          <Panel title={t("park.enterprises")} className={styles.section}>
            <EnterpriseTable parkId={p.id} industryOptions={industryOptions} exportName={p.name} />
          </Panel>
        </>
      )}
    </div>
  );
};
