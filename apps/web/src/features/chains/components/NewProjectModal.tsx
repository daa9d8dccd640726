import { Form, Input, message as antdMessage, Modal, Select } from "antd";
import type { TChainTemplateSummary, TMe, TProjectCreate } from "@parkpilot/contracts";
import { flattenSegments } from "@parkpilot/core";
import { useTranslation } from "react-i18next";
import { errorText } from "../error-text";
import { useAllParks } from "../../parks/hooks/useParks";
import { useCreateProject, useTemplate } from "../hooks/useChains";

interface Values {
  parkId: number;
  name: string;
  investorName: string;
  templateCode?: string;
  segmentKey?: string;
  stage: TProjectCreate["stage"];
  note?: string;
}

/** Records a new project at lead, contacted or negotiating (signing is a move in the pipeline). */
export const NewProjectModal = ({ open, me, parkId, chains, onClose }: { open: boolean; me: TMe; parkId: number | null; chains: readonly TChainTemplateSummary[]; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const province = me.scope.kind === "province";
  const parks = useAllParks(undefined, province && open);
  const code = Form.useWatch("templateCode", form);
  const template = useTemplate(chains.find((c) => c.code === code)?.id ?? null);
  const create = useCreateProject();
  const [message, holder] = antdMessage.useMessage();
  const leaves = template.data ? flattenSegments(template.data.definition.segments).filter((n) => n.isLeaf) : [];
  const submit = async () => {
    // A refused form shows its errors in place; the rejection itself is not an error of the page.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    create.mutate(
      { ...v, ...(v.note ? {} : { note: undefined }) },
      {
        onSuccess: () => {
          void message.success(t("chains.projects.created"));
          onClose();
        },
        onError: (e) => void message.error(errorText(e, t)),
      },
    );
  };
  return (
    <>
      {/* Outside the modal: the "created" message must outlive the modal it closes. */}
      {holder}
      <Modal open={open} title={t("chains.projects.new")} onCancel={onClose} onOk={() => void submit()} confirmLoading={create.isPending} okText={t("common.save")} cancelText={t("common.cancel")} destroyOnHidden>
        <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ parkId: parkId ?? (me.scope.kind === "park" ? me.scope.parkId : undefined), stage: "lead" }}>
          {province && (
            <Form.Item name="parkId" label={t("chains.projects.park")} rules={[{ required: true }]}>
              <Select showSearch optionFilterProp="label" options={(parks.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} />
            </Form.Item>
          )}
          {!province && (
            <Form.Item name="parkId" hidden>
              <Input />
            </Form.Item>
          )}
          <Form.Item name="name" label={t("chains.projects.name")} rules={[{ required: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="investorName" label={t("chains.projects.investor")} rules={[{ required: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="templateCode" label={t("chains.projects.chain")}>
            <Select allowClear options={chains.map((c) => ({ value: c.code, label: c.name }))} onChange={() => form.setFieldValue("segmentKey", undefined)} />
          </Form.Item>
          <Form.Item name="segmentKey" label={t("chains.projects.segment")}>
            <Select allowClear disabled={!code} options={leaves.map((n) => ({ value: n.segment.key, label: `${t(`chains.stage.${n.segment.stage}`)} · ${n.segment.name}` }))} />
          </Form.Item>
          <Form.Item name="stage" label={t("chains.projects.stage")} rules={[{ required: true }]}>
            <Select options={(["lead", "contacted", "negotiating"] as const).map((s) => ({ value: s, label: t(`chains.projectStage.${s}`) }))} />
          </Form.Item>
          <Form.Item name="note" label={t("chains.projects.note")}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
};
