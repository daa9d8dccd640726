import { Collapse, Empty, Segmented, Select, Space, Steps, Table, Tag, Typography } from "antd";
import type { TTierCard, TTierHistoryEntry } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "../../../components/ErrorState";
import { GeneratedBadge } from "../../../components/GeneratedBadge";
import { NotFoundPage } from "../../../components/NotFoundPage";
import { PageHeader } from "../../../components/PageHeader";
import { PageLoading } from "../../../components/PageLoading";
import { Panel } from "../../../components/Panel";
import { pickText, useLang } from "../../../lib/i18n";
import { yearChoices, useDataYears } from "../../../lib/data-years";
import { toInt, useSearchState } from "../../../lib/use-search-state";
import { useTierCard } from "../hooks/useGradient";
import { defaultDataYear } from "../text";
import { FactsPanel } from "./FactsPanel";
import { HonourTable } from "./HonourTable";
import { GapList } from "./GapList";
import { TierEntryBody, TierEntryHeader } from "./TierEntryPanel";
import styles from "./GradientPage.module.css";

const KEYS = ["year", "rules"] as const;
type RulesChoice = "current" | "2022" | "2026";

/** The four rungs of the ladder and where the enterprise stands on them. */
const Ladder = ({ card }: { card: TTierCard }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const rungs = [1, 2, 3, 4].map((rung) => card.tiers.filter((x) => x.rung === rung && x.tier !== "tech_innovative_sme"));
  const current = rungs.findLastIndex((tiers) => tiers.some((x) => x.recognised));
  return (
    <Steps
      size="small"
      current={current}
      items={rungs.map((tiers, i) => ({
        title: tiers.map((x) => pickText(x.label, lang)).join(" / "),
        status: i <= current ? "finish" : i === current + 1 ? "process" : "wait",
        description: tiers.some((x) => x.recognised) ? t("gradient.card.held") : i === current + 1 ? t("gradient.card.nextTier") : undefined,
      }))}
    />
  );
};

const History = ({ history }: { history: readonly TTierHistoryEntry[] }) => {
  const { t } = useTranslation();
  if (history.length === 0) return <Empty description={t("gradient.card.noHistory")} />;
  return (
    <Table<TTierHistoryEntry>
      rowKey={(h) => `${h.year}-${h.tier}`}
      size="small"
      pagination={false}
      dataSource={[...history]}
      columns={[
        { title: t("gradient.year"), key: "year", width: 90, render: (_, h) => h.year },
        { title: t("gradient.candidates.tier"), key: "tier", render: (_, h) => t(`gradient.tier.${h.tier}`) },
        { title: t("gradient.card.recognisedThen"), key: "held", width: 110, render: (_, h) => (h.recognised ? <Tag color="blue">{t("gradient.card.held")}</Tag> : "") },
        { title: t("gradient.card.assessed"), key: "outcome", width: 150, render: (_, h) => (h.outcome ? t(`gradient.outcome.${h.outcome}`) : "—") },
        { title: t("gradient.candidates.version"), key: "version", width: 90, render: (_, h) => h.ruleSetVersion ?? "" },
        { title: t("gradient.candidates.closeness"), key: "closeness", width: 110, render: (_, h) => (h.closeness === null ? "" : `${Math.round(h.closeness * 100)}%`) },
      ]}
    />
  );
};

/**
 * An enterprise's tier card ("what moves me up", 晋级差距): where it stands on the ladder, the
 * next rung and what it lacks, every tier explained criterion by criterion, its honours and their
 * expiry, its history and the support measures attached to the tiers. The same enterprise can be
 * read under the 2022 and the 2026 SME-ladder rules.
 */
