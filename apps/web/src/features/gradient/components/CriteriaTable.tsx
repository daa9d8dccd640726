import { Table, Tag, Tooltip, Typography } from "antd";
import type { TTierCriterion } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { DASH } from "../../../lib/format";
import { pickText, useLang } from "../../../lib/i18n";

const STATUS_COLOUR: Readonly<Record<TTierCriterion["status"], string>> = { pass: "green", fail: "red", unknown: "gold", manual_review: "blue" };

const points = (c: TTierCriterion): string | null => {
  if (!c.points) return null;
  const got = c.points.min === c.points.max ? String(c.points.min) : `${c.points.min}–${c.points.max}`;
  return c.maxPoints === undefined ? got : `${got} / ${c.maxPoints}`;
};

/**
 * Every criterion of a tier for one enterprise, in the policy's own order and nesting: pass,
 * fail, unknown (data missing) or manual review; the value observed against the value required,
 * with units; the document and article it comes from; and a mark where the reference itself is
 * unverified (◐/❓ in the research notes).
 */
export const CriteriaTable = ({ criteria }: { criteria: readonly TTierCriterion[] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  // A veto over a plain fact already reads its value on its own line; its inner test would only repeat it, inverted.
  const vetoLines = new Set(criteria.filter((c) => c.kind === "veto" && c.observedText !== undefined).map((c) => c.id));
  const rows = criteria.filter((c) => c.parentId === undefined || !vetoLines.has(c.parentId));
  return (
    <Table<TTierCriterion>
      rowKey={(c, i) => `${c.id}-${i ?? 0}`}
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="criteria-table"
      columns={[
        {
          title: t("gradient.criteria.criterion"),
          key: "label",
          render: (_, c) => (
            <span style={{ paddingInlineStart: c.depth * 16, display: "inline-block" }}>
              {pickText(c.label, lang)}
              {c.uncertain && (
                <Tooltip title={c.note ?? t("gradient.criteria.uncertainHint")}>
                  <Tag color="warning" style={{ marginInlineStart: 6 }}>
                    {t("gradient.criteria.uncertain")}
                  </Tag>
                </Tooltip>
              )}
              {c.reason && (
                <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                  {pickText(c.reason, lang)}
                </Typography.Text>
              )}
            </span>
          ),
        },
        { title: t("gradient.criteria.status"), key: "status", width: 110, render: (_, c) => <Tag color={STATUS_COLOUR[c.status]}>{t(`gradient.status.${c.status}`)}</Tag> },
        {
          title: t("gradient.criteria.observed"),
          key: "observed",
          width: 150,
          render: (_, c) => (c.observedText ? pickText(c.observedText, lang) : c.observed === null ? <Typography.Text type="warning">{t("gradient.criteria.missing")}</Typography.Text> : DASH),
        },
        { title: t("gradient.criteria.required"), key: "required", width: 160, render: (_, c) => (c.requiredText ? pickText(c.requiredText, lang) : DASH) },
        { title: t("gradient.criteria.points"), key: "points", width: 90, render: (_, c) => points(c) ?? "" },
        {
          title: t("gradient.criteria.citation"),
          key: "citation",
          width: 230,
          render: (_, c) => {
            const text = `${c.citation.number} ${c.citation.article}`;
            const param = c.thresholdCitation ? ` · ${t("gradient.criteria.thresholdFrom")} ${c.thresholdCitation.number} ${c.thresholdCitation.article}` : "";
            return (
              <Tooltip title={c.citation.title}>
                <Typography.Text style={{ fontSize: 12 }}>
                  {c.citation.url ? (
                    <a href={c.citation.url} target="_blank" rel="noreferrer noopener">
                      {text}
                    </a>
                  ) : (
                    text
                  )}
                  {param}
                </Typography.Text>
              </Tooltip>
            );
          },
        },
      ]}
    />
  );
};
