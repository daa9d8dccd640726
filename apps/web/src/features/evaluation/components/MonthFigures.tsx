import { Statistic } from "antd";
import type { TMonthFigures } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { formatNumber, formatSignedPercent } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { isStock, monthQuantity, type MonitoringField } from "../monitoring-format";
import styles from "./Monitoring.module.css";

/** A month's figures of a field: value, year-on-year, month-on-month, cumulative and its growth, who reported. */
export const MonthFigures = ({ month, field }: { month: TMonthFigures; field: MonitoringField }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const m = Number(month.period.slice(5));
  const items: { key: string; title: string; value: string }[] = [
    { key: "value", title: `${t("evaluation.monitoring.value")} ${month.period}`, value: monthQuantity(month.value, field, lang) },
    { key: "yoy", title: t("evaluation.monitoring.yoy"), value: formatSignedPercent(month.yoy, lang) },
    { key: "mom", title: t("evaluation.monitoring.mom"), value: formatSignedPercent(month.mom, lang) },
    { key: "ytd", title: t(isStock(field) ? "evaluation.monitoring.ytdAverage" : "evaluation.monitoring.ytd", { m }), value: monthQuantity(month.ytd, field, lang) },
    { key: "ytdYoy", title: t("evaluation.monitoring.ytdYoy"), value: formatSignedPercent(month.ytdYoy, lang) },
    {
      key: "coverage",
      title: t("evaluation.monitoring.coverage"),
      value: month.reporting === null ? "—" : t("evaluation.monitoring.coverageOf", { n: formatNumber(month.reporting, lang), of: month.population === null ? "—" : formatNumber(month.population, lang) }),
    },
  ];
  return (
    <div className={styles.figures} data-testid="monitoring-figures">
      {items.map((i) => (
        <div key={i.key} data-testid={`monitoring-figure-${i.key}`}>
          <Statistic title={i.title} value={i.value} valueStyle={{ fontSize: 18 }} />
        </div>
      ))}
    </div>
  );
};
