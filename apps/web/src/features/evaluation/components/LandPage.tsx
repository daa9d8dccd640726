import { useState } from "react";
import { Col, Drawer, InputNumber, Row, Select, Space, Statistic, Table, Tag, Typography } from "antd";
import type { TLandParkSummary, TMe, TParkRanking } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { GeneratedBadge } from "../../../components/GeneratedBadge";
import { PageLoading } from "../../../components/PageLoading";
import { Panel } from "../../../components/Panel";
import { formatNumber, inCustomaryUnit, labelColon } from "../../../lib/format";
import { pickText, useLang } from "../../../lib/i18n";
import { toInt, useSearchState } from "../../../lib/use-search-state";
import type { LandEnterpriseRow } from "../api";
import { useLandEnterprises, useLandExplanation, useLandSummary } from "../hooks/useEvaluation";
import { useEvaluatedPark } from "../hooks/useEvaluatedPark";
import { CLASS_COLOURS, figure, LAND_STATUSES, oneOf } from "../text";
import { CitationTag } from "./CitationTag";
import { EvaluationParkSelect } from "./EvaluationParkSelect";
import { EvaluationShell } from "./EvaluationShell";
import { LandExplanationView } from "./LandExplanationView";
import { LandMethodPanel } from "./LandMethodPanel";
import { RecomputeButton } from "./RecomputeButton";
import { YearSelect } from "./ScorecardPage";

const KEYS = ["year", "park", "class", "page", "target"] as const;
type Parcel = TLandParkSummary["inefficient"][number];
type RankRow = TParkRanking["items"][number];

/**
 * Per-mu evaluation of a park: class distribution with the land each class holds, the
 * inefficient-land list with holders, the plot-ratio what-if, and the enterprises ranked with
 * their explanations. A province also sees its parks ranked by output and tax per mu.
 */
