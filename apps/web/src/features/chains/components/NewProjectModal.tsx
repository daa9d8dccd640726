import { Form, Input, message as antdMessage, Modal, Select } from "antd";
import type { TChainTemplateSummary, TMe, TProjectCreate } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { showFormError } from "../error-text";
import { useAllParks } from "../../parks/hooks/useParks";
import { useCreateProject } from "../hooks/useChains";
import { ProjectFields, type ProjectFieldValues } from "./ProjectFields";

interface Values extends ProjectFieldValues {
  parkId: number;
  stage: TProjectCreate["stage"];
  note?: string;
}

/** Records a new project at lead, contacted or negotiating (signing is a move in the pipeline). */
export const NewProjectModal = ({ open, me, parkId, chains, onClose }: { open: boolean; me: TMe; parkId: number | null; chains: readonly TChainTemplateSummary[]; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const province = me.scope.kind === "province";
  const parks = useAllParks(undefined, province && open);
  const create = useCreateProject();
  const [message, holder] = antdMessage.useMessage();
  const submit = async () => {
    // A refused form shows its errors in place; the rejection itself is not an error of the page.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { templateCode, segmentKey, ...rest } = v;
    create.mutate(
      { ...rest, ...(templateCode ? { templateCode } : {}), ...(segmentKey ? { segmentKey } : {}), ...(v.note ? {} : { note: undefined }) },
      {
        onSuccess: () => {
          void message.success(t("chains.projects.created"));
          onClose();
        },
        onError: (e) => showFormError(form, e, t, (text) => void message.error(text)),
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
          <ProjectFields chains={chains} />
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
