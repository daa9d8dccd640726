import { Alert, Button, message as antdMessage, Select, Space, Typography } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import type { TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "../../../components/ErrorState";
import { PageHeader } from "../../../components/PageHeader";
import { PageLoading } from "../../../components/PageLoading";
import { Panel } from "../../../components/Panel";
import { formatDateTime, formatNumber } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { yearChoices, useDataYears } from "../../../lib/data-years";
import { toInt, useSearchState } from "../../../lib/use-search-state";
import { ParkFilterSelect } from "../../parks/components/ParkFilterSelect";
import { useFunnel, useRunEvaluation } from "../hooks/useGradient";
import { errorText } from "../error-text";
import { defaultDataYear } from "../text";
import { asTierKey } from "../tiers";
import styles from "./GradientPage.module.css";
import { CandidateTable, type CandidateKind } from "./CandidateTable";
import { FunnelChart } from "./FunnelChart";
import { MeasuresPanel } from "./MeasuresPanel";
import { SettingsPanel } from "./SettingsPanel";

const KEYS = ["year", "park", "tier", "kind", "page"] as const;
const KINDS: readonly CandidateKind[] = ["near_miss", "eligible", "undetermined"];

/**
 * The gradient cultivation database of a park or a province: the funnel per tier (recognised
 * titles apart from what the rules merely predict), the candidates closest to each tier with
 * what they lack, and the support measures attached to the tiers.
 */
export const GradientPage = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [state, update] = useSearchState(KEYS);
  const year = toInt(state.year, defaultDataYear());
  const province = me.scope.kind === "province";
  const parkId = province ? (state.park ? toInt(state.park, 0) || undefined : undefined) : undefined;
  const funnel = useFunnel(year, parkId);
  // Until the user picks one, show the first tier (in ladder order) that has near misses to help.
  const tier = asTierKey(state.tier, funnel.data?.tiers.find((x) => x.nearMiss > 0)?.tier ?? "specialized_sme");
  const kind = KINDS.find((k) => k === state.kind) ?? "near_miss";
  const evaluate = useRunEvaluation();
  const [message, holder] = antdMessage.useMessage();
  const dataYears = useDataYears();
  const years = yearChoices(dataYears.data?.years ?? [], year);

  const run = () =>
    evaluate.mutate(
      { year, ...(parkId ? { parkId } : {}) },
      {
        onSuccess: (r) => void message.success(t("gradient.evaluated", { n: formatNumber(r.enterprises, lang), count: r.enterprises, written: r.written, unchanged: r.unchanged, removed: r.removed })),
        onError: (e) => void message.error(errorText(e, t)),
      },
    );

  return (
    <div data-testid="gradient-page">
      {holder}
      <PageHeader
        title={t("gradient.title")}
        subtitle={t("gradient.subtitle")}
        extra={
          <>
            <Select<number> aria-label={t("gradient.year")} value={year} onChange={(v) => update({ year: v })} options={years.map((y) => ({ value: y, label: t("common.yearN", { year: y }) }))} style={{ width: 110 }} />
            {province && <ParkFilterSelect value={parkId} onChange={(v) => update({ park: v ?? null })} />}
            <Button icon={<ReloadOutlined />} loading={evaluate.isPending} onClick={run} data-testid="gradient-evaluate">
              {t("gradient.evaluate")}
            </Button>
            <Link to="/gradient/honours">
              <Button>{t("gradient.honours.title")}</Button>
            </Link>
          </>
        }
      />
      <Panel
        title={t("gradient.funnel.title")}
        extra={
          funnel.data && (
            <Typography.Text type="secondary">
              {funnel.data.evaluatedAt
                ? t("gradient.evaluatedAt", { at: formatDateTime(funnel.data.evaluatedAt, lang), asOf: funnel.data.asOf, n: formatNumber(funnel.data.enterprises, lang), count: funnel.data.enterprises })
                : t("gradient.neverEvaluated")}
            </Typography.Text>
          )
        }
      >
        {funnel.isPending ? (
          <PageLoading />
        ) : funnel.isError ? (
          <ErrorState error={funnel.error} onRetry={() => void funnel.refetch()} />
        ) : (
          <>
            {!funnel.data.evaluatedAt && <Alert type="info" showIcon message={t("gradient.neverEvaluated")} style={{ marginBottom: 12 }} />}
            <FunnelChart funnel={funnel.data} onPick={(x, k) => update({ tier: x, kind: k ?? kind })} />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
              {t("gradient.funnel.legend")}
            </Typography.Paragraph>
          </>
        )}
      </Panel>
      <Panel title={t("gradient.candidates.title")} className={styles.section}>
        <Space direction="vertical" style={{ width: "100%" }}>
          <CandidateTable
            year={year}
            {...(parkId ? { parkId } : {})}
            tier={tier}
            kind={kind}
            page={toInt(state.page, 1)}
            onChange={(next) => update({ ...(next.tier ? { tier: next.tier } : {}), ...(next.kind ? { kind: next.kind } : {}), ...(next.page ? { page: next.page } : {}) })}
          />
        </Space>
      </Panel>
      <MeasuresPanel me={me} highlight={tier} />
      {province && <SettingsPanel />}
    </div>
  );
};
