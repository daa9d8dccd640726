import { Form, Input, message as antdMessage, Modal, Select, Typography } from "antd";
import type { TChainOwner, TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { accountOptions } from "../account-options";
import { errorText, showFormError } from "../error-text";
import { useCreateOwner, useOwnerAccounts, useUpdateOwner } from "../hooks/useChains";
import type { useChainSelection } from "../hooks/useChainSelection";
import { memberInput, type MemberInput } from "../team-members";
import { TeamFields } from "./TeamFields";

interface Values {
  templateCode: string;
  level: "park" | "province";
  ownerName: string;
  ownerTitle?: string;
  ownerUserId?: number | null;
  team?: MemberInput[];
}

/**
 * Names a 链长 with a team, or (given `owner`) changes the 链长, title or team of one (a row a
 * member, TeamFields), and links it to a platform account of its park or province (chosen from
 * those the API lists) or unlinks it.
 * The chain and level are chosen when the 链长 is named and stay as they are afterwards.
 */
export const OwnerFormModal = ({ me, selection, owner, onClose }: { me: TMe; selection: ReturnType<typeof useChainSelection>; owner?: TChainOwner; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateOwner();
  const update = useUpdateOwner();
  const accounts = useOwnerAccounts(owner ? owner.id : null);
  const [message, holder] = antdMessage.useMessage();
  const fail = (e: unknown) => showFormError(form, e, t, (text) => void message.error(text));
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const team = (v.team ?? []).map(memberInput);
    if (owner) {
      // Sent only when changed: a rename must not be refused for a link made before (to an account since disabled).
      const ownerUserId = v.ownerUserId ?? null;
      const link = ownerUserId !== (owner.ownerAccount?.id ?? null) ? { ownerUserId } : {};
      update.mutate({ id: owner.id, body: { ownerName: v.ownerName, ownerTitle: v.ownerTitle?.trim() ?? "", ...link, team } }, { onSuccess: onClose, onError: fail });
      return;
    }
    const parkId = me.scope.kind === "park" ? me.scope.parkId : v.level === "park" ? (selection.parkId ?? undefined) : undefined;
    create.mutate({ templateCode: v.templateCode, ...(parkId ? { parkId } : {}), ownerName: v.ownerName, ...(v.ownerTitle ? { ownerTitle: v.ownerTitle } : {}), team }, { onSuccess: onClose, onError: fail });
  };
  const initial: Partial<Values> = owner
    ? { ownerName: owner.ownerName, ownerTitle: owner.ownerTitle ?? "", ownerUserId: owner.ownerAccount?.id ?? null, team: owner.team.map(memberInput) }
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
        {owner && (
          <Form.Item name="ownerUserId" label={t("chains.team.account")} extra={t(owner.level === "park" ? "chains.team.accountHintPark" : "chains.team.accountHintProvince")}>
            <Select<number>
              showSearch={{ optionFilterProp: "label" }}
              allowClear
              loading={accounts.isPending}
              options={accountOptions(accounts.data?.items ?? [], owner.ownerAccount, t)}
              notFoundContent={accounts.error ? errorText(accounts.error, t) : t("chains.team.noAccounts")}
            />
          </Form.Item>
        )}
        <TeamFields owner={owner} />
      </Form>
    </Modal>
  );
};
