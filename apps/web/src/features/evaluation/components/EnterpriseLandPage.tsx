import type { TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { PageHeader } from "../../../components/PageHeader";
import { PageLoading } from "../../../components/PageLoading";
import { Panel } from "../../../components/Panel";
import { useLandExplanation } from "../hooks/useEvaluation";
import { LandExplanationView } from "./LandExplanationView";

/** An enterprise's own per-mu result and its explanation (enterprise accounts; park and province accounts too). */
export const EnterpriseLandPage = ({ id }: { id: number; me: TMe }) => {
  const { t } = useTranslation();
  const q = useLandExplanation(id);
  return (
    <div data-testid="enterprise-land">
      <PageHeader title={q.data?.name ?? t("evaluation.navLand")} subtitle={t("evaluation.subtitle.land")} />
      <Panel>{q.error ? <ErrorState error={q.error} page onRetry={() => void q.refetch()} /> : q.data ? <LandExplanationView e={q.data} /> : <PageLoading />}</Panel>
    </div>
  );
};
