import { Typography } from "antd";
import type { TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { PageLoading } from "../../../components/PageLoading";
import { Panel } from "../../../components/Panel";
import { toInt, useSearchState } from "../../../lib/use-search-state";
import { useIndicatorCatalogue, useParkIndicators } from "../hooks/useEvaluation";
import { useEvaluatedPark } from "../hooks/useEvaluatedPark";
import { withCatalogue } from "../indicator-rows";
import { EvaluationParkSelect } from "./EvaluationParkSelect";
import { EvaluationShell } from "./EvaluationShell";
import { IndicatorTable } from "./IndicatorTable";
import { YearSelect } from "./ScorecardPage";

const KEYS = ["year", "park", "orientation"] as const;

/**
 * The park indicator system of the Guidance: every annual catalogue indicator of a park for a
 * year, with its rating, completeness and the province median, explained on demand. A province
 * picks any of its parks; a park sees its own whatever the address says.
 */
export const IndicatorsPage = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const [state, update] = useSearchState(KEYS);
  const province = me.scope.kind === "province";
  const year = state.year ? toInt(state.year, 0) || undefined : undefined;
  const orientation = state.orientation ? toInt(state.orientation, 0) || undefined : undefined;
  const { parkId, ranking: parks } = useEvaluatedPark(me, state.park, year);
  const parkName = province ? parks.data?.items.find((p) => p.parkId === parkId)?.name : me.scopeName;
  const catalogue = useIndicatorCatalogue();
  const values = useParkIndicators(parkId, year);
  const error = catalogue.error ?? parks.error ?? values.error;
  const data = values.data;

  return (
    <EvaluationShell
      me={me}
      section="indicators"
      extra={
        <>
          {province && <EvaluationParkSelect parks={parks.data?.items} value={parkId} onChange={(v) => update({ park: v })} />}
          <YearSelect year={data?.year} value={year} onChange={(y) => update({ year: y })} />
        </>
      }
    >
      {error ? (
        <ErrorState
          error={error}
          onRetry={() => {
            void catalogue.refetch();
            void parks.refetch();
            void values.refetch();
          }}
        />
      ) : !data || !catalogue.data ? (
        parkId || parks.isLoading ? <PageLoading /> : <Typography.Text type="secondary">{t("evaluation.noData")}</Typography.Text>
      ) : (
        <Panel
          title={data.year === null ? t("evaluation.indicators.tableNoYear", { park: parkName ?? "" }) : t("evaluation.indicators.table", { park: parkName ?? "", year: data.year })}
          extra={<Typography.Text type="secondary">{t("evaluation.indicators.catalogue", { version: catalogue.data.version })}</Typography.Text>}
          testId="park-indicators"
        >
          {data.values.length === 0 ? (
            <Typography.Text type="secondary">{t("evaluation.noData")}</Typography.Text>
          ) : (
            <IndicatorTable rows={withCatalogue(catalogue.data.indicators, data.values)} orientation={orientation} onOrientation={(o) => update({ orientation: o })} loading={values.isFetching} />
          )}
        </Panel>
      )}
    </EvaluationShell>
  );
};
