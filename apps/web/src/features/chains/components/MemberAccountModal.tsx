import { Form, message as antdMessage, Modal, Select, Typography } from "antd";
import type { TChainOwner } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { accountOptions } from "../account-options";
import { errorText, showFormError } from "../error-text";
import { useOwnerAccounts, useUpdateOwner } from "../hooks/useChains";
import { teamWithAccount } from "../team-members";

interface Values {
  userId?: number | null;
}

/**
 * Links member `index` of a 链长's team to a platform account of the 链长's park or province,
 * chosen from those the API lists (the rule of the 链长's own account), or unlinks it by clearing
 * the choice. The rest of the team is sent as it is.
 */
export const MemberAccountModal = ({ owner, index, onClose }: { owner: TChainOwner; index: number; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const update = useUpdateOwner();
  const accounts = useOwnerAccounts(owner.id);
  const [message, holder] = antdMessage.useMessage();
  const member = owner.team[index];
  // The API names the member's field team.<index>.userId; the form's field is userId.
  const memberField = (path: string) => path.replace(/^(body\.)?team\.\d+\./, "");
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    update.mutate(
      { id: owner.id, body: { team: teamWithAccount(owner.team, index, v.userId ?? null) } },
      { onSuccess: onClose, onError: (e) => showFormError(form, e, t, (text) => void message.error(text), memberField) },
    );
  };
  return (
    <Modal
      open
      title={t("chains.team.memberAccountTitle")}
      onCancel={onClose}
      onOk={() => void save()}
      confirmLoading={update.isPending}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      destroyOnHidden
    >
      {holder}
      <Typography.Paragraph type="secondary">{t("chains.team.memberOf", { member: member?.name ?? "", role: member?.role ?? "", owner: owner.ownerName })}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ userId: member?.userId ?? null }}>
        <Form.Item name="userId" label={t("chains.team.account")} extra={t(owner.level === "park" ? "chains.team.accountHintPark" : "chains.team.accountHintProvince")}>
          <Select<number>
            showSearch={{ optionFilterProp: "label" }}
            allowClear
            loading={accounts.isPending}
            options={accountOptions(accounts.data?.items ?? [], member?.account, t)}
            notFoundContent={accounts.error ? errorText(accounts.error, t) : t("chains.team.noAccounts")}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
};
