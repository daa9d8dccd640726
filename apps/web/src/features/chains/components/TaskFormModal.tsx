import { DatePicker, Form, Input, message as antdMessage, Modal } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { TChainTask } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { showFormError } from "../error-text";
import { useCreateTask, useUpdateTask } from "../hooks/useChains";

interface Values {
  title: string;
  detail?: string;
  assigneeName?: string;
  dueOn?: Dayjs | null;
}

/**
 * Gives a 链长's team a task, or (given `task`) rewords one or its detail, changes its assignee or
 * deadline (an emptied field is removed from the task). The status changes in the task list itself.
 */
export const TaskFormModal = ({ target, onClose }: { target: { ownerId: number } | { task: TChainTask }; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateTask();
  const update = useUpdateTask();
  const [message, holder] = antdMessage.useMessage();
  const task = "task" in target ? target.task : null;
  const fail = (e: unknown) => showFormError(form, e, t, (text) => void message.error(text));
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const detail = v.detail?.trim() ? v.detail.trim() : null;
    const assigneeName = v.assigneeName?.trim() ? v.assigneeName.trim() : null;
    const dueOn = v.dueOn ? v.dueOn.format("YYYY-MM-DD") : null;
    if (task) {
      update.mutate({ id: task.id, body: { title: v.title, detail, assigneeName, dueOn } }, { onSuccess: onClose, onError: fail });
      return;
    }
    if ("ownerId" in target) {
      create.mutate({ ownerId: target.ownerId, body: { title: v.title, ...(detail ? { detail } : {}), ...(assigneeName ? { assigneeName } : {}), ...(dueOn ? { dueOn } : {}) } }, { onSuccess: onClose, onError: fail });
    }
  };
  return (
    <Modal
      open
      title={task ? t("chains.team.editTask") : t("chains.team.addTask")}
      onCancel={onClose}
      onOk={() => void save()}
      confirmLoading={create.isPending || update.isPending}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      destroyOnHidden
    >
      {holder}
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={task ? { title: task.title, detail: task.detail ?? "", assigneeName: task.assigneeName ?? "", dueOn: task.dueOn ? dayjs(task.dueOn) : null } : {}}>
        <Form.Item name="title" label={t("chains.team.task")} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="detail" label={t("chains.team.taskDetail")}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="assigneeName" label={t("chains.team.assignee")}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="dueOn" label={t("chains.team.due")}>
          <DatePicker allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
};
