import { useState } from "react";
import { Alert, Button, Input, message as antdMessage, Modal, Space, Tag, Tooltip } from "antd";
import type { TEvidence } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";
import { describeError } from "../../../lib/errors";
import { useLang } from "../../../lib/i18n";
import { useReviewEvidence } from "../hooks/useEvaluation";

const COLOUR = { submitted: "gold", accepted: "green", returned: "red" } as const;

/**
 * Where the province's review of a piece of evidence stands (who and when on hover) and, for a
 * province account, accepting it or returning it with the reason the park will read.
 */
export const EvidenceReview = ({ evidence, parkId, itemLabel, canReview }: { evidence: TEvidence; parkId: number; itemLabel: string; canReview: boolean }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const review = useReviewEvidence();
  const [message, holder] = antdMessage.useMessage();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState("");
  const [missingReason, setMissingReason] = useState(false);
  // The reason of a return is in the item's finding, beside this.
  const { status, reviewer, at } = evidence.review;
  const decide = (decision: "accept" | "return") =>
    review.mutate(
      { parkId, itemKey: evidence.itemKey, body: { year: evidence.year, decision, ...(decision === "return" ? { note: reason.trim() } : {}) } },
      {
        onSuccess: () => {
          setReturning(false);
          void message.success(t(decision === "accept" ? "evaluation.scorecard.review.accepted_done" : "evaluation.scorecard.review.returned_done"));
        },
        onError: (e) => {
          const plain = describeError(e, t);
          void message.error(`${plain.title} ${plain.hint}`);
        },
      },
    );
  return (
    <Space size={4} wrap data-testid={`evidence-review-${evidence.itemKey}`}>
      {holder}
      <Tooltip title={reviewer && at ? t("evaluation.scorecard.review.by", { who: reviewer, when: formatDateTime(at, lang) }) : undefined}>
        <Tag color={COLOUR[status]}>{t(`evaluation.scorecard.review.${status}`)}</Tag>
      </Tooltip>
      {canReview && status !== "accepted" && (
        <>
          <Button size="small" type="primary" ghost loading={review.isPending && review.variables.body.decision === "accept"} onClick={() => decide("accept")}>
            {t("evaluation.scorecard.review.accept")}
          </Button>
          {status === "submitted" && (
            <Button size="small" danger onClick={() => setReturning(true)}>
              {t("evaluation.scorecard.review.return")}
            </Button>
          )}
        </>
      )}
      <Modal
        open={returning}
        title={t("evaluation.scorecard.review.returnTitle", { item: itemLabel })}
        okText={t("evaluation.scorecard.review.return")}
        okButtonProps={{ danger: true, loading: review.isPending }}
        onCancel={() => setReturning(false)}
        onOk={() => {
          if (reason.trim() === "") {
            setMissingReason(true);
            return;
          }
          setMissingReason(false);
          decide("return");
        }}
        destroyOnHidden
      >
        {missingReason && <Alert type="error" showIcon style={{ marginBottom: 8 }} title={t("evaluation.scorecard.review.returnReasonRequired")} />}
        <Input.TextArea aria-label={t("evaluation.scorecard.review.returnReason")} placeholder={t("evaluation.scorecard.review.returnReason")} rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </Space>
  );
};
