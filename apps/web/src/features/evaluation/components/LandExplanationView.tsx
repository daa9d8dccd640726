import { Descriptions, List, Table, Tag, Typography } from "antd";
import type { TLandExplanation } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";
import { pickText, useLang } from "../../../lib/i18n";
import { CLASS_COLOURS, figure, LAND_STATUSES, oneOf } from "../text";
import { CitationTag } from "./CitationTag";

type Item = TLandExplanation["items"][number];

/**
 * One enterprise's per-mu result explained: each indicator's value against its benchmark with its
 * weight and points (and why a value is missing), bonus and penalty items, class and rank, what
 * would move it up a class, and the whole explanation in sentences.
 */
export const LandExplanationView = ({ e }: { e: TLandExplanation }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const status = oneOf(LAND_STATUSES, e.status);
  const statusName = status ? t(`evaluation.land.statusNames.${status}`) : e.status;
  return (
    <div data-testid="land-explanation">
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t("evaluation.land.ruleSet")}>
          {pickText(e.ruleSet.title, lang)} {e.ruleSet.version} <CitationTag citation={e.ruleSet.citation} />
        </Descriptions.Item>
        <Descriptions.Item label={t("evaluation.year")}>{e.year}</Descriptions.Item>
        <Descriptions.Item label={t("evaluation.land.energyBasis")} span={2}>
          <span data-testid="land-energy-basis">{t("evaluation.land.energyBasisText", { basis: pickText(e.ruleSet.energyBasis, lang) })}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("evaluation.land.class")}>
          {e.class ? <Tag color={CLASS_COLOURS[e.class]}>{`${e.class} ${pickText(e.classLabel, lang)}`}</Tag> : statusName}
        </Descriptions.Item>
        <Descriptions.Item label={t("evaluation.land.score")}>
          {figure(e.score, lang)}
          {e.rank !== null && ` · ${t("evaluation.land.rank")} ${e.rank}/${e.poolSize}`}
        </Descriptions.Item>
      </Descriptions>
      {e.items.length > 0 && (
        <Table<Item>
          size="small"
          rowKey="id"
          pagination={false}
          style={{ marginTop: 12 }}
          dataSource={e.items}
          columns={[
            { title: t("evaluation.land.items"), key: "name", render: (_: unknown, i: Item) => pickText(i.name, lang) },
            { title: t("evaluation.land.value"), key: "value", render: (_: unknown, i: Item) => (i.value === null ? <Tag color="gold">{t("evaluation.unknown")}</Tag> : `${figure(i.value, lang)} ${pickText(i.unit, lang)}`) },
            {
              title: t("evaluation.land.benchmark"),
              key: "benchmark",
              render: (_: unknown, i: Item) => (
                <span>
                  {figure(i.benchmark, lang)} {i.benchmarkYear !== null && <Typography.Text type="secondary">({i.benchmarkYear})</Typography.Text>} <CitationTag citation={i.citation} />
                </span>
              ),
            },
            { title: t("evaluation.land.weight"), dataIndex: "weight", width: 70 },
            { title: t("evaluation.land.points"), key: "points", width: 90, render: (_: unknown, i: Item) => figure(i.points, lang) },
          ]}
        />
      )}
      {e.adjustments.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {t("evaluation.land.adjustments")}: {e.adjustments.map((a) => <Tag key={a.id} color={a.points >= 0 ? "green" : "red"}>{`${pickText(a.label, lang)} ${a.points > 0 ? "+" : ""}${a.points}`}</Tag>)}
        </Typography.Paragraph>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t("evaluation.land.moveUp")}
      </Typography.Title>
      {e.moveUp && e.moveUp.options.length > 0 ? (
        <>
          <Typography.Text type="secondary">{t("evaluation.land.moveUpNote")}</Typography.Text>
          <List size="small" dataSource={e.moveUp.options} renderItem={(o) => <List.Item data-testid="move-up-option">{pickText(o.text, lang)}</List.Item>} />
        </>
      ) : (
        <Typography.Text type="secondary">{e.class === "A" ? t("evaluation.land.top") : "—"}</Typography.Text>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t("evaluation.land.explanation")}
      </Typography.Title>
      <List size="small" dataSource={e.lines} renderItem={(l) => <List.Item>{pickText(l, lang)}</List.Item>} />
      <Typography.Text type="secondary">{t("evaluation.land.computedAt", { at: formatDateTime(e.computedAt, lang) })}</Typography.Text>
    </div>
  );
};
