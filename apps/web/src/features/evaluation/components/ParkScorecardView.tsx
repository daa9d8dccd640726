import { useState } from "react";
import { Button, Flex, Progress, Space, Table, Tag, Typography } from "antd";
import type { TMe, TParkScorecard } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { Panel } from "../../../components/Panel";
import { pickText, useLang } from "../../../lib/i18n";
import { evidenceUrl } from "../api";
import { useDeleteEvidence } from "../hooks/useEvaluation";
import { figure } from "../text";
import { CitationTag } from "./CitationTag";
import { EvidenceModal } from "./EvidenceModal";
import { EvidenceReview } from "./EvidenceReview";
import { ScorecardRadar } from "./ScorecardRadar";

type Item = TParkScorecard["dimensions"][number]["orientations"][number]["items"][number];

const pointsColour = (p: number | null) => (p === null ? "default" : p >= 80 ? "green" : p >= 60 ? "blue" : p > 0 ? "orange" : "red");

/**
 * One park's scorecard: total, rank and last year's, the radar of the 7 dimensions, then every
 * orientation with its items: value against the province median and full-marks line, points,
 * the finding in words, and for checklist items the evidence on file (file, update, withdraw).
 */
export const ParkScorecardView = ({ card, me }: { card: TParkScorecard; me: TMe }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [editing, setEditing] = useState<Item | null>(null);
  const remove = useDeleteEvidence();
  const canWrite = me.scope.kind !== "enterprise";
  const year = card.year ?? 0;
  /** A figure with the item's unit; an unknown is a dash alone (no "— %"). */
  const withUnit = (value: number | null, i: Item) => (value === null ? figure(null, lang) : `${figure(value, lang)} ${pickText(i.unit, lang)}`.trim());

  const columns = [
    {
      title: t("evaluation.land.items"),
      key: "label",
      render: (_: unknown, i: Item) => (
        <span>
          {pickText(i.label, lang)}
          {i.kind === "checklist" && <Tag style={{ marginLeft: 6 }}>{t("evaluation.scorecard.evidence")}</Tag>}
        </span>
      ),
    },
    { title: t("evaluation.scorecard.value"), key: "value", render: (_: unknown, i: Item) => (i.kind === "checklist" ? "" : withUnit(i.value, i)) },
    { title: t("evaluation.scorecard.median"), key: "median", render: (_: unknown, i: Item) => (i.target !== null ? `≤ ${withUnit(i.target, i)}` : withUnit(i.median, i)) },
    { title: t("evaluation.scorecard.points"), key: "points", render: (_: unknown, i: Item) => <Tag color={pointsColour(i.points)}>{i.points === null ? t(`evaluation.scorecard.status.${i.status}`) : Math.round(i.points)}</Tag> },
    {
      title: t("evaluation.scorecard.finding"),
      key: "finding",
      render: (_: unknown, i: Item) => (
        <Space direction="vertical" size={2}>
          <span>{pickText(i.finding, lang)}</span>
          {i.evidence && <EvidenceReview evidence={i.evidence} parkId={card.parkId} itemLabel={pickText(i.label, lang)} canReview={me.scope.kind === "province"} />}
          {i.kind === "checklist" && canWrite && (
            <Space size={4}>
              <Button size="small" onClick={() => setEditing(i)} data-testid={`evidence-${i.id}`}>
                {i.evidence ? t("evaluation.scorecard.replace") : t("evaluation.scorecard.upload")}
              </Button>
              {i.evidence?.attachmentName && (
                <Button size="small" type="link" href={evidenceUrl(card.parkId, i.id, year)}>
                  {t("evaluation.scorecard.download")}
                </Button>
              )}
              {i.evidence && (
                <Button size="small" type="link" danger loading={remove.isPending && remove.variables.itemKey === i.id} onClick={() => remove.mutate({ parkId: card.parkId, itemKey: i.id, year })}>
                  {t("evaluation.scorecard.remove")}
                </Button>
              )}
            </Space>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="park-scorecard">
      <Panel title={`${card.parkName} · ${card.year ?? "—"}`} extra={<CitationTag citation={card.scorecard.citation} />}>
        <Flex gap={24} wrap align="center">
          <Space direction="vertical" size={4} style={{ minWidth: 220 }}>
            <Typography.Text type="secondary">{t("evaluation.scorecard.total")}</Typography.Text>
            <Typography.Title level={2} style={{ margin: 0 }} data-testid="scorecard-total">
              {card.total === null ? "—" : card.total.toFixed(1)}
            </Typography.Title>
            <span>{card.rank === null ? t("evaluation.scorecard.unranked") : t("evaluation.scorecard.rankOf", { rank: card.rank, of: card.of })}</span>
            <Typography.Text type="secondary">
              {card.previous ? t("evaluation.scorecard.previous", { total: card.previous.total?.toFixed(1) ?? "—", rank: card.previous.rank ?? "—" }) : t("evaluation.scorecard.noPrevious")}
            </Typography.Text>
            <span>
              {t("evaluation.scorecard.completeness")} <Progress percent={Math.round(card.completeness * 100)} size="small" style={{ width: 160 }} />
            </span>
          </Space>
          <div style={{ flex: "1 1 360px", minWidth: 320 }}>
            <ScorecardRadar card={card} />
          </div>
        </Flex>
      </Panel>
      {card.dimensions.map((d) => (
        <Panel key={d.id} title={`${d.id} ${pickText(d.name, lang)} · ${d.score === null ? "—" : d.score.toFixed(0)}`} testId={`dimension-${d.id}`}>
          {d.orientations.map((o) => (
            <div key={o.number} style={{ marginBottom: 16 }}>
              <Flex justify="space-between" align="center" wrap gap={8}>
                <Typography.Text strong>
                  {o.number}. {pickText(o.name, lang)} · {o.score === null ? "—" : o.score.toFixed(0)}
                </Typography.Text>
                <Space size={4}>
                  <Typography.Text type="secondary">
                    {t("evaluation.scorecard.completeness")} {Math.round(o.completeness * 100)}%
                  </Typography.Text>
                  <CitationTag citation={o.citation} />
                </Space>
              </Flex>
              <Table<Item> size="small" rowKey="id" pagination={false} dataSource={o.items} columns={columns} />
            </div>
          ))}
        </Panel>
      ))}
      {editing && (
        <EvidenceModal
          parkId={card.parkId}
          year={year}
          itemKey={editing.id}
          label={pickText(editing.label, lang)}
          hint={editing.evidenceHint ? pickText(editing.evidenceHint, lang) : null}
          current={editing.evidence}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
};
