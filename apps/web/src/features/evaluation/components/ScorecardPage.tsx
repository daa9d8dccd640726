import { Select, Table, Tag } from "antd";
import type { TMe, TProvinceScorecard } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { PageLoading } from "../../../components/PageLoading";
import { Panel } from "../../../components/Panel";
import { yearChoices, useDataYears } from "../../../lib/data-years";
import { toInt, useSearchState } from "../../../lib/use-search-state";
import { useParkScorecard, useProvinceScorecard } from "../hooks/useEvaluation";
import { EvaluationShell } from "./EvaluationShell";
import { ParkScorecardView } from "./ParkScorecardView";
import { RecomputeButton } from "./RecomputeButton";

const KEYS = ["year", "park"] as const;
type Row = TProvinceScorecard["items"][number];

/** Year choice: the latest with data (the default), or one of the years with data. */
export const YearSelect = ({ year, value, onChange }: { year: number | null | undefined; value: number | undefined; onChange: (y: number | undefined) => void }) => {
  const { t } = useTranslation();
  const dataYears = useDataYears();
  const years = yearChoices(dataYears.data?.years ?? [], value ?? year);
  return (
    <Select<number | "latest">
      value={value ?? "latest"}
      style={{ width: 120 }}
      aria-label={t("evaluation.year")}
      onChange={(v) => onChange(v === "latest" ? undefined : v)}
      options={[{ value: "latest" as const, label: t("evaluation.latestYear") }, ...years.map((y) => ({ value: y, label: String(y) }))]}
    />
  );
};

/**
 * The Guidance scorecard. A province sees its parks ranked (with last year's rank) and opens any
 * park's card; a park sees its own card with its rank among the province's parks.
 */
export const ScorecardPage = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const [state, update] = useSearchState(KEYS);
  const year = state.year ? toInt(state.year, 0) || undefined : undefined;
  const province = me.scope.kind === "province";
  const ranking = useProvinceScorecard(year, province);
  const parkId = me.scope.kind === "park" ? me.scope.parkId : state.park ? toInt(state.park, 0) : ranking.data?.items[0]?.parkId;
  const card = useParkScorecard(parkId, year);

  return (
    <EvaluationShell
      me={me}
      section="scorecard"
      extra={
        <>
          <YearSelect year={card.data?.year ?? ranking.data?.year} value={year} onChange={(y) => update({ year: y })} />
          {province && <RecomputeButton />}
        </>
      }
    >
      {province && (
        <Panel title={t("evaluation.scorecard.ranking")} testId="scorecard-ranking">
          {ranking.error ? (
            <ErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />
          ) : (
            <Table<Row>
              size="small"
              rowKey="parkId"
              loading={ranking.isLoading}
              dataSource={ranking.data?.items ?? []}
              pagination={{ pageSize: 10, showSizeChanger: false }}
              onRow={(r) => ({ onClick: () => update({ park: r.parkId }), style: { cursor: "pointer" } })}
              rowClassName={(r) => (r.parkId === parkId ? "ant-table-row-selected" : "")}
              columns={[
                { title: t("evaluation.scorecard.rank"), dataIndex: "rank", width: 70, render: (v: number | null) => v ?? "—" },
                { title: t("evaluation.park"), dataIndex: "name" },
                { title: t("evaluation.scorecard.total"), dataIndex: "total", width: 90, render: (v: number | null) => (v === null ? "—" : v.toFixed(1)) },
                { title: t("evaluation.scorecard.completeness"), dataIndex: "completeness", width: 110, render: (v: number) => `${Math.round(v * 100)}%` },
                {
                  title: t("evaluation.scorecard.lastYear"),
                  key: "change",
                  width: 110,
                  render: (_: unknown, r: Row) =>
                    r.previousRank === null || r.rank === null ? "—" : <Tag color={r.previousRank > r.rank ? "green" : r.previousRank < r.rank ? "red" : "default"}>{r.previousRank}</Tag>,
                },
              ]}
            />
          )}
        </Panel>
      )}
      {card.error ? <ErrorState error={card.error} onRetry={() => void card.refetch()} /> : card.isLoading ? <PageLoading /> : card.data && <ParkScorecardView card={card.data} me={me} />}
    </EvaluationShell>
  );
};
