import { useMemo } from "react";
import { Col, InputNumber, Row, Segmented, Space, Switch, Table, Tag, Typography } from "antd";
import type { THomogeneity, TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { PageLoading } from "../../../components/PageLoading";
import { Panel } from "../../../components/Panel";
import { toInt, useSearchState } from "../../../lib/use-search-state";
import { useHomogeneity } from "../hooks/useEvaluation";
import { CitationTag } from "./CitationTag";
import { EvaluationShell } from "./EvaluationShell";
import { HomogeneityHeatmap } from "./HomogeneityHeatmap";
import { YearSelect } from "./ScorecardPage";

const KEYS = ["year", "basis", "all", "threshold"] as const;
type Pair = THomogeneity["pairs"][number];
type Park = THomogeneity["parks"][number];

/**
 * Province view of leading industries: the park × industry heat map (declared portfolios, which
 * the catalogue gives for every park, or enterprise output), pairs of parks with similar
 * structures and what they share, the industries most parks have, and parks over the limit.
 */
export const HomogeneityPage = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const [state, update] = useSearchState(KEYS);
  const basis = state.basis === "output" ? "output" : "declared";
  const year = state.year ? toInt(state.year, 0) || undefined : undefined;
  const all = state.all === "1";
  const asked = state.threshold ? Number(state.threshold) : NaN;
  const threshold = Number.isFinite(asked) && asked >= 0.5 && asked <= 1 ? asked : undefined;
  const q = useHomogeneity(basis, year, threshold);
  const data = q.data;
  const name = (division: string) => data?.industries.find((i) => i.division === division)?.name ?? division;
  const shown = useMemo(() => {
    if (!data) return [];
    const paired = new Set(data.pairs.flatMap((p) => [p.a.id, p.b.id]));
    return data.parks.filter((p) => p.hasVector && (all || paired.has(p.id))).map((p) => p.id).slice(0, all ? 300 : 80);
  }, [data, all]);

  return (
    <EvaluationShell
      me={me}
      section="homogeneity"
      extra={
        <>
          <Segmented value={basis} onChange={(v) => update({ basis: v === "output" ? "output" : undefined })} options={(["declared", "output"] as const).map((b) => ({ value: b, label: t(`evaluation.homogeneity.basis.${b}`) }))} />
          {basis === "output" && <YearSelect year={data?.year} value={year} onChange={(y) => update({ year: y })} />}
        </>
      }
    >
      {q.error ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : !data ? (
        <PageLoading />
      ) : (
        <>
          <Panel
            title={t("evaluation.homogeneity.heatmap")}
            extra={
              <Space>
                <Typography.Text type="secondary">{t("evaluation.homogeneity.compared", { n: data.compared, count: data.compared })}</Typography.Text>
                <span>
                  {t("evaluation.homogeneity.onlyPaired")} <Switch size="small" checked={!all} onChange={(c) => update({ all: c ? undefined : "1" })} />
                </span>
              </Space>
            }
          >
            {shown.length > 0 ? <HomogeneityHeatmap data={data} parkIds={shown} /> : <Typography.Text type="secondary">{t("evaluation.homogeneity.none")}</Typography.Text>}
          </Panel>
          <Panel
            title={t("evaluation.homogeneity.pairs")}
            extra={
              <Space wrap>
                <span>
                  {t("evaluation.homogeneity.thresholdLabel")}{" "}
                  <InputNumber
                    min={0.5}
                    max={1}
                    step={0.01}
                    value={threshold ?? data.defaultThreshold}
                    onChange={(v) => update({ threshold: v === null || v === data.defaultThreshold ? undefined : v })}
                    aria-label={t("evaluation.homogeneity.thresholdLabel")}
                    data-testid="homogeneity-threshold"
                    style={{ width: 90 }}
                  />
                </span>
                <Tag>{t("evaluation.homogeneity.threshold", { v: data.defaultThreshold })}</Tag>
                <CitationTag citation={data.thresholdCitation} />
                <Typography.Text type="secondary" data-testid="homogeneity-pair-count">
                  {t("evaluation.homogeneity.pairCount", { n: data.pairs.length, count: data.pairs.length })}
                </Typography.Text>
              </Space>
            }
            testId="homogeneity-pairs"
          >
            <Table<Pair>
              size="small"
              rowKey={(p) => `${p.a.id}-${p.b.id}`}
              dataSource={data.pairs}
              pagination={{ pageSize: 10, showSizeChanger: false }}
              locale={{ emptyText: t("evaluation.homogeneity.none") }}
              columns={[
                { title: t("evaluation.park"), key: "a", render: (_: unknown, p: Pair) => p.a.name },
                { title: t("evaluation.park"), key: "b", render: (_: unknown, p: Pair) => p.b.name },
                { title: t("evaluation.homogeneity.similarity"), dataIndex: "similarity", width: 120, render: (v: number) => v.toFixed(3) },
                { title: t("evaluation.homogeneity.shared"), key: "shared", render: (_: unknown, p: Pair) => p.shared.slice(0, 6).map((d) => <Tag key={d}>{`${d} ${name(d)}`}</Tag>) },
                { title: t("evaluation.homogeneity.sharedDeclared"), key: "sd", render: (_: unknown, p: Pair) => p.sharedDeclared.map((d) => <Tag color="blue" key={d}>{d}</Tag>) },
              ]}
            />
          </Panel>
          <Row gutter={16}>
            <Col xs={24} lg={10}>
              <Panel title={t("evaluation.homogeneity.duplicated")}>
                <Table
                  size="small"
                  rowKey="division"
                  pagination={false}
                  dataSource={data.duplicated.slice(0, 15)}
                  columns={[
                    { title: t("evaluation.homogeneity.shared"), key: "d", render: (_: unknown, d: THomogeneity["duplicated"][number]) => `${d.division} ${d.name}` },
                    { title: t("evaluation.park"), dataIndex: "parks", width: 110, render: (n: number) => t("evaluation.homogeneity.parksWith", { n, count: n }) },
                  ]}
                />
              </Panel>
            </Col>
            <Col xs={24} lg={14}>
              <Panel title={t("evaluation.homogeneity.tooMany")} extra={<CitationTag citation={data.citation} />} testId="homogeneity-too-many">
                <Table<Park>
                  size="small"
                  rowKey="id"
                  pagination={{ pageSize: 10, showSizeChanger: false }}
                  dataSource={data.parks.filter((p) => p.tooMany)}
                  columns={[
                    { title: t("evaluation.park"), dataIndex: "name" },
                    { title: t("evaluation.homogeneity.declaredCount"), dataIndex: "declaredCount", width: 100, render: (n: number) => <Tag color={n > 3 ? "red" : "default"}>{n}</Tag> },
                    { title: t("evaluation.homogeneity.observedCount"), dataIndex: "observedCount", width: 200, render: (n: number | null) => (n === null ? "—" : <Tag color={n > 3 ? "red" : "default"}>{n}</Tag>) },
                  ]}
                />
              </Panel>
            </Col>
          </Row>
        </>
      )}
    </EvaluationShell>
  );
};
