import { useState } from "react";
import { Button, Form, Input, message as antdMessage, Modal, Popconfirm, Select, Space, Switch, Table, Tag } from "antd";
import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import type { TMe, TSupportMeasure, TSupportMeasureInput, TTierKey } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { Panel } from "../../../components/Panel";
import { pickText, useLang } from "../../../lib/i18n";
import { useCatalogue, useDeleteMeasure, useMeasures, useSaveMeasure } from "../hooks/useGradient";
import { errorText } from "../error-text";
import styles from "./GradientPage.module.css";

const KINDS = ["policy", "service", "fund", "training"] as const;

/**
 * Support measures attached to tiers, so a park sees whom to help with what: province-wide
 * measures (written by the province) and the park's own (written by the park).
 */
export const MeasuresPanel = ({ me, highlight }: { me: TMe; highlight: TTierKey }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const catalogue = useCatalogue();
  const measures = useMeasures();
  const save = useSaveMeasure();
  const remove = useDeleteMeasure();
  const [editing, setEditing] = useState<TSupportMeasure | "new" | null>(null);
  const [form] = Form.useForm<TSupportMeasureInput>();
  const [message, holder] = antdMessage.useMessage();
  const tierLabel = (key: string) => pickText(catalogue.data?.tiers.find((x) => x.key === key)?.label, lang) || key;
  const ownPark = me.scope.kind === "park" ? me.scope.parkId : null;
  const mayEdit = (m: TSupportMeasure) => me.scope.kind === "province" || (m.parkId !== null && m.parkId === ownPark);

  const open = (m: TSupportMeasure | "new") => {
    setEditing(m);
    form.setFieldsValue(
      m === "new"
        ? { tier: highlight, kind: "service", title: "", description: null, reference: null, active: true, parkId: ownPark }
        : { tier: m.tier, kind: m.kind, title: m.title, description: m.description, reference: m.reference, active: m.active, parkId: m.parkId },
    );
  };
  const submit = async () => {
    const values = await form.validateFields();
    save.mutate(
      { input: { ...values, parkId: ownPark ?? values.parkId ?? null }, ...(editing !== "new" && editing ? { id: editing.id } : {}) },
      { onSuccess: () => setEditing(null), onError: (e) => void message.error(errorText(e, t)) },
    );
  };

  const rows = [...(measures.data ?? [])].sort((a, b) => Number(b.tier === highlight) - Number(a.tier === highlight));
  return (
    <Panel
      title={t("gradient.measures.title")}
      className={styles.section}
      extra={
        me.scope.kind !== "enterprise" && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => open("new")} data-testid="measure-add">
            {t("gradient.measures.add")}
          </Button>
        )
      }
    >
      {holder}
      {measures.isError ? (
        <ErrorState error={measures.error} onRetry={() => void measures.refetch()} />
      ) : (
        <Table<TSupportMeasure>
          rowKey="id"
          size="small"
          loading={measures.isPending}
          dataSource={rows}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t("gradient.measures.tier"), key: "tier", width: 200, render: (_, m) => <Tag color={m.tier === highlight ? "blue" : undefined}>{tierLabel(m.tier)}</Tag> },
            { title: t("gradient.measures.kind"), key: "kind", width: 90, render: (_, m) => t(`gradient.measures.kinds.${m.kind}`) },
            {
              title: t("gradient.measures.measure"),
              key: "title",
              render: (_, m) => (
                <Space direction="vertical" size={0}>
                  <span>{m.title}</span>
                  {m.description && <span style={{ color: "#666", fontSize: 12 }}>{m.description}</span>}
                  {m.reference && <span style={{ color: "#999", fontSize: 12 }}>{m.reference}</span>}
                </Space>
              ),
            },
            { title: t("gradient.measures.scope"), key: "scope", width: 180, render: (_, m) => m.parkName ?? t("gradient.measures.provinceWide") },
            { title: t("gradient.measures.active"), key: "active", width: 70, render: (_, m) => (m.active ? t("common.yes") : t("common.no")) },
            {
              title: t("common.actions"),
              key: "actions",
              width: 90,
              render: (_, m) =>
                mayEdit(m) && (
                  <Space size={4}>
                    <Button size="small" type="text" icon={<EditOutlined />} aria-label={t("gradient.measures.edit")} onClick={() => open(m)} />
                    <Popconfirm title={t("gradient.measures.confirmDelete")} onConfirm={() => remove.mutate(m.id, { onError: (e) => void message.error(errorText(e, t)) })}>
                      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t("gradient.measures.delete")} />
                    </Popconfirm>
                  </Space>
                ),
            },
          ]}
        />
      )}
      <Modal open={editing !== null} title={editing === "new" ? t("gradient.measures.add") : t("gradient.measures.edit")} onCancel={() => setEditing(null)} onOk={() => void submit()} confirmLoading={save.isPending} okText={t("common.save")} cancelText={t("common.cancel")} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="tier" label={t("gradient.measures.tier")} rules={[{ required: true }]}>
            <Select options={(catalogue.data?.tiers ?? []).map((x) => ({ value: x.key, label: pickText(x.label, lang) }))} />
          </Form.Item>
          <Form.Item name="kind" label={t("gradient.measures.kind")} rules={[{ required: true }]}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`gradient.measures.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t("gradient.measures.measure")} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="description" label={t("gradient.measures.description")} rules={[{ max: 5000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="reference" label={t("gradient.measures.reference")} rules={[{ max: 500 }]}>
            <Input placeholder={t("gradient.measures.referenceHint")} />
          </Form.Item>
          <Form.Item name="active" label={t("gradient.measures.active")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </Panel>
  );
};
