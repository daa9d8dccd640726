import { useTranslation } from "react-i18next";
import { KpiCard } from "../../../components/KpiCard";
import { formatNumber, unitLabel } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { kpiChange, kpiParts } from "../../../lib/kpi-format";
import type { KpiTotals, RankableKpi } from "../../../lib/kpis";
import styles from "./OverviewPage.module.css";

interface HeadlineCardsProps {
  readonly totals: KpiTotals;
  readonly previous: KpiTotals | null;
  readonly year: number;
}

const MONEY_AND_RATIOS: readonly RankableKpi[] = ["industrialOutput", "taxPaid", "valueAdded", "taxPerMu", "rdIntensity"];

/** Parks, enterprises, output, tax, value added, per-mu tax, R&D intensity, with year-on-year change. */
export const HeadlineCards = ({ totals, previous, year }: HeadlineCardsProps) => {
  const { t } = useTranslation();
  const lang = useLang();
  const yoyLabel = t("overview.yoy");
  const yoyHint = t("overview.yoyLong", { year: year - 1 });
  return (
    <section className={styles.cards} aria-label={t("overview.headline")} data-testid="headline-cards">
      <KpiCard
        title={t("overview.cards.parks")}
        value={formatNumber(totals.parks, lang)}
        unit={unitLabel("个", lang) || undefined}
        footnote={t("overview.cards.parksWithData", { n: totals.parksWithData })}
        testId="card-parks"
      />
      <KpiCard
        title={t("overview.cards.enterprises")}
        value={formatNumber(totals.enterprises, lang)}
        unit={unitLabel("家", lang)}
        footnote={t("overview.cards.reporting", { n: formatNumber(totals.reporting, lang) })}
        testId="card-enterprises"
      />
      {MONEY_AND_RATIOS.map((key) => {
        const parts = kpiParts(key, totals[key], lang);
        const change = previous ? kpiChange(key, totals[key], previous[key], lang) : undefined;
        return (
          <KpiCard
            key={key}
            title={t(`kpi.${key}`)}
            help={t(`kpiHelp.${key}`)}
            value={parts.value}
            unit={parts.unit}
            change={change && { ...change, label: yoyLabel, hint: yoyHint }}
            testId={`card-${key}`}
          />
        );
      })}
    </section>
  );
};
