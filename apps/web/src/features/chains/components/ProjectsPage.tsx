import { useState } from "react";
import { Badge, Button, Empty, Select, Space, Tag, Typography } from "antd";
import type { TMe, TProjectStage, TProjectSummary } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { PageLoading } from "../../../components/PageLoading";
import { formatMoneyWan } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { toInt, useSearchState } from "../../../lib/use-search-state";
import { useAllParks } from "../../parks/hooks/useParks";
import { useProjects } from "../hooks/useChains";
import { useChainSelection } from "../hooks/useChainSelection";
import { canWriteChains } from "../write-access";
import { ChainsShell } from "./ChainsShell";
import { NewProjectModal } from "./NewProjectModal";
import { ProjectDrawer } from "./ProjectDrawer";
import styles from "./ProjectsPage.module.css";

const PROJECT_KEYS = ["project"] as const;

export const STAGES: readonly TProjectStage[] = ["lead", "contacted", "negotiating", "signed", "under_construction", "producing", "lost"];

/** The investment-project pipeline as a kanban by stage; a card opens the project. */
export const ProjectsPage = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const selection = useChainSelection(me);
  const province = me.scope.kind === "province";
  const canWrite = canWriteChains(me);
  const parks = useAllParks(undefined, province);
  const [chainFilter, setChainFilter] = useState<string | undefined>(undefined);
  const projects = useProjects({ ...(selection.parkId !== null ? { parkId: selection.parkId } : {}), ...(chainFilter ? { templateCode: chainFilter } : {}) });
  // The open project is in the address (?project=…): a target's link opens it, a reload keeps it.
  const [search, updateSearch] = useSearchState(PROJECT_KEYS);
  const open = search.project === undefined ? null : toInt(search.project, 0) || null;
  const setOpen = (id: number | null) => updateSearch({ project: id });
  const [creating, setCreating] = useState(false);
  const byStage = (stage: TProjectStage) => (projects.data?.items ?? []).filter((p) => p.stage === stage);
  const card = (p: TProjectSummary) => (
    <button key={p.id} type="button" className={styles.card} onClick={() => setOpen(p.id)} data-testid={`project-${p.id}`}>
      <Typography.Text strong ellipsis>
        {p.name}
      </Typography.Text>
      <Typography.Text type="secondary" ellipsis>
        {p.investorName}
      </Typography.Text>
      {province && <Typography.Text type="secondary">{p.parkName}</Typography.Text>}
      <Space size={4} wrap>
        {p.templateCode && <Tag>{selection.chains.find((c) => c.code === p.templateCode)?.name ?? p.templateCode}</Tag>}
        {p.commitments.investment !== null && <Tag color="blue">{formatMoneyWan(p.commitments.investment, lang)}</Tag>}
        {p.shortfall && <Tag color="red">{t("chains.projects.shortfall")}</Tag>}
      </Space>
    </button>
  );
  return (
    <ChainsShell
      section="projects"
      extra={
        canWrite && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="new-project">
            {t("chains.projects.new")}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        {province && (
          <Select
            aria-label={t("chains.pick.subject")}
            style={{ minWidth: 240 }}
            showSearch
            optionFilterProp="label"
            value={selection.parkId ?? 0}
            options={[{ value: 0, label: t("chains.pick.allParks") }, ...(parks.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))]}
            onChange={(v: number) => selection.setPark(v === 0 ? null : v)}
          />
        )}
        <Select
          aria-label={t("chains.pick.chain")}
          allowClear
          placeholder={t("chains.projects.allChains")}
          style={{ minWidth: 200 }}
          value={chainFilter}
          onChange={setChainFilter}
          options={selection.chains.map((c) => ({ value: c.code, label: c.name }))}
        />
      </Space>
      {projects.isError ? (
        <ErrorState error={projects.error} onRetry={() => void projects.refetch()} />
      ) : projects.isPending ? (
        <PageLoading />
      ) : (projects.data?.items.length ?? 0) === 0 ? (
        <Empty description={t("chains.projects.empty")} />
      ) : (
        <div className={styles.board} data-testid="pipeline">
          {STAGES.map((stage) => (
            <section key={stage} className={styles.column} aria-label={t(`chains.projectStage.${stage}`)}>
              <header className={styles.columnHeader}>
                <span>{t(`chains.projectStage.${stage}`)}</span>
                <Badge count={byStage(stage).length} showZero color={stage === "lost" ? "#8c8c8c" : "#1677ff"} />
              </header>
              {byStage(stage).map(card)}
            </section>
          ))}
        </div>
      )}
      <ProjectDrawer id={open} chains={selection.chains} canWrite={canWrite} onClose={() => setOpen(null)} />
      <NewProjectModal open={creating} me={me} parkId={selection.parkId} chains={selection.chains} onClose={() => setCreating(false)} />
    </ChainsShell>
  );
};
