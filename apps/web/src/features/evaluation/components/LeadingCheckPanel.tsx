import { Space, Table, Tag, Tooltip, Typography } from "antd";
import type { TLeadingIndustryCheck } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { PageLoading } from "../../../components/PageLoading";
import { Panel } from "../../../components/Panel";
import { formatPercent } from "../../../lib/format";
import { pickText, useLang } from "../../../lib/i18n";
import { useLeadingIndustryCheck } from "../hooks/useMonitoring";
import { LIMIT_COLOURS, limitState } from "../monitoring-format";
import { CitationTag } from "./CitationTag";
import { ConcentrationTrendChart } from "./ConcentrationTrendChart";
import styles from "./Monitoring.module.css";

type Observed = NonNullable<TLeadingIndustryCheck["observed"]>[number];

/** "3 个，上限 3 个" with a coloured verdict. */
const CountAgainstMax = ({ count, max, testId }: { count: number | null; max: number; testId: string }) => {
  const { t } = useTranslation();
  const state = limitState(count, max);
  return (
    <Space size={6} data-testid={testId}>
      <Typography.Text strong>{count === null ? t("evaluation.monitoring.countUnknown", { max }) : t("evaluation.monitoring.countOf", { n: count, max })}</Typography.Text>
      <Tag color={LIMIT_COLOURS[state]}>{t(`evaluation.monitoring.${state === "unknown" ? "unknownCount" : state}`)}</Tag>
    </Space>
  );
};

/** What the park declares (the catalogue's wording, with the industry divisions it maps to, or none). */
const Declared = ({ check }: { check: TLeadingIndustryCheck }) => {
  const { t } = useTranslation();
  const unmapped = new Set(check.unmappedDeclared);
  return (
    <div className={styles.block} data-testid="leading-declared">
      <h3 className={styles.blockTitle}>{t("evaluation.monitoring.declared")}</h3>
      <CountAgainstMax count={check.declaredCount} max={check.maxLeading} testId="leading-declared-count" />
      <ul style={{ margin: "8px 0 0", paddingLeft: 20 }}>
        {check.declared.map((d) => (
          <li key={d.label} data-testid="leading-declared-item">
            <span>{d.label}</span>{" "}
            {unmapped.has(d.label) ? (
              <Tooltip title={t("evaluation.monitoring.unmappedHint")}>
                <Tag color="orange" data-testid="leading-unmapped">{t("evaluation.monitoring.unmapped")}</Tag>
              </Tooltip>
            ) : (
              <Typography.Text type="secondary">{t("evaluation.monitoring.divisions", { codes: d.divisions.join("、") })}</Typography.Text>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
};

/** What the park's enterprises produce: the divisions above the share threshold. */
const ObservedIndustries = ({ check }: { check: TLeadingIndustryCheck }) => {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className={styles.block} data-testid="leading-observed">
      <h3 className={styles.blockTitle}>
        {t("evaluation.monitoring.observed")} · {t("evaluation.monitoring.observedRule", { share: formatPercent(check.observedShareThreshold, lang, 0) })}
      </h3>
      <CountAgainstMax count={check.observedCount} max={check.maxLeading} testId="leading-observed-count" />
      {check.observed === null ? (
        <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0" }}>
          {t("evaluation.monitoring.observedNone")}
        </Typography.Paragraph>
      ) : (
        <Table<Observed>
          size="small"
          rowKey="division"
          style={{ marginTop: 8 }}
          pagination={false}
          dataSource={check.observed}
          columns={[
            { title: t("evaluation.monitoring.division"), dataIndex: "division", width: 90 },
            { title: t("evaluation.monitoring.industryName"), dataIndex: "name" },
            { title: t("evaluation.monitoring.share"), dataIndex: "share", align: "right", render: (v: number) => formatPercent(v, lang, 1) },
            {
              title: t("evaluation.monitoring.declaredCol"),
              dataIndex: "declared",
              render: (v: boolean) => <Tag color={v ? "green" : "orange"}>{t(v ? "evaluation.monitoring.isDeclared" : "evaluation.monitoring.notDeclared")}</Tag>,
            },
          ]}
        />
      )}
    </div>
  );
};

/**
 * The Guidance's "at most 3 leading industries" check: declared against observed, each counted
 * against the maximum, the findings in the page's language, and the concentration's trend.
 */
export const LeadingCheckPanel = ({ parkId, year }: { parkId: number; year: number | undefined }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useLeadingIndustryCheck(parkId, year);
  const check = q.data;
  return (
    <Panel title={t("evaluation.monitoring.leading")} extra={check && <CitationTag citation={check.citation} />} testId="monitoring-leading">
      {q.error ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : !check ? (
        <PageLoading />
      ) : (
        <>
          <div className={styles.split}>
            <Declared check={check} />
            <ObservedIndustries check={check} />
          </div>
          <div className={styles.split} style={{ marginTop: 16 }}>
            <div className={styles.block} data-testid="leading-findings">
              <h3 className={styles.blockTitle}>{t("evaluation.monitoring.findings")}</h3>
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {check.findings.map((f) => (
                  <li key={f.en}>{pickText(f, lang)}</li>
                ))}
              </ul>
            </div>
            <div className={styles.block}>
              <h3 className={styles.blockTitle} data-testid="leading-concentration">
                {t("evaluation.monitoring.concentration", { v: formatPercent(check.concentration, lang, 1) })}
              </h3>
              {check.concentrationTrend.some((p) => p.share !== null) && <ConcentrationTrendChart trend={check.concentrationTrend} />}
            </div>
          </div>
        </>
      )}
    </Panel>
  );
};
