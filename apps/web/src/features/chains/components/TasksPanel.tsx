import { useState } from "react";
import { Button, message as antdMessage, Popconfirm, Select, Space, Table, Tag, Typography } from "antd";
import type { TChainOwner, TChainTask, TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { Panel } from "../../../components/Panel";
import { errorText } from "../error-text";
import { useDeleteTask, useOwners, useTasks, useUpdateTask } from "../hooks/useChains";
import { canWriteOwner } from "../write-access";
import { TaskDetail } from "./TaskDetail";
import { TaskFormModal } from "./TaskFormModal";

const TASK_STATUS = ["todo", "doing", "done", "cancelled"] as const;

/**
 * The tasks of the visible 链长, earliest deadline first, overdue ones flagged from today's date,
 * each with its detail under the title (a long one folded, unfolded on a click).
 * Where the account may write the task's 链长, its status changes in place, and it can be
 * reworded, given another deadline or assignee, or deleted.
 */
export const TasksPanel = ({ me, chainName }: { me: TMe; chainName: (code: string) => string }) => {
  const { t } = useTranslation();
  const tasks = useTasks();
  const owners = useOwners();
  const updateTask = useUpdateTask();
  const remove = useDeleteTask();
  const [message, holder] = antdMessage.useMessage();
  const [editing, setEditing] = useState<TChainTask | null>(null);
  const fail = (e: unknown) => void message.error(errorText(e, t));
  const ownerOf = (k: TChainTask): TChainOwner | undefined => owners.data?.items.find((o) => o.id === k.chainOwnerId);
  const canWrite = (k: TChainTask) => {
    const owner = ownerOf(k);
    return owner !== undefined && canWriteOwner(me, owner);
  };
  const removeTask = (k: TChainTask) => remove.mutate(k.id, { onSuccess: () => void message.success(t("chains.team.taskDeleted", { title: k.title })), onError: fail });
  return (
    <Panel testId="chain-tasks" title={t("chains.team.tasks")} extra={tasks.data && <Typography.Text type="secondary">{t("chains.team.today", { date: tasks.data.today })}</Typography.Text>}>
      {holder}
      {tasks.isError ? (
        <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : (
        <Table<TChainTask>
          rowKey="id"
          size="small"
          loading={tasks.isPending}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          dataSource={tasks.data?.items ?? []}
          columns={[
            {
              title: t("chains.team.task"),
              render: (_, k) => (
                <>
                  <Space>
                    {k.title}
                    {k.overdue && (
                      <Tag color="red" data-testid="overdue">
                        {t("chains.team.overdue")}
                      </Tag>
                    )}
                  </Space>
                  {k.detail && <TaskDetail detail={k.detail} />}
                </>
              ),
            },
            { title: t("chains.team.owner"), render: (_, k) => `${chainName(k.templateCode)} · ${k.ownerName}` },
            { title: t("chains.team.assignee"), dataIndex: "assigneeName", render: (v: string | null) => v ?? "—" },
            { title: t("chains.team.due"), dataIndex: "dueOn", render: (v: string | null) => v ?? "—", width: 110 },
            {
              title: t("chains.projects.status"),
              width: 140,
              render: (_, k) => (
                <Select
                  size="small"
                  value={k.status}
                  style={{ width: 120 }}
                  disabled={!canWrite(k)}
                  aria-label={t("chains.projects.status")}
                  options={TASK_STATUS.map((s) => ({ value: s, label: t(`chains.taskStatus.${s}`) }))}
                  onChange={(status) => updateTask.mutate({ id: k.id, body: { status } }, { onError: fail })}
                />
              ),
            },
            {
              title: t("common.actions"),
              width: 150,
              render: (_, k) =>
                canWrite(k) ? (
                  <Space size={4}>
                    <Button size="small" onClick={() => setEditing(k)}>
                      {t("chains.actions.edit")}
                    </Button>
                    <Popconfirm
                      title={t("chains.team.deleteTaskTitle", { title: k.title })}
                      description={t("chains.team.deleteTaskConfirm", { owner: k.ownerName })}
                      okText={t("chains.actions.delete")}
                      okButtonProps={{ danger: true }}
                      cancelText={t("common.cancel")}
                      onConfirm={() => removeTask(k)}
                    >
                      <Button size="small" danger>
                        {t("chains.actions.delete")}
                      </Button>
                    </Popconfirm>
                  </Space>
                ) : (
                  "—"
                ),
            },
          ]}
        />
      )}
      {editing && <TaskFormModal target={{ task: editing }} onClose={() => setEditing(null)} />}
    </Panel>
  );
};
