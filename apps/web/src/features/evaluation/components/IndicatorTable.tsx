import { Select, Space, Table, Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../lib/format";
import { pickText, useLang } from "../../../lib/i18n";
import { useOrientationName } from "../hooks/useOrientationName";
import { completeness, countBasis, countsNothing, indicatorFigure, RATING_COLOURS, shownRating } from "../indicator-format";
import { inOrientation, orientationCounts, type IndicatorRow } from "../indicator-rows";
import { IndicatorExplanation } from "./IndicatorExplanation";
import { UnknownReasonText } from "./UnknownReasonText";

const NO_UNIT = { zh: "", en: "" };

/**
 * A park's indicators: value in its unit (or why it is unknown, as the API says), rating,
 * completeness (or that it does not apply) and the province median, filtered by Guidance
 * orientation; a row opens the indicator's explanation.
 */
export const IndicatorTable = ({ rows, orientation, onOrientation, loading }: { rows: readonly IndicatorRow[]; orientation: number | undefined; onOrientation: (o: number | undefined) => void; loading: boolean }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const orientationName = useOrientationName();
  const shown = inOrientation(rows, orientation);
  return (
    <div data-testid="indicator-table">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<number | "all">
          style={{ width: 320 }}
          aria-label={t("evaluation.indicators.orientationFilter")}
          value={orientation ?? "all"}
          onChange={(v) => onOrientation(v === "all" ? undefined : v)}
          options={[
            { value: "all" as const, label: t("evaluation.indicators.allOrientations", { n: rows.length, count: rows.length }) },
            ...orientationCounts(rows).map((o) => ({ value: o.orientation, label: t("evaluation.indicators.orientationOption", { n: o.orientation, name: orientationName(o.orientation), count: o.count }) })),
          ]}
        />
        <Typography.Text type="secondary">{t("evaluation.indicators.explainHint")}</Typography.Text>
      </Space>
      <Table<IndicatorRow>
        size="small"
        rowKey="key"
        loading={loading}
        dataSource={shown}
        pagination={false}
        expandable={{ expandRowByClick: true, rowExpandable: (r) => r.meta !== undefined, expandedRowRender: (r) => r.meta && <IndicatorExplanation meta={r.meta} /> }}
        columns={[
          { title: t("evaluation.indicators.name"), key: "name", className: "indicator-name", render: (_: unknown, r: IndicatorRow) => (r.meta ? pickText(r.meta.name, lang) : r.key) },
          {
            title: t("evaluation.indicators.orientations"),
            key: "orientations",
            width: 150,
            render: (_: unknown, r: IndicatorRow) => (
              <Space size={2} wrap>
                {(r.meta?.orientations ?? []).map((o) => (
                  <Tooltip key={o} title={orientationName(o)}>
                    <Tag>{t("evaluation.indicators.orientationTag", { n: o })}</Tag>
                  </Tooltip>
                ))}
              </Space>
            ),
          },
          {
            title: t("evaluation.indicators.value"),
            key: "value",
            align: "right",
            className: "indicator-value",
            render: (_: unknown, r: IndicatorRow) => (
              <>
                <div>{indicatorFigure(r.value, r.meta?.unit ?? NO_UNIT, lang)}</div>
                {r.value === null && r.unknown && <UnknownReasonText reason={r.unknown} className="indicator-unknown" />}
              </>
            ),
          },
          {
            title: t("evaluation.indicators.rating"),
            key: "rating",
            width: 100,
            className: "indicator-rating",
            render: (_: unknown, r: IndicatorRow) => {
              const rating = shownRating(r.rating, r.meta);
              return <Tag color={RATING_COLOURS[rating]}>{t(`evaluation.indicators.ratings.${rating}`)}</Tag>;
            },
          },
          {
            title: t("evaluation.indicators.completeness"),
            key: "completeness",
            width: 170,
            className: "indicator-completeness",
            render: (_: unknown, r: IndicatorRow) => {
              const basis = countBasis(r.meta);
              if (countsNothing(basis)) return <Typography.Text type="secondary">{t("evaluation.indicators.completenessNone")}</Typography.Text>;
              const c = completeness(r, basis);
              return c ? t(`evaluation.indicators.completenessOf.${c.kind}`, { n: formatNumber(c.n, lang), of: formatNumber(c.of, lang), count: c.n }) : "—";
            },
          },
          {
            title: t("evaluation.indicators.median"),
            key: "median",
            align: "right",
            className: "indicator-median",
            render: (_: unknown, r: IndicatorRow) => (
              <>
                <div>{indicatorFigure(r.provinceMedian, r.meta?.unit ?? NO_UNIT, lang)}</div>
                <Typography.Text type="secondary">{t("evaluation.indicators.medianParks", { n: r.provinceParks, count: r.provinceParks })}</Typography.Text>
              </>
            ),
          },
        ]}
      />
    </div>
  );
};
