import { useState } from "react";
import { Button, Input, InputNumber, message as antdMessage, Modal, Select, Space, Switch, Table, Tag, Typography } from "antd";
import { EditOutlined } from "@ant-design/icons";
import type { TEnterpriseFact } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { Panel } from "../../../components/Panel";
import { DASH } from "../../../lib/format";
import { pickBilingual } from "../../../lib/bilingual";
import type { Lang } from "../../../lib/format";
import { pickText, useLang } from "../../../lib/i18n";
import { useFacts, useSaveFacts } from "../hooks/useGradient";
import { errorText } from "../error-text";
import styles from "./GradientPage.module.css";

type Value = number | boolean | string | null;

const display = (f: TEnterpriseFact, lang: "zh-CN" | "en-US", yes: string, no: string): string => {
  if (f.value === null) return DASH;
  if (typeof f.value === "boolean") return f.value ? yes : no;
  const level = f.levels?.find((l) => l.value === f.value);
  return level ? pickText(level.label, lang) : String(f.value);
};

/**
 * The facts the tier rules read besides annual figures (awards, R&D institutions, niche years,
 * review decisions, credit lists …): null is unknown, and an unknown here is often what keeps a
 * tier "pending". Enterprises fill in their own declarations; registry facts are the authorities'.
 */
/** "手工录入 · 依据…", in the page's language; a note that already names the kind stands alone. */
const sourceText = (kind: string, note: string | null | undefined, lang: Lang): string => {
  const shown = note ? pickBilingual(note, lang) : "";
  if (!shown) return kind;
  return shown.toLowerCase().startsWith(kind.toLowerCase()) ? shown : `${kind} · ${shown}`;
};

export const FactsPanel = ({ enterpriseId }: { enterpriseId: number }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const facts = useFacts(enterpriseId, true);
  const save = useSaveFacts(enterpriseId);
  const [onlyMissing, setOnlyMissing] = useState(false);
  const [editing, setEditing] = useState<{ fact: TEnterpriseFact; value: Value } | null>(null);
  const [message, holder] = antdMessage.useMessage();
  const rows = (facts.data?.facts ?? []).filter((f) => !onlyMissing || f.value === null);
  const submit = () => {
    if (!editing) return;
    save.mutate({ [editing.fact.key]: editing.value }, { onSuccess: () => setEditing(null), onError: (e) => void message.error(errorText(e, t)) });
  };
  const editor = (f: TEnterpriseFact, value: Value) => {
    const set = (v: Value) => setEditing({ fact: f, value: v });
    if (f.type === "boolean") return <Select<string> style={{ width: 160 }} value={value === null ? "" : String(value)} onChange={(v) => set(v === "" ? null : v === "true")} options={[{ value: "", label: t("gradient.facts.unknown") }, { value: "true", label: t("common.yes") }, { value: "false", label: t("common.no") }]} />;
    if (f.levels) return <Select<number | null> style={{ width: 240 }} allowClear value={typeof value === "number" ? value : null} onChange={(v) => set(v ?? null)} options={f.levels.map((l) => ({ value: l.value, label: pickText(l.label, lang) }))} />;
    if (f.type === "number") return <InputNumber style={{ width: 200 }} min={0} value={typeof value === "number" ? value : null} onChange={(v) => set(v ?? null)} />;
    return <Input style={{ width: 240 }} value={typeof value === "string" ? value : ""} onChange={(e) => set(e.target.value === "" ? null : e.target.value)} />;
  };
  return (
    <Panel
      title={t("gradient.facts.title")}
      className={styles.section}
      extra={
        <Space>
          <Switch size="small" checked={onlyMissing} onChange={setOnlyMissing} aria-label={t("gradient.facts.onlyMissing")} />
          <Typography.Text>{t("gradient.facts.onlyMissing")}</Typography.Text>
        </Space>
      }
    >
      {holder}
      {facts.isError ? (
        <ErrorState error={facts.error} onRetry={() => void facts.refetch()} />
      ) : (
        <Table<TEnterpriseFact>
          rowKey="key"
          size="small"
          loading={facts.isPending}
          dataSource={rows}
          pagination={{ pageSize: 15, hideOnSinglePage: true }}
          columns={[
            { title: t("gradient.facts.fact"), key: "label", render: (_, f) => pickText(f.label, lang) },
            { title: t("gradient.facts.value"), key: "value", width: 200, render: (_, f) => (f.value === null ? <Tag color="gold">{t("gradient.facts.unknown")}</Tag> : display(f, lang, t("common.yes"), t("common.no"))) },
            { title: t("gradient.honours.source"), key: "source", width: 200, render: (_, f) => (f.source ? sourceText(t(`gradient.honours.sources.${f.source.kind}`, { defaultValue: f.source.kind }), f.source.note, lang) : "") },
            {
              title: t("common.actions"),
              key: "edit",
              width: 70,
              render: (_, f) => f.editable && <Button size="small" type="text" icon={<EditOutlined />} aria-label={t("gradient.facts.edit")} onClick={() => setEditing({ fact: f, value: f.value })} />,
            },
          ]}
        />
      )}
      <Modal open={editing !== null} title={editing ? pickText(editing.fact.label, lang) : ""} onCancel={() => setEditing(null)} onOk={submit} confirmLoading={save.isPending} okText={t("common.save")} cancelText={t("common.cancel")} destroyOnHidden>
        {editing && editor(editing.fact, editing.value)}
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
          {t("gradient.facts.hint")}
        </Typography.Paragraph>
      </Modal>
    </Panel>
  );
};
