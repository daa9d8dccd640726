import { Button, message as antdMessage } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { describeError } from "../../../lib/errors";
import { useRecompute } from "../hooks/useEvaluation";

/** Recomputes the province's evaluation (province accounts): indicators, classes, alerts. */
export const RecomputeButton = () => {
  const { t } = useTranslation();
  const recompute = useRecompute();
  const [message, holder] = antdMessage.useMessage();
  return (
    <>
      {holder}
      <Button
        icon={<ReloadOutlined />}
        loading={recompute.isPending}
        data-testid="evaluation-recompute"
        onClick={() =>
          recompute.mutate(undefined, {
            onSuccess: (r) => void message.success(t("evaluation.recomputed", { n: r.counts.landEvaluations, count: r.counts.landEvaluations, raised: r.counts.alertsRaised, s: (r.timingsMs.total / 1000).toFixed(1) })),
            onError: (e) => {
              const plain = describeError(e, t);
              void message.error(`${plain.title} ${plain.hint}`);
            },
          })
        }
      >
        {t("evaluation.recompute")}
      </Button>
    </>
  );
};
