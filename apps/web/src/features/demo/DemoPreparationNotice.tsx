import { useEffect, useRef } from "react";
import { Alert, Progress } from "antd";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { TDemoState } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { apiGet } from "../../lib/api";
import { demoPhaseLabel } from "./demo-phase";

const DEMO_STATE_KEY = ["demo-state"];

/**
 * While the server computes the demo province's tier assessments, chain maps and park evaluation
 * after its first start, says so above every page, with the phase under way; when they are done,
 * refreshes whatever the pages showed. Shows nothing once the demo is complete (or absent).
 */
export const DemoPreparationNotice = () => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { data } = useQuery({
    queryKey: DEMO_STATE_KEY,
    queryFn: ({ signal }) => apiGet<TDemoState>("/api/meta/demo", undefined, signal),
    refetchInterval: (query) => (query.state.data && query.state.data.derivation?.state === "running" ? 3000 : false),
  });
  const running = data?.derivation?.state === "running";
  const wasRunning = useRef(false);
  useEffect(() => {
    // Done: every page's data may have changed (tiers, chains, evaluation), so all are refetched.
    if (wasRunning.current && !running) void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== DEMO_STATE_KEY[0] });
    wasRunning.current = running;
  }, [running, client]);

  const derivation = data?.derivation;
  if (derivation?.state === "running") {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="demo-preparing"
        style={{ marginBottom: 16 }}
        message={t("demo.preparing", { phase: demoPhaseLabel(derivation.phase, t) })}
        description={
          <>
            {t("demo.preparingDetail")}
            <Progress percent={derivation.percent} size="small" showInfo={false} aria-hidden />
          </>
        }
      />
    );
  }
  if (derivation?.state === "failed") {
    return <Alert type="warning" showIcon data-testid="demo-preparing-failed" style={{ marginBottom: 16 }} message={t("demo.failed", { message: derivation.message })} />;
  }
  return null;
};
