import { useState } from "react";
import { Button, Empty, message as antdMessage, Space, Statistic, Table, Tag, Typography } from "antd";
import type { TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "../../../components/ErrorState";
import { PageLoading } from "../../../components/PageLoading";
import { Panel } from "../../../components/Panel";
import { errorText } from "../error-text";
import { columnUnit, formatMoneyWan, formatNumber, formatPercent, titleWithUnit } from "../../../lib/format";
import { joinTexts, pickText, useLang } from "../../../lib/i18n";
import { useChainMap, useRunPlacement } from "../hooks/useChains";
import { useChainSelection } from "../hooks/useChainSelection";
import { ChainGraph, STRENGTH_COLOUR } from "./ChainGraph";
import { ChainsShell } from "./ChainsShell";
import { SegmentDrawer } from "./SegmentDrawer";
import { SubjectPicker } from "./SubjectPicker";

/**
 * The chain map of a park or the province: every segment strong, weak or missing with its
 * reasons, figures per segment, chain-leader candidates; a click on a segment drills down to
 * its enterprises. Staff can re-run placement for their scope.
 */
export const ChainMapPage = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const selection = useChainSelection(me);
  const map = useChainMap(selection.chain, selection.subject);
  const [segment, setSegment] = useState<string | null>(null);
  const run = useRunPlacement();
  const [message, holder] = antdMessage.useMessage();
  const rerun = () =>
    run.mutate(selection.parkId !== null ? { parkId: selection.parkId } : {}, {
      onSuccess: (r) => void message.success(t("chains.map.placed", { n: formatNumber(r.enterprises, lang), count: r.enterprises, placements: formatNumber(r.placements, lang), kept: r.kept })),
      onError: (e) => void message.error(errorText(e, t)),
    });
  const m = map.data;
  const outputColumn = columnUnit(m?.nodes.map((n) => n.figures.output) ?? [], "万元", lang);
  const revenueColumn = columnUnit(m?.leaders.map((l) => l.revenue) ?? [], "万元", lang);
  return (
    <ChainsShell
      section="map"
      extra={
        <Button onClick={rerun} loading={run.isPending} data-testid="rerun-placement">
          {t("chains.map.rerun")}
        </Button>
      }
    >
      {holder}
      <Space direction="vertical" size="middle" style={{ width: "100%" }}>
        <SubjectPicker me={me} selection={selection} />
        {selection.templatesError ? (
          <ErrorState error={selection.templatesError} />
        ) : map.isError ? (
          <ErrorState error={map.error} onRetry={() => void map.refetch()} />
        ) : !m ? (
          <PageLoading />
        ) : (
          <>
            <Panel
              title={`${m.template.name} · ${m.subject.name}`}
              extra={
                <Typography.Text type="secondary">
                  {t("chains.map.basis", { version: m.template.version, dataVersion: m.template.dataVersion, year: m.year ?? "—", min: m.thresholds.minEnterprises, share: formatPercent(m.thresholds.minShare, lang, 0), floor: m.thresholds.countFloor })}
                </Typography.Text>
              }
              testId="chain-map"
            >
              <Space size="large" wrap style={{ marginBottom: 12 }}>
                <Statistic title={t("chains.map.enterprises")} value={m.totals.enterprises} />
                <Statistic title={t("chains.map.output")} value={formatMoneyWan(m.totals.output, lang)} />
                {(["strong", "weak", "missing"] as const).map((s) => (
                  <Statistic key={s} title={t(`chains.strength.${s}`)} value={m.summary[s]} valueStyle={{ color: STRENGTH_COLOUR[s] }} />
                ))}
                <Statistic title={t("chains.map.pending")} value={m.totals.pending} />
              </Space>
              {m.totals.enterprises === 0 && m.totals.pending === 0 ? <Empty description={t("chains.map.empty")} /> : null}
              <ChainGraph map={m} onSelect={setSegment} />
            </Panel>
            <Panel title={t("chains.map.segments")} testId="chain-segments">
              <Table
                rowKey="key"
                size="small"
                pagination={false}
                dataSource={m.nodes}
                onRow={(n) => ({ onClick: () => n.isLeaf && setSegment(n.key), style: { cursor: n.isLeaf ? "pointer" : "default" } })}
                columns={[
                  { title: t("chains.map.segment"), render: (_, n) => <span style={{ paddingLeft: n.depth * 16, fontWeight: n.isLeaf ? 400 : 600 }}>{n.name}</span> },
                  { title: t("chains.map.stage"), render: (_, n) => t(`chains.stage.${n.stage}`), width: 70 },
                  { title: t("chains.map.enterprises"), render: (_, n) => n.figures.enterprises, width: 80 },
                  { title: t("chains.map.pending"), render: (_, n) => n.figures.pending, width: 80 },
                  { title: t("chains.map.tiered"), render: (_, n) => n.figures.tiered, width: 80 },
                  { title: titleWithUnit(t("chains.map.output"), outputColumn.unit), render: (_, n) => outputColumn.format(n.figures.output), width: 130, align: "right" },
                  { title: t("chains.map.share"), render: (_, n) => (n.assessment ? formatPercent(n.assessment.share, lang, 1) : ""), width: 80 },
                  {
                    title: t("chains.map.strength"),
                    width: 120,
                    render: (_, n) =>
                      n.assessment ? (
                        <Tag color={STRENGTH_COLOUR[n.assessment.strength]}>{t(`chains.strength.${n.assessment.strength}`)}</Tag>
                      ) : (
                        n.leafSummary && t("chains.map.leafSummary", n.leafSummary)
                      ),
                  },
                  { title: t("chains.map.reasons"), render: (_, n) => (n.assessment ? joinTexts(n.assessment.reasons, lang) : "") },
                ]}
              />
            </Panel>
            <Panel testId="chain-leaders" title={t("chains.map.leaders")} extra={<Typography.Text type="secondary">{t("chains.map.leaderBasis", { revenue: formatMoneyWan(m.thresholds.leaderMinRevenue, lang) })}</Typography.Text>}>
              {m.leaders.length === 0 ? (
                <Empty description={t("chains.map.noLeaders")} />
              ) : (
                <Table
                  rowKey={(l) => `${l.enterpriseId}:${l.segmentKey}`}
                  size="small"
                  pagination={false}
                  dataSource={m.leaders}
                  columns={[
                    { title: t("common.rank"), dataIndex: "rank", width: 60 },
                    { title: t("chains.segment.enterprise"), render: (_, l) => <Link to={`/enterprises/${l.enterpriseId}`}>{l.name}</Link> },
                    { title: t("chains.map.segment"), dataIndex: "segmentName" },
                    { title: titleWithUnit(t("chains.map.revenue"), revenueColumn.unit), render: (_, l) => revenueColumn.format(l.revenue), align: "right" },
                    { title: t("chains.map.reasons"), render: (_, l) => pickText(l.reason, lang) },
                  ]}
                />
              )}
            </Panel>
            {selection.subject && <SegmentDrawer map={m} segmentKey={segment} subject={selection.subject} onClose={() => setSegment(null)} />}
          </>
        )}
      </Space>
    </ChainsShell>
  );
};
