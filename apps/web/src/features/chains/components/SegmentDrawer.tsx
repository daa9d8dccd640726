import { useState } from "react";
import { Button, Descriptions, Drawer, message as antdMessage, Segmented, Space, Table, Tag, Typography } from "antd";
import type { TChainMap, TSegmentEnterpriseList } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "../../../components/ErrorState";
import { GeneratedBadge } from "../../../components/GeneratedBadge";
import { errorText } from "../error-text";
import { columnUnit, formatMoneyWan, formatPercent, titleWithUnit } from "../../../lib/format";
import { pickText, useLang } from "../../../lib/i18n";
import type { ChainSubject } from "../api";
import { useDecidePlacement, useSegmentEnterprises } from "../hooks/useChains";
import { STRENGTH_COLOUR } from "./ChainGraph";

type Status = "counted" | "pending" | "rejected";
type Row = TSegmentEnterpriseList["items"][number];

/**
 * One segment of the map: why it is strong, weak or missing, what places an enterprise on it
 * (classes and keywords), and its enterprises: counted, awaiting confirmation, or rejected, each
 * with the reason it was placed and buttons to confirm or reject it (decisions survive
 * recomputation).
 */
export const SegmentDrawer = ({ map, segmentKey, subject, onClose }: { map: TChainMap; segmentKey: string | null; subject: ChainSubject; onClose: () => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [status, setStatus] = useState<Status>("counted");
  const [page, setPage] = useState(1);
  // Another segment opens on its first tab and page (state adjusted while rendering, as React
  // recommends, rather than remounting the drawer and losing its closing animation).
  const [openedFor, setOpenedFor] = useState(segmentKey);
  if (segmentKey !== null && segmentKey !== openedFor) {
    setOpenedFor(segmentKey);
    setStatus("counted");
    setPage(1);
  }
  const node = map.nodes.find((n) => n.key === segmentKey) ?? null;
  const list = useSegmentEnterprises(node ? { templateCode: map.template.code, segmentKey: node.key, status, page, pageSize: 20 } : null, subject);
  const revenueColumn = columnUnit(list.data?.items.map((r) => r.revenue) ?? [], "万元", lang);
  const decide = useDecidePlacement();
  const [message, holder] = antdMessage.useMessage();
  const act = (row: Row, decision: "confirmed" | "rejected" | "cleared") =>
    decide.mutate(
      { enterpriseId: row.enterpriseId, body: { templateCode: map.template.code, segmentKey: node?.key ?? "", decision } },
      { onSuccess: () => void message.success(t(`chains.segment.done.${decision}`)), onError: (e) => void message.error(errorText(e, t)) },
    );
  const strength = node?.assessment?.strength ?? "missing";
  return (
    <Drawer open={node !== null} onClose={onClose} size={880} title={node?.name ?? ""} destroyOnHidden data-testid="segment-drawer">
      {holder}
      {node && (
        <Space direction="vertical" size="middle" style={{ width: "100%" }}>
          <Space wrap>
            <Tag color={STRENGTH_COLOUR[strength]}>{t(`chains.strength.${strength}`)}</Tag>
            <Tag>{t(`chains.stage.${node.stage}`)}</Tag>
            {node.assessment?.reasons.map((r) => <Typography.Text key={r.zh}>{pickText(r, lang)}</Typography.Text>)}
          </Space>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t("chains.map.enterprises")}>{node.figures.enterprises}</Descriptions.Item>
            <Descriptions.Item label={t("chains.map.pending")}>{node.figures.pending}</Descriptions.Item>
            <Descriptions.Item label={t("chains.map.output")}>{formatMoneyWan(node.figures.output, lang)}</Descriptions.Item>
            <Descriptions.Item label={t("chains.map.share")}>{formatPercent(node.assessment?.share ?? null, lang, 1)}</Descriptions.Item>
            <Descriptions.Item label={t("chains.map.tiered")}>{node.figures.tiered}</Descriptions.Item>
            <Descriptions.Item label={t("chains.map.revenue")}>{formatMoneyWan(node.figures.revenue, lang)}</Descriptions.Item>
            <Descriptions.Item label={t("chains.segment.classes")} span={2}>
              {node.classes.map((c) => (
                <Tag key={c.code}>{`${c.code} ${c.name}${c.partial ? "*" : ""}`}</Tag>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label={t("chains.segment.keywords")} span={2}>
              {node.keywords.join("、")}
            </Descriptions.Item>
          </Descriptions>
          <Segmented<Status>
            value={status}
            onChange={(s) => {
              setStatus(s);
              setPage(1);
            }}
            options={(["counted", "pending", "rejected"] as const).map((s) => ({ value: s, label: t(`chains.segment.status.${s}`) }))}
          />
          {list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : (
            <Table<Row>
              rowKey="enterpriseId"
              size="small"
              loading={list.isPending}
              dataSource={list.data?.items ?? []}
              pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
              columns={[
                {
                  title: t("chains.segment.enterprise"),
                  render: (_, r) => (
                    <Space size={4} wrap>
                      <Link to={`/enterprises/${r.enterpriseId}`}>{r.name}</Link>
                      {r.isGenerated && <GeneratedBadge />}
                      {r.tiers.length > 0 && <Tag color="purple">{t("chains.segment.tieredN", { n: r.tiers.length })}</Tag>}
                    </Space>
                  ),
                },
                { title: t("chains.segment.park"), dataIndex: "parkName", render: (v: string | null) => v ?? "—" },
                { title: t("chains.segment.confidence"), render: (_, r) => `${r.confidence.toFixed(2)} · ${t(`chains.method.${r.method}`)}`, width: 150 },
                { title: t("chains.segment.reason"), dataIndex: "reason" },
                { title: titleWithUnit(t("chains.map.revenue"), revenueColumn.unit), render: (_, r) => revenueColumn.format(r.revenue), width: 130, align: "right" },
                {
                  title: t("common.actions"),
                  width: 170,
                  render: (_, r) => (
                    <Space size={4}>
                      {status !== "counted" && (
                        <Button size="small" onClick={() => act(r, "confirmed")} loading={decide.isPending}>
                          {t("chains.segment.confirm")}
                        </Button>
                      )}
                      {status !== "rejected" && (
                        <Button size="small" danger onClick={() => act(r, "rejected")} loading={decide.isPending}>
                          {t("chains.segment.reject")}
                        </Button>
                      )}
                      {r.override !== null && (
                        <Button size="small" type="link" onClick={() => act(r, "cleared")}>
                          {t("chains.segment.clear")}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]}
            />
          )}
        </Space>
      )}
    </Drawer>
  );
};
