import { Tag } from "antd";
import type { TIndicatorMeta, TIndicatorValue } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { KpiCard } from "../../../components/KpiCard";
import { pickText, useLang } from "../../../lib/i18n";
import { useIndicatorCatalogue } from "../hooks/useEvaluation";
import { completeness, countBasis, indicatorFigureParts, RATING_COLOURS, shownRating } from "../indicator-format";
import styles from "./Monitoring.module.css";
import { UnknownReasonText } from "./UnknownReasonText";

const NO_UNIT = { zh: "", en: "" };

/** One headline indicator: value and unit (or why it is unknown, as the API says), its rating, the province median, and who reported. */
const HeadlineCard = ({ v, meta, loading }: { v: TIndicatorValue; meta: TIndicatorMeta | undefined; loading: boolean }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const unit = meta?.unit ?? NO_UNIT;
  const own = indicatorFigureParts(v.value, unit, lang);
  const median = indicatorFigureParts(v.provinceMedian, unit, lang);
  const rating = shownRating(v.rating, meta);
  const counted = completeness(v, countBasis(meta));
  return (
    <KpiCard
      title={meta ? pickText(meta.name, lang) : v.key}
      help={meta ? pickText(meta.formulaText, lang) : undefined}
      value={own.value}
      unit={own.unit || undefined}
      testId={`headline-${v.key}`}
      loading={loading}
      footnote={
        <>
          <Tag color={RATING_COLOURS[rating]} data-testid="headline-rating">
            {t(`evaluation.indicators.ratings.${rating}`)}
          </Tag>
          {v.value === null && v.unknown && <UnknownReasonText reason={v.unknown} className={styles.unknownReason} testId="headline-unknown" />}
          {counted && <span data-testid="headline-reporting">{t(`evaluation.indicators.completenessOf.${counted.kind}`, { n: counted.n, of: counted.of ?? 0, count: counted.n })}</span>}
          <span data-testid="headline-median" style={{ display: "block" }}>
            {v.provinceMedian === null
              ? t("evaluation.monitoring.medianNone")
              : `${t("evaluation.monitoring.median", { v: `${median.value} ${median.unit}`.trim() })} · ${t("evaluation.monitoring.medianParks", { n: v.provinceParks, count: v.provinceParks })}`}
          </span>
        </>
      }
    />
  );
};

/** The dashboard's headline indicators as cards, named and unit-labelled from the catalogue. */
export const HeadlineIndicatorCards = ({ values }: { values: readonly TIndicatorValue[] }) => {
  const catalogue = useIndicatorCatalogue();
  const byKey = new Map((catalogue.data?.indicators ?? []).map((m) => [m.key, m]));
  return (
    <div className={styles.cards} data-testid="headline-cards">
      {values.map((v) => (
        <HeadlineCard key={v.key} v={v} meta={byKey.get(v.key)} loading={catalogue.isPending} />
      ))}
    </div>
  );
};
