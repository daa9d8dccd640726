import { Form, message as antdMessage, Modal, Typography } from "antd";
import type { TChainTemplateSummary, TProjectSummary } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { showFormError } from "../error-text";
import { useUpdateProject } from "../hooks/useChains";
import { CommitmentFields, commitmentsOf, commitmentValues, type CommitmentValues } from "./CommitmentFields";
import { ProjectFields, type ProjectFieldValues } from "./ProjectFields";

interface Values extends ProjectFieldValues {
  commitments: CommitmentValues;
}

/** Stages from signing on: the project holds every commitment (signing asked for them all). */
const SIGNED = new Set(["signed", "under_construction", "producing"]);

/**
 * Corrects a project: what it is (the fields of its creation) and its commitments (contracts get
 * amended). The stage moves only through the pipeline. The server audits every change; a value it
 * refuses is shown under its field.
 */
export const ProjectEditModal = ({
  project,
  chains,
  onClose,
  onSaved,
}: {
  project: TProjectSummary;
  chains: readonly TChainTemplateSummary[];
  onClose: () => void;
  onSaved: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const update = useUpdateProject();
  const [message, holder] = antdMessage.useMessage();
  const signed = SIGNED.has(project.stage);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    update.mutate(
      {
        id: project.id,
        body: {
          name: v.name,
          investorName: v.investorName,
          templateCode: v.templateCode ?? null,
          segmentKey: v.segmentKey ?? null,
          commitments: commitmentsOf(v.commitments, signed || project.commitments.signedOn !== null),
        },
      },
      { onSuccess: onSaved, onError: (e) => showFormError(form, e, t, (text) => void message.error(text)) },
    );
  };
  return (
    <Modal
      open
      title={t("chains.projects.editTitle", { name: project.name })}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={update.isPending}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      destroyOnHidden
      data-testid="project-edit"
    >
      {holder}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ name: project.name, investorName: project.investorName, templateCode: project.templateCode, segmentKey: project.segmentKey, commitments: commitmentValues(project.commitments) }}
      >
        <ProjectFields chains={chains} />
        <Typography.Title level={5}>{t("chains.projects.commitments")}</Typography.Title>
        {!signed && <Typography.Paragraph type="secondary">{t("chains.projects.commitmentsHint")}</Typography.Paragraph>}
        <CommitmentFields required={signed} withSignedOn={signed || project.commitments.signedOn !== null} />
      </Form>
    </Modal>
  );
};