export const TierCardPage = ({ id }: { id: number }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [state, update] = useSearchState(KEYS);
  const year = toInt(state.year, defaultDataYear());
  const rules: RulesChoice = state.rules === "2022" || state.rules === "2026" ? state.rules : "current";
  const card = useTierCard(id, { year, ...(rules === "current" ? {} : { ruleVersion: rules }) });
  const dataYears = useDataYears();
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  if (card.isPending) return <PageLoading />;
  if (card.isError) return <ErrorState error={card.error} onRetry={() => void card.refetch()} page />;
  const c = card.data;
  const next = c.tiers.filter((x) => x.isNext);
  const years = yearChoices(dataYears.data?.years ?? [], year);
  const nextMeasures = c.measures.filter((m) => c.nextTiers.includes(m.tier));
  return (
    <div data-testid="tier-card">
      <PageHeader
        title={c.enterprise.name}
        tags={c.enterprise.isGenerated ? <GeneratedBadge /> : undefined}
        subtitle={
          <>
            {t("gradient.card.subtitle", { year: c.year, asOf: c.asOf })} · <Link to={`/enterprises/${c.enterprise.id}`}>{t("gradient.card.profile")}</Link>
          </>
        }
        extra={
          <>
            <Select<number> aria-label={t("gradient.year")} value={year} onChange={(v) => update({ year: v })} options={years.map((y) => ({ value: y, label: t("common.yearN", { year: y }) }))} style={{ width: 110 }} />
            <Segmented<RulesChoice>
              aria-label={t("gradient.card.rulesChoice")}
              value={rules}
              onChange={(v) => update({ rules: v === "current" ? null : v })}
              options={[
                { value: "current", label: t("gradient.card.rulesCurrent") },
                { value: "2022", label: t("gradient.card.rules2022") },
                { value: "2026", label: t("gradient.card.rules2026") },
              ]}
            />
          </>
        }
      />
      <Panel title={t("gradient.card.ladder")}>
        <Ladder card={c} />
        <Space wrap style={{ marginTop: 12 }}>
          <Typography.Text>{t("gradient.card.current")}</Typography.Text>
          <Tag color={c.currentTier ? "blue" : "default"}>{c.currentTier ? pickText(c.currentTier.label, lang) : t("gradient.card.none")}</Tag>
          {c.sizeClass && (
            <>
              <Typography.Text>{t("gradient.card.size")}</Typography.Text>
              <Tag>{pickText(c.sizeClass.label, lang)}</Tag>
            </>
          )}
          {c.tiers
            .filter((x) => x.recognised && x.rung === null)
            .map((x) => (
              <Tag key={x.tier} color="cyan">
                {pickText(x.label, lang)}
              </Tag>
            ))}
        </Space>
        {next.length > 0 && (
          <div style={{ marginTop: 12 }} data-testid="next-tier">
            <Typography.Title level={5}>{t("gradient.card.whatMovesUp")}</Typography.Title>
            {next.map((x) => (
              <div key={x.tier} style={{ marginBottom: 8 }}>
                <TierEntryHeader entry={x} />
                <div style={{ marginTop: 4 }}>
                  <GapList gaps={x.explanation.gaps} limit={8} />
                </div>
              </div>
            ))}
            {nextMeasures.length > 0 && (
              <Typography.Paragraph style={{ marginTop: 8 }}>
                {t("gradient.card.support")} {nextMeasures.map((m) => m.title).join("；")}
              </Typography.Paragraph>
            )}
          </div>
        )}
      </Panel>
      <Panel title={t("gradient.card.tiers")} className={styles.section}>
        <Collapse
          items={c.tiers.map((x) => ({ key: x.tier, label: <TierEntryHeader entry={x} />, children: <TierEntryBody entry={x} /> }))}
          defaultActiveKey={next.map((x) => x.tier)}
          destroyOnHidden
        />
      </Panel>
      <Panel title={t("gradient.honours.title")} className={styles.section}>
        <HonourTable honours={c.honours} />
      </Panel>
      <Panel title={t("gradient.card.history")} className={styles.section}>
        <History history={c.history} />
      </Panel>
      <FactsPanel enterpriseId={c.enterprise.id} />
    </div>
  );
};
