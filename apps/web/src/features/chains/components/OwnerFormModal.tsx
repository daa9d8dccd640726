import { Form, Input, message as antdMessage, Modal, Select, Typography } from "antd";
import type { TChainOwner, TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { showFormError } from "../error-text";
import { useCreateOwner, useUpdateOwner } from "../hooks/useChains";
import type { useChainSelection } from "../hooks/useChainSelection";
import { parseTeam, teamText } from "../team-text";

interface Values {
  templateCode: string;
  level: "park" | "province";
  ownerName: string;
  ownerTitle?: string;
  team?: string;
}

/**
 * Names a 链长 with a team, or (given `owner`) changes the 链长, title or team of one. The chain
 * and level are chosen when the 链长 is named and stay as they are afterwards.
 */
export const OwnerFormModal = ({ me, selection, owner, onClose }: { me: TMe; selection: ReturnType<typeof useChainSelection>; owner?: TChainOwner; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateOwner();
  const update = useUpdateOwner();
  const [message, holder] = antdMessage.useMessage();
  const fail = (e: unknown) => showFormError(form, e, t, (text) => void message.error(text));
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const team = parseTeam(v.team, owner?.team ?? [], t("chains.team.member"));
    if (owner) {
      update.mutate({ id: owner.id, body: { ownerName: v.ownerName, ownerTitle: v.ownerTitle?.trim() ?? "", team } }, { onSuccess: onClose, onError: fail });
      return;
    }
    const parkId = me.scope.kind === "park" ? me.scope.parkId : v.level === "park" ? (selection.parkId ?? undefined) : undefined;
    create.mutate({ templateCode: v.templateCode, ...(parkId ? { parkId } : {}), ownerName: v.ownerName, ...(v.ownerTitle ? { ownerTitle: v.ownerTitle } : {}), team }, { onSuccess: onClose, onError: fail });
  };
  const initial: Partial<Values> = owner
    ? { ownerName: owner.ownerName, ownerTitle: owner.ownerTitle ?? "", team: teamText(owner.team) }
    : { templateCode: selection.chain ?? undefined, level: me.scope.kind === "park" || selection.parkId !== null ? "park" : "province" };
  return (
    <Modal
      open
      title={owner ? t("chains.team.editOwner") : t("chains.team.addOwner")}
      onCancel={onClose}
      onOk={() => void save()}
      confirmLoading={create.isPending || update.isPending}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      destroyOnHidden
    >
      {holder}
      {owner && (
        <Typography.Paragraph type="secondary">
          {`${owner.chainName ?? owner.templateCode} · ${owner.level === "park" ? (owner.parkName ?? "") : t("chains.team.provinceLevel")}`}
        </Typography.Paragraph>
      )}
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={initial}>
        {!owner && (
          <Form.Item name="templateCode" label={t("chains.projects.chain")} rules={[{ required: true }]}>
            <Select options={selection.chains.map((c) => ({ value: c.code, label: c.name }))} />
          </Form.Item>
        )}
        {!owner && me.scope.kind === "province" && (
          <Form.Item name="level" label={t("chains.team.level")} extra={t("chains.team.levelHint")}>
            <Select options={[{ value: "province", label: t("chains.team.provinceLevel") }, ...(selection.parkId !== null ? [{ value: "park", label: t("chains.team.selectedPark") }] : [])]} />
          </Form.Item>
        )}
        <Form.Item name="ownerName" label={t("chains.team.owner")} rules={[{ required: true, whitespace: true, max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="ownerTitle" label={t("chains.team.title")}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="team" label={t("chains.team.team")} extra={t("chains.team.teamHint")}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
