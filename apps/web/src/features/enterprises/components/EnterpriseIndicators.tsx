import { useState } from "react";
import { Empty, Select, Table, Typography } from "antd";
import type { TEnterpriseIndicators, TIndicatorMeta } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { PageLoading } from "../../../components/PageLoading";
import { Panel } from "../../../components/Panel";
import { pickText, useLang } from "../../../lib/i18n";
import { useEnterpriseIndicators, useIndicatorCatalogue } from "../../evaluation/hooks/useEvaluation";
import { indicatorFigure } from "../../evaluation/indicator-format";

type Value = TEnterpriseIndicators["values"][number];
type Row = Value & { readonly meta: TIndicatorMeta | undefined };

const NO_UNIT = { zh: "", en: "" };

/**
 * An enterprise's catalogue indicators for a year (per-mu, per-tce, per-employee …), named and in
 * units as the catalogue has them; an unknown value says why (which figure was not reported).
 * Whoever may see the enterprise sees these; the API refuses anyone else.
 */
export const EnterpriseIndicators = ({ enterpriseId, years, className }: { enterpriseId: number; years: readonly number[]; className?: string }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [year, setYear] = useState<number | undefined>(undefined);
  const catalogue = useIndicatorCatalogue();
  const values = useEnterpriseIndicators(enterpriseId, year);
  const error = catalogue.error ?? values.error;
  const byKey = new Map((catalogue.data?.indicators ?? []).map((m) => [m.key, m]));
  const rows: Row[] = (values.data?.values ?? []).map((v) => ({ ...v, meta: byKey.get(v.key) }));
  const choices = [...new Set(years)].sort((a, b) => b - a);
  const shownYear = values.data?.year ?? null;

  return (
    <Panel
      title={shownYear === null ? t("enterprise.indicators.title") : t("enterprise.indicators.titleOfYear", { year: shownYear })}
      className={className}
      testId="enterprise-indicators"
      extra={
        choices.length > 0 && (
          <Select<number | "latest">
            value={year ?? "latest"}
            style={{ width: 130 }}
            aria-label={t("enterprise.indicators.year")}
            onChange={(v) => setYear(v === "latest" ? undefined : v)}
            options={[{ value: "latest" as const, label: t("enterprise.indicators.latestYear") }, ...choices.map((y) => ({ value: y, label: t("common.yearN", { year: y }) }))]}
          />
        )
      }
    >
      {error ? (
        <ErrorState
          error={error}
          onRetry={() => {
            void catalogue.refetch();
            void values.refetch();
          }}
        />
      ) : !values.data || !catalogue.data ? (
        <PageLoading />
      ) : rows.length === 0 ? (
        <Empty description={t("enterprise.indicators.none")} />
      ) : (
        <Table<Row>
          size="small"
          rowKey="key"
          pagination={false}
          loading={values.isFetching}
          dataSource={rows}
          columns={[
            {
              title: t("enterprise.indicators.name"),
              key: "name",
              className: "indicator-name",
              render: (_: unknown, r: Row) => (
                <>
                  <div>{r.meta ? pickText(r.meta.name, lang) : r.key}</div>
                  {r.meta && <Typography.Text type="secondary">{pickText(r.meta.formulaText, lang)}</Typography.Text>}
                </>
              ),
            },
            { title: t("enterprise.indicators.value"), key: "value", align: "right", width: 200, className: "indicator-value", render: (_: unknown, r: Row) => indicatorFigure(r.value, r.meta?.unit ?? NO_UNIT, lang) },
            {
              title: t("enterprise.indicators.reason"),
              key: "reason",
              className: "indicator-reason",
              render: (_: unknown, r: Row) => (r.value === null ? <Typography.Text type="warning">{r.missing ? pickText(r.missing, lang) : t("enterprise.indicators.unknown")}</Typography.Text> : null),
            },
          ]}
        />
      )}
    </Panel>
  );
};
