import { Space } from "antd";
import type { TMe } from "@parkpilot/contracts";
import { useChainSelection } from "../hooks/useChainSelection";
import { ChainsShell } from "./ChainsShell";
import { OwnersPanel } from "./OwnersPanel";
import { TasksPanel } from "./TasksPanel";
import { VisitLogPanel } from "./VisitLogPanel";

/**
 * 链长制: the 链长 of each chain (park and province level) with their teams, their tasks with
 * deadlines (overdue ones flagged from today's date), and the shared visit log, which warns when
 * another team visited the same enterprise within 30 days.
 */
export const TeamPage = ({ me }: { me: TMe }) => {
  const selection = useChainSelection(me);
  const chainName = (code: string) => selection.chains.find((c) => c.code === code)?.name ?? code;
  return (
    <ChainsShell section="team">
      <Space direction="vertical" size="middle" style={{ width: "100%" }}>
        <OwnersPanel me={me} selection={selection} />
        <TasksPanel me={me} chainName={chainName} />
        <VisitLogPanel me={me} />
      </Space>
    </ChainsShell>
  );
};
