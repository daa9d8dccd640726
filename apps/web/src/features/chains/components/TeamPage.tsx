import { useState } from "react";
import { Alert, Button, DatePicker, Form, Input, message as antdMessage, Modal, Select, Space, Table } from "antd";
import type { Dayjs } from "dayjs";
import type { TMe, TVisit } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { Panel } from "../../../components/Panel";
import { errorText } from "../error-text";
import { useEnterpriseList } from "../../enterprises/hooks/useEnterprises";
import { useRecordVisit, useVisits } from "../hooks/useChains";
import { useChainSelection } from "../hooks/useChainSelection";
import { ChainsShell } from "./ChainsShell";
import { OwnersPanel } from "./OwnersPanel";
import { TasksPanel } from "./TasksPanel";

/**
 * 链长制: the 链长 of each chain (park and province level) with their teams, their tasks with
 * deadlines (overdue ones flagged from today's date), and the shared visit log, which warns when
 * another team visited the same enterprise within 30 days.
 */
export const TeamPage = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const selection = useChainSelection(me);
  const visits = useVisits();
  const recordVisit = useRecordVisit();
  const [message, holder] = antdMessage.useMessage();
  const [visitOpen, setVisitOpen] = useState(false);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [search, setSearch] = useState("");
  const enterprises = useEnterpriseList({ q: search || undefined, pageSize: 20 });
  const [visitForm] = Form.useForm<{ enterpriseId: number; visitedOn: Dayjs; team: string; purpose: string; notes?: string }>();
  const fail = (e: unknown) => void message.error(errorText(e, t));
  const chainName = (code: string) => selection.chains.find((c) => c.code === code)?.name ?? code;

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
        <OwnersPanel me={me} selection={selection} />
        <TasksPanel me={me} chainName={chainName} />
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
