import type { TParkKpis } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { KpiCard } from "../../../components/KpiCard";
import { formatNumber, unitLabel } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { kpiChange, kpiParts } from "../../../lib/kpi-format";
import type { RankableKpi } from "../../../lib/kpis";
import styles from "./ParkPage.module.css";

const KEYS: readonly RankableKpi[] = ["industrialOutput", "revenue", "taxPaid", "valueAdded", "taxPerMu", "rdIntensity"];

/** The park's figures of its latest year with data, with the change on the year before. */
export const ParkKpiCards = ({ history }: { history: readonly TParkKpis[] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const latest = history.at(-1);
  if (!latest) return null;
  const previous = history.find((k) => k.year === latest.year - 1) ?? null;
  const yoyLabel = t("overview.yoy");
  const yoyHint = t("overview.yoyLong", { year: latest.year - 1 });
  return (
    <section className={styles.cards} aria-label={t("park.kpisOfYear", { year: latest.year })} data-testid="park-kpis">
      <KpiCard
        title={t("overview.cards.enterprises")}
        value={formatNumber(latest.enterprises, lang)}
        unit={unitLabel("家", lang)}
        footnote={t("overview.cards.reporting", { n: formatNumber(latest.reporting, lang) })}
      />
      {KEYS.map((key) => {
        const parts = kpiParts(key, latest[key], lang);
        const change = previous ? kpiChange(key, latest[key], previous[key], lang) : undefined;
        return (
          <KpiCard
            key={key}
            title={t(`kpi.${key}`)}
            help={t(`kpiHelp.${key}`)}
            value={parts.value}
            unit={parts.unit}
            change={change && { ...change, label: yoyLabel, hint: yoyHint }}
          />
        );
      })}
    </section>
  );
};
