import { useState } from "react";
import { Button, Empty, message as antdMessage, Popconfirm, Space, Table, Tag, Typography } from "antd";
import type { TChainOwner, TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { Panel } from "../../../components/Panel";
import { errorText } from "../error-text";
import { useDeleteOwner, useOwners, useTasks } from "../hooks/useChains";
import type { useChainSelection } from "../hooks/useChainSelection";
import { canWriteChains, canWriteOwner } from "../write-access";
import { MemberAccountModal } from "./MemberAccountModal";
import { OwnerFormModal } from "./OwnerFormModal";
import { TaskFormModal } from "./TaskFormModal";
import { TeamMembers } from "./TeamMembers";

/**
 * The 链长 of each chain (park and province level) with their linked accounts, teams (each
 * member with its linked account) and open tasks. Where the account may write, each 链长 can be
 * given a task, changed (its account linked or unlinked too) or removed (with its tasks), and each
 * team member's account linked or unlinked.
 */
export const OwnersPanel = ({ me, selection }: { me: TMe; selection: ReturnType<typeof useChainSelection> }) => {
  const { t } = useTranslation();
  const owners = useOwners();
  const tasks = useTasks();
  const remove = useDeleteOwner();
  const [message, holder] = antdMessage.useMessage();
  const [form, setForm] = useState<{ owner?: TChainOwner } | null>(null);
  const [taskFor, setTaskFor] = useState<number | null>(null);
  const [memberOf, setMemberOf] = useState<{ owner: TChainOwner; index: number } | null>(null);
  const chainOf = (o: TChainOwner) => o.chainName ?? selection.chains.find((c) => c.code === o.templateCode)?.name ?? o.templateCode;
  const tasksOf = (o: TChainOwner) => (tasks.data?.items ?? []).filter((k) => k.chainOwnerId === o.id).length;
  const removeOwner = (o: TChainOwner) =>
    remove.mutate(o.id, {
      onSuccess: () => void message.success(t("chains.team.ownerDeleted", { name: o.ownerName, n: tasksOf(o), count: tasksOf(o) })),
      onError: (e) => void message.error(errorText(e, t)),
    });
  const actions = (o: TChainOwner) =>
    canWriteOwner(me, o) ? (
      <Space size={4} wrap>
        <Button size="small" onClick={() => setTaskFor(o.id)}>
          {t("chains.team.addTask")}
        </Button>
        <Button size="small" onClick={() => setForm({ owner: o })}>
          {t("chains.actions.edit")}
        </Button>
        <Popconfirm
          title={t("chains.team.deleteOwnerTitle", { name: o.ownerName })}
          description={t("chains.team.deleteOwnerConfirm", { chain: chainOf(o), level: o.level === "park" ? (o.parkName ?? "") : t("chains.team.provinceLevel"), n: tasksOf(o), count: tasksOf(o) })}
          okText={t("chains.actions.delete")}
          okButtonProps={{ danger: true }}
          cancelText={t("common.cancel")}
          onConfirm={() => removeOwner(o)}
        >
          <Button size="small" danger>
            {t("chains.actions.delete")}
          </Button>
        </Popconfirm>
      </Space>
    ) : (
      "—"
    );
  return (
    <Panel
      testId="chain-owners"
      title={t("chains.team.owners")}
      extra={canWriteChains(me) && <Button onClick={() => setForm({})}>{t("chains.team.addOwner")}</Button>}
    >
      {holder}
      {owners.isError ? (
        <ErrorState error={owners.error} onRetry={() => void owners.refetch()} />
      ) : (
        <Table<TChainOwner>
          rowKey="id"
          size="small"
          loading={owners.isPending}
          pagination={false}
          dataSource={owners.data?.items ?? []}
          locale={{ emptyText: <Empty description={t("chains.team.noOwners")} /> }}
          columns={[
            { title: t("chains.projects.chain"), render: (_, o) => chainOf(o) },
            { title: t("chains.team.level"), render: (_, o) => (o.level === "park" ? o.parkName : t("chains.team.provinceLevel")) },
            {
              title: t("chains.team.owner"),
              render: (_, o) => (
                <>
                  {`${o.ownerName}${o.ownerTitle ? `（${o.ownerTitle}）` : ""}`}
                  {o.ownerAccount && (
                    <Typography.Text type="secondary" style={{ display: "block" }} data-testid="owner-account">
                      {t("chains.team.linkedAccount", { name: o.ownerAccount.displayName })}
                    </Typography.Text>
                  )}
                </>
              ),
            },
            { title: t("chains.team.team"), render: (_, o) => <TeamMembers owner={o} onLink={canWriteOwner(me, o) ? (index) => setMemberOf({ owner: o, index }) : undefined} /> },
            {
              title: t("chains.team.openTasks"),
              render: (_, o) => (
                <Space>
                  {o.openTasks}
                  {o.overdueTasks > 0 && <Tag color="red">{t("chains.team.overdueN", { n: o.overdueTasks })}</Tag>}
                </Space>
              ),
            },
            { title: t("common.actions"), render: (_, o) => actions(o) },
          ]}
        />
      )}
      {form && <OwnerFormModal me={me} selection={selection} {...(form.owner ? { owner: form.owner } : {})} onClose={() => setForm(null)} />}
      {taskFor !== null && <TaskFormModal target={{ ownerId: taskFor }} onClose={() => setTaskFor(null)} />}
      {memberOf && <MemberAccountModal owner={memberOf.owner} index={memberOf.index} onClose={() => setMemberOf(null)} />}
    </Panel>
  );
};
