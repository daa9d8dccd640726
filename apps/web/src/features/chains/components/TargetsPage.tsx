import { Alert, Button, Empty, message as antdMessage, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { TMe, TTarget } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { ErrorState } from "../../../components/ErrorState";
import { GeneratedBadge } from "../../../components/GeneratedBadge";
import { PageLoading } from "../../../components/PageLoading";
import { Panel } from "../../../components/Panel";
import { joinTexts, pickText, useLang } from "../../../lib/i18n";
import { applySearchPatch } from "../../../lib/use-search-state";
import { errorText } from "../error-text";
import { useCreateProject, useTargets } from "../hooks/useChains";
import { useChainSelection } from "../hooks/useChainSelection";
import { STRENGTH_COLOUR } from "./ChainGraph";
import { ChainsShell } from "./ChainsShell";
import { SubjectPicker } from "./SubjectPicker";

/**
 * 链式招商 targets: for every missing or weak segment, enterprises elsewhere that make what the
 * park (or province) lacks, ranked with the reason for each rank. Only public profile facts are
 * shown. A park can turn a target into a project lead in one click.
 */
export const TargetsPage = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const selection = useChainSelection(me);
  const targets = useTargets(selection.chain, selection.subject);
  const create = useCreateProject();
  const { search } = useLocation();
  const [message, holder] = antdMessage.useMessage();
  const toLead = (target: TTarget, segmentKey: string) => {
    if (selection.parkId === null || !selection.chain) return;
    create.mutate(
      {
        parkId: selection.parkId,
        name: t("chains.targets.projectName", { name: target.enterprise.name }),
        investorName: target.enterprise.name,
        investorEnterpriseId: target.enterprise.id,
        templateCode: selection.chain,
        segmentKey,
        stage: "lead",
        // The lead keeps the reason in the language it was made in (a note is free text).
        note: pickText(target.reason, lang),
      },
      { onSuccess: () => void message.success(t("chains.targets.leadCreated")), onError: (e) => void message.error(errorText(e, t)) },
    );
  };
  const d = targets.data;
  return (
    <ChainsShell section="targets">
      {holder}
      <Space direction="vertical" size="middle" style={{ width: "100%" }}>
        <SubjectPicker me={me} selection={selection} />
        {targets.isError ? (
          <ErrorState error={targets.error} onRetry={() => void targets.refetch()} />
        ) : !d ? (
          <PageLoading />
        ) : (
          <>
            <Alert type="info" showIcon title={t("chains.targets.basisTitle")} description={pickText(d.basis, lang)} />
            {d.gaps.length === 0 && <Empty description={t("chains.targets.noGaps")} />}
            {d.gaps.map((gap) => (
              <Panel
                key={gap.segmentKey}
                title={
                  <Space>
                    {gap.segmentName}
                    <Tag color={STRENGTH_COLOUR[gap.strength]}>{t(`chains.strength.${gap.strength}`)}</Tag>
                    <Typography.Text type="secondary">{joinTexts(gap.reasons, lang)}</Typography.Text>
                  </Space>
                }
                extra={<Typography.Text type="secondary">{t("chains.targets.pool", { n: gap.pool, count: gap.pool })}</Typography.Text>}
                testId={`gap-${gap.segmentKey}`}
              >
                {gap.targets.length === 0 ? (
                  <Empty description={t("chains.targets.noCandidates")} />
                ) : (
                  <Table<TTarget>
                    rowKey={(r) => r.enterprise.id}
                    size="small"
                    pagination={false}
                    dataSource={gap.targets}
                    columns={[
                      { title: t("common.rank"), dataIndex: "rank", width: 56 },
                      { title: t("chains.targets.score"), render: (_, r) => r.score.toFixed(2), width: 64 },
                      {
                        title: t("chains.segment.enterprise"),
                        render: (_, r) => (
                          <Space size={4} wrap>
                            {r.enterprise.name}
                            {r.enterprise.isGenerated && <GeneratedBadge />}
                          </Space>
                        ),
                      },
                      { title: t("chains.targets.where"), render: (_, r) => [r.enterprise.provinceName ?? r.enterprise.provinceCode, r.enterprise.parkName].filter(Boolean).join(" · ") },
                      { title: t("chains.targets.industry"), render: (_, r) => (r.enterprise.industryCode ? `${r.enterprise.industryCode} ${r.enterprise.industryName ?? ""}` : "—") },
                      {
                        title: t("chains.targets.size"),
                        width: 80,
                        render: (_, r) => (
                          <Tooltip title={r.enterprise.sizeBasis}>
                            <Tag>{t(`chains.size.${r.enterprise.sizeBand}`)}</Tag>
                          </Tooltip>
                        ),
                      },
                      { title: t("chains.targets.tiers"), render: (_, r) => r.enterprise.tiers.map((x) => <Tag key={x.key} color="purple">{pickText(x.name, lang)}</Tag>) },
                      { title: t("chains.targets.reason"), render: (_, r) => pickText(r.reason, lang) },
                      ...(selection.parkId !== null
                        ? [
                            {
                              title: t("common.actions"),
                              width: 110,
                              render: (_: unknown, r: TTarget) => {
                                // Already a project of the park: say which, rather than invite a second lead.
                                const existing = r.projects[0];
                                return existing ? (
                                  <Link to={`/chains/projects?${applySearchPatch(search, { project: existing.id }).toString()}`} data-testid={`target-project-${r.enterprise.id}`}>
                                    <Tag color={existing.stage === "lost" ? "default" : "blue"}>{t("chains.targets.hasProject", { stage: t(`chains.projectStage.${existing.stage}`) })}</Tag>
                                  </Link>
                                ) : (
                                  <Button size="small" onClick={() => toLead(r, gap.segmentKey)} loading={create.isPending && create.variables.investorEnterpriseId === r.enterprise.id}>
                                    {t("chains.targets.toLead")}
                                  </Button>
                                );
                              },
                            },
                          ]
                        : []),
                    ]}
                  />
                )}
              </Panel>
            ))}
          </>
        )}
      </Space>
    </ChainsShell>
  );
};
