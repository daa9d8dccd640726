import { useState } from "react";
import { Alert, Button, DatePicker, Empty, Form, Input, message as antdMessage, Modal, Select, Space, Table, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import type { TChainTask, TMe, TVisit } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { Panel } from "../../../components/Panel";
import { errorText } from "../error-text";
import { useEnterpriseList } from "../../enterprises/hooks/useEnterprises";
import { useCreateOwner, useCreateTask, useOwners, useRecordVisit, useTasks, useUpdateTask, useVisits } from "../hooks/useChains";
import { useChainSelection } from "../hooks/useChainSelection";
import { ChainsShell } from "./ChainsShell";

const TASK_STATUS = ["todo", "doing", "done", "cancelled"] as const;

/**
 * 链长制: the 链长 of each chain (park and province level) with their teams, their tasks with
 * deadlines (overdue ones flagged from today's date), and the shared visit log, which warns when
 * another team visited the same enterprise within 30 days.
 */
export const TeamPage = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const selection = useChainSelection(me);
  const owners = useOwners();
  const tasks = useTasks();
  const visits = useVisits();
  const createOwner = useCreateOwner();
  const createTask = useCreateTask();
  const updateTask = useUpdateTask();
  const recordVisit = useRecordVisit();
  const [message, holder] = antdMessage.useMessage();
  const [ownerOpen, setOwnerOpen] = useState(false);
  const [taskFor, setTaskFor] = useState<number | null>(null);
  const [visitOpen, setVisitOpen] = useState(false);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [search, setSearch] = useState("");
  const enterprises = useEnterpriseList({ q: search || undefined, pageSize: 20 });
  const [ownerForm] = Form.useForm<{ templateCode: string; level: "park" | "province"; ownerName: string; ownerTitle?: string; team?: string }>();
  const [taskForm] = Form.useForm<{ title: string; assigneeName?: string; dueOn?: Dayjs }>();
  const [visitForm] = Form.useForm<{ enterpriseId: number; visitedOn: Dayjs; team: string; purpose: string; notes?: string }>();
  const fail = (e: unknown) => void message.error(errorText(e, t));
  const chainName = (code: string) => selection.chains.find((c) => c.code === code)?.name ?? code;

  const saveOwner = async () => {
    const v = await ownerForm.validateFields().catch(() => null);
    if (!v) return;
    const team = (v.team ?? "")
      .split(/[,，、\n]/)
      .map((x) => x.trim())
      .filter(Boolean)
      .map((name) => ({ name, role: t("chains.team.member") }));
    const parkId = me.scope.kind === "park" ? me.scope.parkId : v.level === "park" ? (selection.parkId ?? undefined) : undefined;
    createOwner.mutate({ templateCode: v.templateCode, ...(parkId ? { parkId } : {}), ownerName: v.ownerName, ...(v.ownerTitle ? { ownerTitle: v.ownerTitle } : {}), team }, { onSuccess: () => setOwnerOpen(false), onError: fail });
  };
  const saveTask = async () => {
    const v = await taskForm.validateFields().catch(() => null);
    if (!v) return;
    if (taskFor === null) return;
    createTask.mutate(
      { ownerId: taskFor, body: { title: v.title, ...(v.assigneeName ? { assigneeName: v.assigneeName } : {}), ...(v.dueOn ? { dueOn: v.dueOn.format("YYYY-MM-DD") } : {}) } },
      { onSuccess: () => setTaskFor(null), onError: fail },
    );
  };
  const saveVisit = async () => {
    const v = await visitForm.validateFields().catch(() => null);
    if (!v) return;
    recordVisit.mutate(
      { enterpriseId: v.enterpriseId, body: { visitedOn: v.visitedOn.format("YYYY-MM-DD"), team: v.team, purpose: v.purpose, ...(v.notes ? { notes: v.notes } : {}) } },
      {
        onSuccess: (r) => {
          setVisitOpen(false);
          setWarnings(r.warnings.map((w) => w.message));
          if (r.warnings.length === 0) void message.success(t("chains.team.visitSaved"));
        },
        onError: fail,
      },
    );
  };

  return (
    <ChainsShell section="team">
      {holder}
      <Space direction="vertical" size="middle" style={{ width: "100%" }}>
        <Panel testId="chain-owners" title={t("chains.team.owners")} extra={<Button onClick={() => setOwnerOpen(true)}>{t("chains.team.addOwner")}</Button>}>
          {owners.isError ? (
            <ErrorState error={owners.error} onRetry={() => void owners.refetch()} />
          ) : (
            <Table
              rowKey="id"
              size="small"
              loading={owners.isPending}
              pagination={false}
              dataSource={owners.data?.items ?? []}
              locale={{ emptyText: <Empty description={t("chains.team.noOwners")} /> }}
              columns={[
                { title: t("chains.projects.chain"), render: (_, o) => o.chainName ?? chainName(o.templateCode) },
                { title: t("chains.team.level"), render: (_, o) => (o.level === "park" ? o.parkName : t("chains.team.provinceLevel")) },
                { title: t("chains.team.owner"), render: (_, o) => `${o.ownerName}${o.ownerTitle ? `（${o.ownerTitle}）` : ""}` },
                { title: t("chains.team.team"), render: (_, o) => o.team.map((m) => m.name).join("、") || "—" },
                { title: t("chains.team.openTasks"), render: (_, o) => <Space>{o.openTasks}{o.overdueTasks > 0 && <Tag color="red">{t("chains.team.overdueN", { n: o.overdueTasks })}</Tag>}</Space> },
                { title: t("common.actions"), render: (_, o) => <Button size="small" onClick={() => setTaskFor(o.id)}>{t("chains.team.addTask")}</Button> },
              ]}
            />
          )}
        </Panel>
        <Panel testId="chain-tasks" title={t("chains.team.tasks")} extra={tasks.data && <Typography.Text type="secondary">{t("chains.team.today", { date: tasks.data.today })}</Typography.Text>}>
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
                { title: t("chains.team.task"), render: (_, k) => <Space>{k.title}{k.overdue && <Tag color="red" data-testid="overdue">{t("chains.team.overdue")}</Tag>}</Space> },
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
                      aria-label={t("chains.projects.status")}
                      options={TASK_STATUS.map((s) => ({ value: s, label: t(`chains.taskStatus.${s}`) }))}
                      onChange={(status) => updateTask.mutate({ id: k.id, body: { status } }, { onError: fail })}
                    />
                  ),
                },
              ]}
            />
          )}
        </Panel>
        <Panel testId="visit-log" title={t("chains.team.visits")} extra={<Button onClick={() => setVisitOpen(true)}>{t("chains.team.addVisit")}</Button>}>
          {warnings.length > 0 && <Alert type="warning" showIcon closable onClose={() => setWarnings([])} title={t("chains.team.visitWarning")} description={warnings.join("；")} style={{ marginBottom: 12 }} data-testid="visit-warning" />}
          {visits.isError ? (
            <ErrorState error={visits.error} onRetry={() => void visits.refetch()} />
          ) : (
            <Table<TVisit>
              rowKey="id"
              size="small"
              loading={visits.isPending}
              pagination={{ pageSize: 20, showSizeChanger: false }}
              dataSource={visits.data?.items ?? []}
              columns={[
                { title: t("chains.team.visitedOn"), dataIndex: "visitedOn", width: 110 },
                { title: t("chains.segment.enterprise"), dataIndex: "enterpriseName" },
                { title: t("chains.team.visitTeam"), dataIndex: "team" },
                { title: t("chains.team.purpose"), dataIndex: "purpose" },
                { title: t("chains.team.notes"), dataIndex: "notes", render: (v: string | null) => v ?? "" },
              ]}
            />
          )}
        </Panel>
      </Space>

      <Modal open={ownerOpen} title={t("chains.team.addOwner")} onCancel={() => setOwnerOpen(false)} onOk={() => void saveOwner()} confirmLoading={createOwner.isPending} okText={t("common.save")} cancelText={t("common.cancel")} destroyOnHidden>
        <Form form={ownerForm} layout="vertical" preserve={false} initialValues={{ templateCode: selection.chain ?? undefined, level: me.scope.kind === "park" || selection.parkId !== null ? "park" : "province" }}>
          <Form.Item name="templateCode" label={t("chains.projects.chain")} rules={[{ required: true }]}>
            <Select options={selection.chains.map((c) => ({ value: c.code, label: c.name }))} />
          </Form.Item>
          {me.scope.kind === "province" && (
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

      <Modal open={taskFor !== null} title={t("chains.team.addTask")} onCancel={() => setTaskFor(null)} onOk={() => void saveTask()} confirmLoading={createTask.isPending} okText={t("common.save")} cancelText={t("common.cancel")} destroyOnHidden>
        <Form form={taskForm} layout="vertical" preserve={false}>
          <Form.Item name="title" label={t("chains.team.task")} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="assigneeName" label={t("chains.team.assignee")}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="dueOn" label={t("chains.team.due")}>
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>

      <Modal open={visitOpen} title={t("chains.team.addVisit")} onCancel={() => setVisitOpen(false)} onOk={() => void saveVisit()} confirmLoading={recordVisit.isPending} okText={t("common.save")} cancelText={t("common.cancel")} destroyOnHidden>
        <Form form={visitForm} layout="vertical" preserve={false}>
          <Form.Item name="enterpriseId" label={t("chains.segment.enterprise")} rules={[{ required: true }]}>
            <Select showSearch filterOption={false} onSearch={setSearch} options={(enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))} />
          </Form.Item>
          <Form.Item name="visitedOn" label={t("chains.team.visitedOn")} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="team" label={t("chains.team.visitTeam")} rules={[{ required: true, whitespace: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="purpose" label={t("chains.team.purpose")} rules={[{ required: true, whitespace: true, max: 300 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="notes" label={t("chains.team.notes")}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </Form>
      </Modal>
    </ChainsShell>
  );
};
