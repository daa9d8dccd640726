import { useState } from "react";
import { Button, Descriptions, Drawer, Input, message as antdMessage, Modal, Space, Switch, Table, Tag, Tree, Typography } from "antd";
import type { TChainDefinition, TChainTemplateSummary, TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { PageLoading } from "../../../components/PageLoading";
import { errorText } from "../error-text";
import { formatDateTime, formatPercent } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { useDeriveTemplate, useTemplate, useTemplates } from "../hooks/useChains";
import { ChainsShell } from "./ChainsShell";

type Segment = TChainDefinition["segments"][number];

interface TreeNode {
  key: string;
  title: string;
  children: TreeNode[];
}

const treeOf = (segments: readonly Segment[], stage: (s: Segment["stage"]) => string): TreeNode[] =>
  segments.map((s) => ({
    key: s.key,
    title: `${s.name}（${stage(s.stage)}）${s.classes.length ? ` · ${s.classes.map((c) => `${c.code}${c.partial ? "*" : ""}`).join(" ")}` : ""}${s.keywords.length ? ` · ${s.keywords.join("、")}` : ""}`,
    children: treeOf(s.children, stage),
  }));

/**
 * Chain templates as data: the shipped ones and the province's own versions, each with its
 * sources, segments (classes, keywords, basis) and policy numbers. Province accounts copy a
 * template or edit it (the whole definition as JSON, validated by the server) into a new
 * version; older versions stay listed.
 */
export const TemplatesPage = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [all, setAll] = useState(false);
  const templates = useTemplates(all);
  const [open, setOpen] = useState<number | null>(null);
  const detail = useTemplate(open);
  const derive = useDeriveTemplate();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, holder] = antdMessage.useMessage();
  const province = me.scope.kind === "province";
  const d = detail.data;
  const copy = () =>
    d &&
    derive.mutate(
      { id: d.id, body: {} },
      { onSuccess: (r) => { setOpen(r.id); void message.success(t("chains.templates.copied", { version: r.version })); }, onError: (e) => void message.error(errorText(e, t)) },
    );
  const saveEdit = () => {
    if (!d || editing === null) return;
    let definition: unknown;
    try {
      definition = JSON.parse(editing);
    } catch (e) {
      setError(e);
      return void message.error(t("chains.templates.badJson"));
    }
    derive.mutate(
      { id: d.id, body: { definition: definition as TChainDefinition } },
      {
        onSuccess: (r) => {
          setEditing(null);
          setError(null);
          setOpen(r.id);
          void message.success(t("chains.templates.saved", { version: r.version }));
        },
        onError: setError,
      },
    );
  };
  return (
    <ChainsShell section="templates" extra={<Space><Typography.Text>{t("chains.templates.allVersions")}</Typography.Text><Switch checked={all} onChange={setAll} /></Space>}>
      {holder}
      {templates.isError ? (
        <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />
      ) : (
        <Table<TChainTemplateSummary>
          rowKey="id"
          size="small"
          loading={templates.isPending}
          pagination={false}
          dataSource={templates.data?.items ?? []}
          onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: "pointer" } })}
          columns={[
            { title: t("chains.templates.name"), render: (_, r) => <Space>{r.name}{r.isEffective && <Tag color="green">{t("chains.templates.effective")}</Tag>}</Space> },
            { title: t("chains.templates.version"), render: (_, r) => `v${r.version} · ${r.dataVersion}`, width: 140 },
            { title: t("chains.templates.owner"), render: (_, r) => (r.provinceCode ? t("chains.templates.provinceCopy") : t("chains.templates.shipped")), width: 110 },
            { title: t("chains.templates.leaves"), dataIndex: "leafCount", width: 90 },
            { title: t("chains.templates.created"), render: (_, r) => `${formatDateTime(r.createdAt, lang)}${r.createdByName ? ` · ${r.createdByName}` : ""}`, width: 220 },
            { title: t("chains.templates.citation"), dataIndex: "citation", ellipsis: true },
          ]}
        />
      )}
      <Drawer open={open !== null} onClose={() => setOpen(null)} size={900} title={d ? `${d.name} v${d.version}` : ""} destroyOnHidden data-testid="template-drawer" extra={province && d && <Space><Button onClick={copy} loading={derive.isPending}>{t("chains.templates.copy")}</Button><Button type="primary" onClick={() => setEditing(JSON.stringify(d.definition, null, 2))}>{t("chains.templates.edit")}</Button></Space>}>
        {detail.isError ? (
          <ErrorState error={detail.error} />
        ) : !d ? (
          <PageLoading />
        ) : (
          <Space direction="vertical" size="middle" style={{ width: "100%" }}>
            <Typography.Paragraph>{d.definition.citation}</Typography.Paragraph>
            <Descriptions size="small" bordered column={1} title={t("chains.templates.sources")}>
              {d.definition.sources.map((s) => (
                <Descriptions.Item key={s.title} label={s.title}>{[s.issuer, s.reference, s.use].filter(Boolean).join(" · ")}</Descriptions.Item>
              ))}
            </Descriptions>
            <Typography.Title level={5}>{t("chains.templates.segments")}</Typography.Title>
            <Tree defaultExpandAll selectable={false} treeData={treeOf(d.definition.segments, (s: Segment["stage"]) => t(`chains.stage.${s}`))} />
            <Descriptions size="small" bordered column={2} title={t("chains.templates.policy")}>
              <Descriptions.Item label={t("chains.templates.parkStrong")}>{t("chains.templates.strongRule", { n: d.definition.assessment.park.strong.minEnterprises, count: d.definition.assessment.park.strong.minEnterprises, share: formatPercent(d.definition.assessment.park.strong.minShare, lang, 0) })}</Descriptions.Item>
              <Descriptions.Item label={t("chains.templates.provinceStrong")}>{t("chains.templates.strongRule", { n: d.definition.assessment.province.strong.minEnterprises, count: d.definition.assessment.province.strong.minEnterprises, share: formatPercent(d.definition.assessment.province.strong.minShare, lang, 0) })}</Descriptions.Item>
              <Descriptions.Item label={t("chains.templates.floors")}>{`${d.definition.placement.candidateFloor} / ${d.definition.placement.countFloor}`}</Descriptions.Item>
              <Descriptions.Item label={t("chains.templates.weights")}>{`${d.definition.placement.classFull} / ${d.definition.placement.classPartial} / ${d.definition.placement.keywordInProducts} / ${d.definition.placement.keywordInScope}`}</Descriptions.Item>
            </Descriptions>
          </Space>
        )}
      </Drawer>
      <Modal open={editing !== null} title={t("chains.templates.edit")} width={900} onCancel={() => { setEditing(null); setError(null); }} onOk={saveEdit} confirmLoading={derive.isPending} okText={t("common.save")} cancelText={t("common.cancel")} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t("chains.templates.editHint")}</Typography.Paragraph>
        {error !== null && <ErrorState error={error} />}
        <Input.TextArea value={editing ?? ""} onChange={(e) => setEditing(e.target.value)} rows={24} style={{ fontFamily: "monospace", fontSize: 12 }} aria-label={t("chains.templates.edit")} />
      </Modal>
    </ChainsShell>
  );
};
