import { useState } from "react";
import { Button, Descriptions, Drawer, Form, Input, InputNumber, message as antdMessage, Modal, Popconfirm, Space, Table, Tag, Timeline, Typography } from "antd";
import type { TChainTemplateSummary, TProjectDetail, TProjectStage } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { PageLoading } from "../../../components/PageLoading";
import { errorText } from "../error-text";
import { formatDateTime, formatMoneyWan, formatMu, formatNumber, formatPerMu } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { useDeleteProject, useProject, useRecordActuals, useTransitionProject } from "../hooks/useChains";
import { CommitmentFields, commitmentsOf, type CommitmentValues } from "./CommitmentFields";
import { ProjectEditModal } from "./ProjectEditModal";

interface SignValues {
  commitments: CommitmentValues;
}
interface ActualValues {
  year: number;
  investment?: number | null;
  output?: number | null;
  tax?: number | null;
  jobs?: number | null;
}

const CHECK_COLOUR = { met: "green", shortfall: "red", not_due: "default", no_data: "orange" } as const;

/**
 * One project: commitments, the projected per-mu class with its basis, actuals against the
 * commitments, the stage history, and the moves the state machine allows from here (signing
 * asks for the commitments, a loss for its reason). Accounts that may write also correct the
 * project (ProjectEditModal) or delete one entered by mistake.
 */
