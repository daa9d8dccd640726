import { useState } from "react";
import { Alert, Button, message as antdMessage, Popconfirm, Space, Table } from "antd";
import type { TMe, TVisit } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { Panel } from "../../../components/Panel";
import { errorText } from "../error-text";
import { useDeleteVisit, useVisits } from "../hooks/useChains";
import { canWriteChains } from "../write-access";
import { VisitFormModal } from "./VisitFormModal";

/**
 * The shared visit log, newest first. Logging a visit warns when another team visited the same
 * enterprise within 30 days. Where the account may write, a visit can be corrected or deleted
 * (after a confirmation naming it).
 */
export const VisitLogPanel = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const visits = useVisits();
  const remove = useDeleteVisit();
  const [message, holder] = antdMessage.useMessage();
  const [form, setForm] = useState<{ visit?: TVisit } | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const writer = canWriteChains(me);
  const saved = (visit: TVisit | undefined, found: string[]) => {
    setForm(null);
    setWarnings(found);
    if (found.length === 0) void message.success(t(visit ? "chains.team.visitUpdated" : "chains.team.visitSaved"));
  };
  const removeVisit = (v: TVisit) =>
    remove.mutate(v.id, {
      onSuccess: () => void message.success(t("chains.team.visitDeleted", { date: v.visitedOn, enterprise: v.enterpriseName })),
      onError: (e) => void message.error(errorText(e, t)),
    });
  return (
    <Panel testId="visit-log" title={t("chains.team.visits")} extra={writer && <Button onClick={() => setForm({})}>{t("chains.team.addVisit")}</Button>}>
      {holder}
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
            { title: t("chains.team.followUpOn"), dataIndex: "followUpOn", width: 110, render: (v: string | null) => v ?? "—" },
            ...(writer
              ? [
                  {
                    title: t("common.actions"),
                    width: 150,
                    render: (_: unknown, v: TVisit) => (
                      <Space size={4}>
                        <Button size="small" onClick={() => setForm({ visit: v })}>
                          {t("chains.actions.edit")}
                        </Button>
                        <Popconfirm
                          title={t("chains.team.deleteVisitTitle", { date: v.visitedOn, enterprise: v.enterpriseName })}
                          description={t("chains.team.deleteVisitConfirm", { team: v.team, purpose: v.purpose })}
                          okText={t("chains.actions.delete")}
                          okButtonProps={{ danger: true }}
                          cancelText={t("common.cancel")}
                          onConfirm={() => removeVisit(v)}
                        >
                          <Button size="small" danger>
                            {t("chains.actions.delete")}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {form && <VisitFormModal {...(form.visit ? { visit: form.visit } : {})} onClose={() => setForm(null)} onSaved={(found) => saved(form.visit, found)} />}
    </Panel>
  );
};
