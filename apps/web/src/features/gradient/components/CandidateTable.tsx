import { Empty, Progress, Segmented, Select, Space, Table, Tag, Typography } from "antd";
import type { TCandidate, TTierKey } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "../../../components/ErrorState";
import { GeneratedBadge } from "../../../components/GeneratedBadge";
import { formatNumber } from "../../../lib/format";
import { pickText, useLang } from "../../../lib/i18n";
import { useCandidates, useCatalogue } from "../hooks/useGradient";
import { GapList } from "./GapList";

export type CandidateKind = "eligible" | "undetermined" | "near_miss";

interface Props {
  readonly year: number;
  readonly parkId?: number;
  readonly tier: TTierKey;
  readonly kind: CandidateKind;
  readonly page: number;
  readonly onChange: (next: { tier?: TTierKey; kind?: CandidateKind; page?: number }) => void;
}

/** Whom to help towards a tier: candidates closest first, each with what it lacks. */
export const CandidateTable = ({ year, parkId, tier, kind, page, onChange }: Props) => {
  const { t } = useTranslation();
  const lang = useLang();
  const catalogue = useCatalogue();
  const pageSize = 20;
  const list = useCandidates({ year, tier, kind, page, pageSize, ...(parkId ? { parkId } : {}) });
  return (
    <div data-testid="candidate-table">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<TTierKey>
          aria-label={t("gradient.candidates.tier")}
          style={{ width: 240 }}
          value={tier}
          onChange={(v) => onChange({ tier: v, page: 1 })}
          options={(catalogue.data?.tiers ?? []).map((x) => ({ value: x.key, label: pickText(x.label, lang) }))}
        />
        <Segmented<CandidateKind>
          value={kind}
          onChange={(v) => onChange({ kind: v, page: 1 })}
          options={(["near_miss", "eligible", "undetermined"] as const).map((k) => ({ value: k, label: t(`gradient.candidates.kind.${k}`) }))}
        />
      </Space>
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<TCandidate>
          rowKey="enterpriseId"
          size="small"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description={t(`gradient.candidates.empty.${kind}`)} /> }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (n) => t("common.totalItems", { n: formatNumber(n, lang) }),
            onChange: (p) => onChange({ page: p }),
          }}
          columns={[
            {
              title: t("gradient.candidates.enterprise"),
              key: "name",
              width: 260,
              render: (_, c) => (
                <Space direction="vertical" size={0}>
                  <Space size={4} wrap>
                    <Link to={`/enterprises/${c.enterpriseId}/tiers?year=${year}`}>{c.name}</Link>
                    {c.isGenerated && <GeneratedBadge />}
                  </Space>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {c.parkName ?? ""}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t("gradient.candidates.closeness"),
              key: "closeness",
              width: 150,
              render: (_, c) => (
                <Space direction="vertical" size={0}>
                  <Progress percent={Math.round((c.closeness ?? 0) * 100)} size="small" status={c.outcome === "eligible" ? "success" : "normal"} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t("gradient.candidates.counts", { failed: c.failedCount, unknown: c.unknownCount })}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t("gradient.candidates.gaps"),
              key: "gaps",
              render: (_, c) => <GapList gaps={c.gaps} limit={6} />,
            },
            {
              title: t("gradient.candidates.version"),
              key: "version",
              width: 90,
              render: (_, c) => <Tag>{c.ruleSetVersion}</Tag>,
            },
          ]}
        />
      )}
    </div>
  );
};