export const ProjectDrawer = ({ id, chains, canWrite, onClose }: { id: number | null; chains: readonly TChainTemplateSummary[]; canWrite: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const project = useProject(id);
  const transition = useTransitionProject();
  const actuals = useRecordActuals();
  const remove = useDeleteProject();
  const [message, holder] = antdMessage.useMessage();
  const [signing, setSigning] = useState(false);
  const [losing, setLosing] = useState(false);
  const [editing, setEditing] = useState(false);
  const [signForm] = Form.useForm<SignValues>();
  const [lostForm] = Form.useForm<{ lostReason: string }>();
  const [actualForm] = Form.useForm<ActualValues>();
  const fail = (e: unknown) => void message.error(errorText(e, t));
  const move = (p: TProjectDetail, to: TProjectStage) => {
    if (to === "signed") return setSigning(true);
    if (to === "lost") return setLosing(true);
    transition.mutate({ id: p.id, body: { to } }, { onError: fail });
  };
  const removeProject = (p: TProjectDetail) =>
    remove.mutate(p.id, {
      onSuccess: () => {
        void message.success(t("chains.projects.deleted", { name: p.name }));
        onClose();
      },
      onError: fail,
    });
  const p = project.data;
  return (
    <>
      {/* Outside the drawer: the "deleted" message must outlive the drawer it closes. */}
      {holder}
      <Drawer open={id !== null} onClose={onClose} size={820} title={p?.name ?? ""} destroyOnHidden data-testid="project-drawer">
        {project.isError ? (
          <ErrorState error={project.error} />
        ) : !p ? (
          <PageLoading />
        ) : (
          <Space direction="vertical" size="middle" style={{ width: "100%" }}>
            <Space wrap>
              <Tag color="blue">{t(`chains.projectStage.${p.stage}`)}</Tag>
              {p.shortfall && <Tag color="red">{t("chains.projects.shortfall")}</Tag>}
              {p.lostReason && <Typography.Text type="secondary">{p.lostReason}</Typography.Text>}
            </Space>
            {canWrite && (
              <Space wrap>
                {p.nextStages.map((s) => (
                  <Button key={s} danger={s === "lost"} type={s === "lost" ? "default" : "primary"} onClick={() => move(p, s)} loading={transition.isPending && transition.variables.body.to === s} data-testid={`move-${s}`}>
                    {t("chains.projects.moveTo", { stage: t(`chains.projectStage.${s}`) })}
                  </Button>
                ))}
                <Button onClick={() => setEditing(true)} data-testid="edit-project">
                  {t("chains.projects.edit")}
                </Button>
                <Popconfirm
                  title={t("chains.projects.deleteTitle", { name: p.name })}
                  description={t("chains.projects.deleteConfirm")}
                  okText={t("chains.actions.delete")}
                  okButtonProps={{ danger: true, loading: remove.isPending }}
                  cancelText={t("common.cancel")}
                  onConfirm={() => removeProject(p)}
                >
                  <Button type="link" danger data-testid="delete-project">
                    {t("chains.projects.delete")}
                  </Button>
                </Popconfirm>
              </Space>
            )}
            <Descriptions size="small" bordered column={2} title={t("chains.projects.commitments")}>
              <Descriptions.Item label={t("chains.projects.investor")}>{p.investorName}</Descriptions.Item>
              <Descriptions.Item label={t("chains.projects.park")}>{p.parkName}</Descriptions.Item>
              <Descriptions.Item label={t("chains.projects.investment")}>{formatMoneyWan(p.commitments.investment, lang)}</Descriptions.Item>
              <Descriptions.Item label={t("chains.projects.land")}>{formatMu(p.commitments.landMu, lang)}</Descriptions.Item>
              <Descriptions.Item label={t("chains.projects.annualOutput")}>{formatMoneyWan(p.commitments.annualOutput, lang)}</Descriptions.Item>
              <Descriptions.Item label={t("chains.projects.annualTax")}>{formatMoneyWan(p.commitments.annualTax, lang)}</Descriptions.Item>
              <Descriptions.Item label={t("chains.projects.jobs")}>{formatNumber(p.commitments.jobs, lang)}</Descriptions.Item>
              <Descriptions.Item label={t("chains.projects.dates")}>{`${p.commitments.signedOn ?? "—"} / ${p.commitments.productionDueOn ?? "—"}`}</Descriptions.Item>
            </Descriptions>
            <Descriptions size="small" bordered column={2} title={t("chains.projects.perMu")}>
              <Descriptions.Item label={t("chains.projects.taxPerMu")}>{formatPerMu(p.perMu.taxPerMu, lang)}</Descriptions.Item>
              <Descriptions.Item label={t("chains.projects.outputPerMu")}>{formatPerMu(p.perMu.outputPerMu, lang)}</Descriptions.Item>
              <Descriptions.Item label={t("chains.projects.projectedClass")} span={2}>
                <Tag>{t(`chains.perMuClass.${p.perMu.projectedClass}`)}</Tag> {p.perMu.basis}
              </Descriptions.Item>
            </Descriptions>
            {canWrite && ["signed", "under_construction", "producing"].includes(p.stage) && (
              <>
                <Typography.Title level={5}>{t("chains.projects.actuals")}</Typography.Title>
                <Table
                  size="small"
                  pagination={false}
                  rowKey={(c) => `${c.year}:${c.metric}`}
                  dataSource={p.review.checks}
                  locale={{ emptyText: t("chains.projects.noActuals") }}
                  columns={[
                    { title: t("chains.projects.year"), dataIndex: "year", width: 70 },
                    { title: t("chains.projects.metric"), render: (_, c) => t(`chains.metric.${c.metric}`), width: 100 },
                    { title: t("chains.projects.status"), render: (_, c) => <Tag color={CHECK_COLOUR[c.status]}>{t(`chains.checkStatus.${c.status}`)}</Tag>, width: 100 },
                    { title: t("chains.map.reasons"), dataIndex: "reason" },
                  ]}
                />
                <Form<ActualValues>
                  form={actualForm}
                  layout="inline"
                  initialValues={{ year: new Date().getFullYear() - 1 }}
                  onFinish={(v) => actuals.mutate({ id: p.id, year: v.year, body: { investment: v.investment ?? undefined, output: v.output ?? undefined, tax: v.tax ?? undefined, jobs: v.jobs ?? undefined } }, { onError: fail })}
                >
                  <Form.Item name="year" rules={[{ required: true }]}>
                    <InputNumber min={2000} max={2100} aria-label={t("chains.projects.year")} />
                  </Form.Item>
                  {(["investment", "output", "tax", "jobs"] as const).map((k) => (
                    <Form.Item key={k} name={k}>
                      <InputNumber min={0} placeholder={t(`chains.metric.${k}`)} aria-label={t(`chains.metric.${k}`)} />
                    </Form.Item>
                  ))}
                  <Button htmlType="submit" loading={actuals.isPending}>
                    {t("chains.projects.recordActuals")}
                  </Button>
                </Form>
              </>
            )}
            <Typography.Title level={5}>{t("chains.projects.history")}</Typography.Title>
            <Timeline
              items={p.history.map((h) => ({
                children: `${formatDateTime(h.at, lang)} · ${h.fromStage ? t(`chains.projectStage.${h.fromStage}`) : t("chains.projects.entered")} → ${t(`chains.projectStage.${h.toStage}`)}${h.userName ? ` · ${h.userName}` : ""}${h.note ? ` · ${h.note}` : ""}`,
              }))}
            />
            <Modal
              open={signing}
              title={t("chains.projects.sign")}
              onCancel={() => setSigning(false)}
              okText={t("common.save")}
              cancelText={t("common.cancel")}
              confirmLoading={transition.isPending}
              destroyOnHidden
              onOk={() =>
                void signForm.validateFields().then(
                  (v) =>
                    transition.mutate(
                      { id: p.id, body: { to: "signed", commitments: commitmentsOf(v.commitments, false) } },
                      { onSuccess: () => setSigning(false), onError: fail },
                    ),
                  // A refused form shows its errors in place; the rejection is not an error of the page.
                  () => undefined,
                )
              }
            >
              <Form<SignValues> form={signForm} layout="vertical" preserve={false}>
                <CommitmentFields required withSignedOn={false} />
              </Form>
            </Modal>
            <Modal
              open={losing}
              title={t("chains.projects.lose")}
              onCancel={() => setLosing(false)}
              okText={t("common.save")}
              cancelText={t("common.cancel")}
              confirmLoading={transition.isPending}
              destroyOnHidden
              onOk={() =>
                void lostForm.validateFields().then(
                  (v) => transition.mutate({ id: p.id, body: { to: "lost", lostReason: v.lostReason } }, { onSuccess: () => setLosing(false), onError: fail }),
                  () => undefined,
                )
              }
            >
              <Form form={lostForm} layout="vertical" preserve={false}>
                <Form.Item name="lostReason" label={t("chains.projects.lostReason")} rules={[{ required: true, whitespace: true, max: 500 }]}>
                  <Input.TextArea rows={3} />
                </Form.Item>
              </Form>
            </Modal>
            {editing && (
              <ProjectEditModal
                project={p}
                chains={chains}
                onClose={() => setEditing(false)}
                onSaved={() => {
                  setEditing(false);
                  void message.success(t("chains.projects.saved"));
                }}
              />
            )}
          </Space>
        )}
      </Drawer>
    </>
  );
};
