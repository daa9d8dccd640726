import { useState } from "react";
import { Form, message as antdMessage, Modal, Select, Typography } from "antd";
import type { TVisit } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { showFormError } from "../error-text";
import { useEnterpriseList } from "../../enterprises/hooks/useEnterprises";
import { useRecordVisit, useUpdateVisit } from "../hooks/useChains";
import { VisitFields, visitBody, visitFieldValues, type VisitFieldValues } from "./VisitFields";

interface Values extends VisitFieldValues {
  enterpriseId: number;
}

/** The enterprise visited, searched by name among those the account sees (only when logging). */
const EnterpriseField = () => {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const enterprises = useEnterpriseList({ q: search || undefined, pageSize: 20 });
  return (
    <Form.Item name="enterpriseId" label={t("chains.segment.enterprise")} rules={[{ required: true }]}>
      <Select showSearch filterOption={false} onSearch={setSearch} options={(enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))} />
    </Form.Item>
  );
};

/**
 * Logs a visit to an enterprise, or (given `visit`) corrects one: the same fields, the enterprise
 * chosen when the visit is logged and kept afterwards. A logged visit answers with the visits other
 * teams made to the enterprise within 30 days (onSaved receives their messages); a value the server
 * refuses is shown under its field.
 */
export const VisitFormModal = ({ visit, onClose, onSaved }: { visit?: TVisit; onClose: () => void; onSaved: (warnings: string[]) => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useRecordVisit();
  const update = useUpdateVisit();
  const [message, holder] = antdMessage.useMessage();
  const fail = (e: unknown) => showFormError(form, e, t, (text) => void message.error(text));
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body = visitBody(v);
    if (visit) {
      update.mutate({ id: visit.id, body }, { onSuccess: () => onSaved([]), onError: fail });
      return;
    }
    const { notes, followUpOn, ...required } = body;
    create.mutate(
      { enterpriseId: v.enterpriseId, body: { ...required, ...(notes ? { notes } : {}), ...(followUpOn ? { followUpOn } : {}) } },
      { onSuccess: (r) => onSaved(r.warnings.map((w) => w.message)), onError: fail },
    );
  };
  return (
    <Modal
      open
      title={visit ? t("chains.team.editVisit") : t("chains.team.addVisit")}
      onCancel={onClose}
      onOk={() => void save()}
      confirmLoading={create.isPending || update.isPending}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      destroyOnHidden
    >
      {holder}
      {visit && <Typography.Paragraph type="secondary">{visit.enterpriseName}</Typography.Paragraph>}
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={visit ? visitFieldValues(visit) : {}}>
        {!visit && <EnterpriseField />}
        <VisitFields />
      </Form>
    </Modal>
  );
};
