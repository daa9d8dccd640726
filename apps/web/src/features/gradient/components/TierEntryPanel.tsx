import { Alert, Progress, Space, Tag, Typography } from "antd";
import type { TTierCardEntry } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";
import { joinTexts, pickText, useLang } from "../../../lib/i18n";
import { CriteriaTable } from "./CriteriaTable";
import { GapList } from "./GapList";

const OUTCOME_COLOUR = { eligible: "green", not_eligible: "default", undetermined: "gold" } as const;

/** The heading line of one tier on the card: held or not, what the rules predict, how close. */
export const TierEntryHeader = ({ entry }: { entry: TTierCardEntry }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const x = entry.explanation;
  return (
    <Space wrap size={8} data-testid={`tier-${entry.tier}`}>
      <Typography.Text strong>{pickText(entry.label, lang)}</Typography.Text>
      {entry.recognised ? (
        <Tag color="blue">{entry.honour?.validUntil ? t("gradient.card.heldUntil", { date: entry.honour.validUntil }) : t("gradient.card.held")}</Tag>
      ) : (
        <Tag color={OUTCOME_COLOUR[x.outcome]}>{t(`gradient.outcome.${x.outcome}`)}</Tag>
      )}
      {entry.isNext && <Tag color="purple">{t("gradient.card.nextTier")}</Tag>}
      {entry.outgrown && !entry.recognised && (
        <Tag title={t("gradient.card.outgrownHint")} data-testid={`tier-${entry.tier}-outgrown`}>
          {t("gradient.card.outgrown")}
        </Tag>
      )}
      {entry.closeness !== null && <Progress percent={Math.round(entry.closeness * 100)} size="small" style={{ width: 110, margin: 0 }} />}
      <Tag>{t("gradient.card.rules", { version: x.ruleSet.version })}</Tag>
      {x.score !== undefined && <Typography.Text type="secondary">{t("gradient.card.score", { score: x.score })}</Typography.Text>}
    </Space>
  );
};

/** Everything about one tier: what it lacks, every criterion explained, the stored assessment. */
export const TierEntryBody = ({ entry }: { entry: TTierCardEntry }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const x = entry.explanation;
  // What the stored assessment left open, named as the live explanation (same rule version) names it.
  const storedOpen = (entry.stored?.open ?? []).map((id) => x.criteria.find((c) => c.id === id)?.label ?? { zh: id, en: id });
  return (
    <div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {pickText(x.ruleSet.title, lang)} · {t("gradient.card.evaluatedOn", { date: x.evaluatedOn, year: x.referenceYear })}
        {x.ruleSet.overlay && ` · ${t("gradient.card.localRule", { code: x.ruleSet.overlay })}`}
      </Typography.Paragraph>
      {entry.recognised && x.outcome !== "eligible" && <Alert type="info" showIcon style={{ marginBottom: 8 }} message={t("gradient.card.heldButNotEligible")} />}
      {!entry.recognised && x.outcome === "eligible" && <Alert type="success" showIcon style={{ marginBottom: 8 }} message={t("gradient.card.eligibleNotRecognised")} />}
      {!entry.recognised && entry.outgrown && <Alert type="info" showIcon style={{ marginBottom: 8 }} message={t("gradient.card.outgrownHint")} />}
      {x.gaps.length > 0 && (
        <>
          <Typography.Title level={5}>{t("gradient.card.gaps")}</Typography.Title>
          <GapList gaps={x.gaps} />
        </>
      )}
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t("gradient.card.criteria")}
      </Typography.Title>
      <CriteriaTable criteria={x.criteria} />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
        {entry.stored
          ? t("gradient.card.stored", {
              outcome: t(`gradient.outcome.${entry.stored.outcome}`),
              version: entry.stored.ruleSetVersion,
              date: entry.stored.evaluatedFor,
              at: formatDateTime(entry.stored.computedAt, lang),
            })
          : t("gradient.card.notStored")}
        {entry.storedIsStale && ` ${t("gradient.card.stale")}`}
        {entry.storedIsStale && storedOpen.length > 0 && (
          <span data-testid={`tier-${entry.tier}-stored-open`}> {t("gradient.card.storedOpen", { list: joinTexts(storedOpen, lang) })}</span>
        )}
      </Typography.Paragraph>
    </div>
  );
};
