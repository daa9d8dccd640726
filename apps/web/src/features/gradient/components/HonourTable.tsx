import { Empty, Table, Tag, Tooltip } from "antd";
import type { THonour } from "@parkpilot/contracts";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DASH } from "../../../lib/format";
import { pickText, useLang } from "../../../lib/i18n";

export const STATE_COLOUR: Readonly<Record<THonour["state"], string>> = { valid: "green", expiring: "orange", expired: "default", future: "blue" };

/** Honours with their validity and state today (valid, expiring within 90 days, expired, future). */
export const HonourTable = ({ honours, showEnterprise = false, actions }: { honours: readonly THonour[]; showEnterprise?: boolean; actions?: (h: THonour) => ReactNode }) => {
  const { t } = useTranslation();
  const lang = useLang();
  if (honours.length === 0) return <Empty description={t("gradient.honours.empty")} />;
  return (
    <Table<THonour>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...honours]}
      columns={[
        ...(showEnterprise ? [{ title: t("gradient.candidates.enterprise"), key: "enterprise", render: (_: unknown, h: THonour) => <Link to={`/enterprises/${h.enterpriseId}/tiers`}>{h.enterpriseName}</Link> }] : []),
        { title: t("gradient.honours.tier"), key: "tier", render: (_, h) => pickText(h.tierLabel, lang) },
        { title: t("gradient.honours.level"), key: "level", width: 90, render: (_, h) => (h.level ? t(`gradient.honours.levels.${h.level}`) : DASH) },
        { title: t("gradient.honours.validity"), key: "validity", width: 200, render: (_, h) => `${h.validFrom} — ${h.validUntil ?? t("gradient.honours.open")}` },
        {
          title: t("gradient.honours.state"),
          key: "state",
          width: 150,
          render: (_, h) => (
            <Tag color={STATE_COLOUR[h.state]}>{h.state === "expiring" && h.daysLeft !== null
              ? h.daysLeft === 0
                ? t("gradient.honours.expiringToday")
                : t("gradient.honours.expiringIn", { n: h.daysLeft, count: h.daysLeft })
              : t(`gradient.honours.states.${h.state}`)}</Tag>
          ),
        },
        { title: t("gradient.honours.certificate"), key: "cert", width: 160, render: (_, h) => h.certificateNo ?? DASH },
        {
          title: t("gradient.honours.source"),
          key: "source",
          width: 120,
          render: (_, h) => (
            <Tooltip title={h.sourceNote}>
              <span>{t(`gradient.honours.sources.${h.sourceKind}`)}</span>
            </Tooltip>
          ),
        },
        ...(actions ? [{ title: t("common.actions"), key: "actions", width: 90, render: (_: unknown, h: THonour) => actions(h) }] : []),
      ]}
    />
  );
};
