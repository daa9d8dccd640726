import { Space, Tag, Typography } from "antd";
import type { TParkDashboard } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { Panel } from "../../../components/Panel";
import { formatDateTime, formatMu, formatNumber, formatSignedPercent, labelColon, unitLabel } from "../../../lib/format";
import { pickText, useLang } from "../../../lib/i18n";
import { monthQuantity } from "../monitoring-format";
import { CLASS_COLOURS } from "../text";
import { HeadlineIndicatorCards } from "./HeadlineIndicatorCards";
import styles from "./Monitoring.module.css";
import { UnresolvedAlerts } from "./UnresolvedAlerts";

/** Enterprises and land (亩) per per-mu class. */
const ClassDistribution = ({ classes }: { classes: TParkDashboard["classes"] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className={styles.block} data-testid="monitoring-classes">
      <h3 className={styles.blockTitle}>{t("evaluation.monitoring.classes")}</h3>
      {classes.length === 0 ? (
        <Typography.Text type="secondary">{t("evaluation.monitoring.classesNone")}</Typography.Text>
      ) : (
        <Space direction="vertical" size={4}>
          {classes.map((c) => (
            <div key={c.class} data-testid={`monitoring-class-${c.class}`}>
              <Tag color={CLASS_COLOURS[c.class]}>{`${c.class} ${pickText(c.label, lang)}`}</Tag>
              <span>{`${formatNumber(c.enterprises, lang)} ${unitLabel("家", lang)} · ${formatMu(c.landMu, lang, 2)}`}</span>
            </div>
          ))}
        </Space>
      )}
    </div>
  );
};

/** The latest month's industrial output with its growth and cumulative figures. */
const LatestMonth = ({ month }: { month: TParkDashboard["month"] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  if (!month) {
    return (
      <div className={styles.block} data-testid="monitoring-latest">
        <Typography.Text type="secondary">{t("evaluation.monitoring.latestMonthNone")}</Typography.Text>
      </div>
    );
  }
  const m = Number(month.period.slice(5));
  const line = (label: string, value: string) => (
    <div>
      {label}
      {labelColon(lang)}
      {value}
    </div>
  );
  return (
    <div className={styles.block} data-testid="monitoring-latest">
      <h3 className={styles.blockTitle}>{t("evaluation.monitoring.latestMonth", { period: month.period })}</h3>
      {line(t("evaluation.monitoring.fields.output"), monthQuantity(month.value, "output", lang))}
      {line(t("evaluation.monitoring.yoy"), formatSignedPercent(month.yoy, lang))}
      {line(t("evaluation.monitoring.ytd", { m }), monthQuantity(month.ytd, "output", lang))}
      {line(t("evaluation.monitoring.ytdYoy"), formatSignedPercent(month.ytdYoy, lang))}
    </div>
  );
};

/** The park's dashboard: headline indicators, per-mu classes, unresolved alerts, the latest month, and when all of it was computed. */
export const DashboardPanel = ({ dashboard }: { dashboard: TParkDashboard }) => {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Panel
      title={`${t("evaluation.monitoring.headline")}${dashboard.year ? ` · ${t("evaluation.monitoring.headlineYear", { year: dashboard.year })}` : ""}`}
      extra={
        <Typography.Text type="secondary" data-testid="monitoring-computed-at">
          {dashboard.computedAt ? t("evaluation.monitoring.computedAt", { at: formatDateTime(dashboard.computedAt, lang) }) : t("evaluation.monitoring.notComputed")}
        </Typography.Text>
      }
      testId="monitoring-dashboard"
    >
      {dashboard.headline.length === 0 ? <Typography.Text type="secondary">{t("evaluation.noData")}</Typography.Text> : <HeadlineIndicatorCards values={dashboard.headline} />}
      <div className={styles.summary}>
        <ClassDistribution classes={dashboard.classes} />
        <UnresolvedAlerts parkId={dashboard.park.id} alerts={dashboard.alerts} />
        <LatestMonth month={dashboard.month} />
      </div>
    </Panel>
  );
};