export const LandPage = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [state, update] = useSearchState(KEYS);
  const province = me.scope.kind === "province";
  const year = state.year ? toInt(state.year, 0) || undefined : undefined;
  const { parkId, ranking } = useEvaluatedPark(me, state.park, year);
  const target = state.target ? Number(state.target) || 2 : 2;
  const summary = useLandSummary(parkId, target, year);
  const page = toInt(state.page, 1);
  const list = useLandEnterprises(parkId, { page, ...(state.class ? { class: state.class } : {}), ...(year ? { year } : {}) });
  const [open, setOpen] = useState<number | null>(null);
  const explanation = useLandExplanation(open, summary.data?.year ?? undefined);
  const s = summary.data;

  return (
    <EvaluationShell
      me={me}
      section="land"
      extra={
        <>
          {province && <EvaluationParkSelect parks={ranking.data?.items} value={parkId} onChange={(v) => update({ park: v })} />}
          <YearSelect year={s?.year} value={year} onChange={(y) => update({ year: y })} />
          {province && <RecomputeButton />}
        </>
      }
    >
      {summary.error ? (
        <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
      ) : !s ? (
        parkId ? <PageLoading /> : <Typography.Text type="secondary">{t("evaluation.noData")}</Typography.Text>
      ) : (
        <>
          {province && <LandMethodPanel />}
          <Row gutter={16}>
            <Col xs={24} lg={14}>
              <Panel title={t("evaluation.land.classes")} extra={s.ruleSet && <Space size={4}><span>{pickText(s.ruleSet.title, lang)}</span><CitationTag citation={s.ruleSet.citation} /></Space>} testId="land-classes">
                <Space size="large" wrap>
                  {s.classes.map((c) => (
                    <div key={c.class} data-testid={`land-class-${c.class}`}>
                      <Statistic title={<Tag color={CLASS_COLOURS[c.class]}>{`${c.class} ${pickText(c.label, lang)}`}</Tag>} value={c.enterprises} suffix={t("evaluation.land.enterprisesUnit")} />
                      <Typography.Text type="secondary">{`${figure(c.landMu, lang)} ${t("evaluation.land.mu")}`}</Typography.Text>
                    </div>
                  ))}
                </Space>
                <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }} data-testid="land-low-classes">
                  {t("evaluation.land.lowLand")}
                  {labelColon(lang)}
                  {figure(s.landHeldByLowClasses, lang)} / {figure(s.landClassified, lang)} {t("evaluation.land.mu")} ·{" "}
                  {t("evaluation.land.unclassified", { excluded: s.unclassified.excluded, out: s.unclassified.outOfScope, missing: s.unclassified.dataMissing })}
                </Typography.Paragraph>
              </Panel>
            </Col>
            <Col xs={24} lg={10}>
              <Panel title={t("evaluation.land.whatIf")} testId="land-what-if">
                <Space direction="vertical">
                  <span>
                    {t("evaluation.land.target")}{" "}
                    <InputNumber min={0.5} max={8} step={0.1} value={target} onChange={(v) => update({ target: v ?? undefined })} aria-label={t("evaluation.land.target")} />
                  </span>
                  <Statistic title={t("evaluation.land.extraFloor")} {...inCustomaryUnit(s.plotRatio.extraFloorM2, "平方米", lang)} />
                  <Statistic title={t("evaluation.land.projected")} {...inCustomaryUnit(s.plotRatio.projectedOutput, "万元", lang)} />
                  <Typography.Text type="secondary">
                    {s.plotRatio.medianOutputPerM2 !== null ? t("evaluation.land.medianOutput", { v: figure(s.plotRatio.medianOutputPerM2, lang), n: s.plotRatio.outputSample, count: s.plotRatio.outputSample }) : "—"}
                    {s.plotRatio.parcelsUnknown > 0 && ` · ${t("evaluation.land.parcelsUnknown", { n: s.plotRatio.parcelsUnknown, count: s.plotRatio.parcelsUnknown })}`}
                  </Typography.Text>
                </Space>
              </Panel>
            </Col>
          </Row>
          <Panel title={t("evaluation.land.inefficient")} extra={t("evaluation.land.inefficientTotal", { n: s.inefficient.length, count: s.inefficient.length, mu: figure(s.inefficientAreaMu, lang) })} testId="land-inefficient">
            <Table<Parcel>
              size="small"
              rowKey="parcelId"
              dataSource={s.inefficient}
              pagination={{ pageSize: 10, showSizeChanger: false }}
              columns={[
                { title: t("evaluation.land.parcel"), dataIndex: "parcelCode" },
                { title: t("evaluation.land.area"), dataIndex: "areaMu", width: 110, align: "right", render: (v: number) => formatNumber(v, lang, 2) },
                { title: t("evaluation.land.reasonLabel"), dataIndex: "reason", render: (r: Parcel["reason"]) => <Tag color={r === "held_by_lowest_class" ? "red" : "orange"}>{t(`evaluation.land.reason.${r}`)}</Tag> },
                {
                  title: t("evaluation.land.holder"),
                  key: "holder",
                  render: (_: unknown, p: Parcel) => (p.holder ? <a onClick={() => setOpen(p.holder?.id ?? null)}>{`${p.holder.name}${p.holder.class ? ` (${p.holder.class})` : ""}`}</a> : "—"),
                },
              ]}
            />
          </Panel>
          <Panel
            title={t("evaluation.land.list")}
            extra={
              <Select
                allowClear
                placeholder={t("evaluation.land.class")}
                aria-label={t("evaluation.land.class")}
                style={{ width: 120 }}
                value={state.class}
                onChange={(v?: string) => update({ class: v })}
                options={s.classes.map((c) => ({ value: c.class, label: c.class }))}
              />
            }
            testId="land-enterprises"
          >
            <Table<LandEnterpriseRow>
              size="small"
              rowKey="enterpriseId"
              loading={list.isFetching}
              dataSource={list.data?.items ?? []}
              onRow={(r) => ({ onClick: () => setOpen(r.enterpriseId), style: { cursor: "pointer" } })}
              pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, showSizeChanger: false, onChange: (p) => update({ page: p }) }}
              columns={[
                { title: t("evaluation.land.rank"), key: "rank", width: 110, render: (_: unknown, r: LandEnterpriseRow) => (r.rank === null ? "—" : `${r.rank}/${r.poolSize}`) },
                { title: t("nav.enterprises"), key: "name", render: (_: unknown, r: LandEnterpriseRow) => <span>{r.name} {r.isGenerated && <GeneratedBadge />}</span> },
                { title: t("evaluation.land.class"), dataIndex: "class", width: 80, render: (c: string | null) => (c ? <Tag color={CLASS_COLOURS[c]}>{c}</Tag> : "—") },
                { title: t("evaluation.land.score"), dataIndex: "score", width: 90, render: (v: number | null) => figure(v, lang) },
                { title: t("evaluation.land.method"), dataIndex: "method", width: 90, render: (m: string | null) => (m === "above" || m === "below" ? t(`evaluation.land.methods.${m}`) : "—") },
                { title: t("evaluation.scorecard.finding"), dataIndex: "status", width: 110, render: (v: string) => {
                  const s = oneOf(LAND_STATUSES, v);
                  return s ? t(`evaluation.land.statusNames.${s}`) : v;
                } },
              ]}
            />
          </Panel>
          {province && ranking.data && (
            <Panel title={t("evaluation.land.ranking")} testId="land-ranking">
              <Table<RankRow>
                size="small"
                rowKey="parkId"
                dataSource={ranking.data.items}
                pagination={{ pageSize: 10, showSizeChanger: false }}
                onRow={(r) => ({ onClick: () => update({ park: r.parkId }), style: { cursor: "pointer" } })}
                columns={[
                  { title: t("evaluation.scorecard.rank"), dataIndex: "outputRank", width: 70, render: (v: number | null) => v ?? "—" },
                  { title: t("evaluation.park"), dataIndex: "name" },
                  { title: t("evaluation.land.outputPerMu"), dataIndex: "outputPerMu", render: (v: number | null) => figure(v, lang) },
                  { title: t("evaluation.land.taxPerMu"), key: "tax", render: (_: unknown, r: RankRow) => `${figure(r.taxPerMu, lang)} (${r.taxRank ?? "—"})` },
                ]}
              />
            </Panel>
          )}
        </>
      )}
      <Drawer open={open !== null} onClose={() => setOpen(null)} size={860} title={explanation.data?.name ?? t("evaluation.land.explanation")} destroyOnHidden>
        {explanation.error ? <ErrorState error={explanation.error} /> : explanation.data ? <LandExplanationView e={explanation.data} /> : <PageLoading />}
      </Drawer>
    </EvaluationShell>
  );
};
