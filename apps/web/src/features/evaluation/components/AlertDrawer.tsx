import { useState } from "react";
import { Alert, Button, Descriptions, Drawer, Input, Space, Tag, Timeline, Typography } from "antd";
import type { TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { PageLoading } from "../../../components/PageLoading";
import { describeError } from "../../../lib/errors";
import { formatDateTime, labelColon } from "../../../lib/format";
import { pickText, useLang } from "../../../lib/i18n";
import { useAlert, useTransitionAlert } from "../hooks/useEvaluation";
import { ALERT_STATUSES, oneOf, SEVERITY_COLOURS } from "../text";
import { AlertSeriesChart } from "./AlertSeriesChart";
import { describeAlertParams } from "../alert-params";
import { CitationTag } from "./CitationTag";
import { AlertOwnerPicker } from "./AlertOwnerPicker";

/** One alert: the series behind it, the rule with its thresholds and basis, actions with a note, its owner, the history. */
export const AlertDrawer = ({ id, me, onClose }: { id: number | null; me: TMe; onClose: () => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useAlert(id);
  const transition = useTransitionAlert();
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const a = q.data;
  const status = (v: string | null) => {
    const s = oneOf(ALERT_STATUSES, v);
    return s ? t(`evaluation.alerts.status.${s}`) : (v ?? "");
  };
  const from = (v: string | null) => (v ? `${status(v)} → ` : "");

  const moving = (to: "open" | "acknowledged" | "resolved") => transition.isPending && transition.variables.to === to;
  const move = (to: "open" | "acknowledged" | "resolved") => {
    setProblem(null);
    if (to !== "acknowledged" && note.trim() === "") return setProblem(t("evaluation.alerts.noteRequired"));
    if (!a) return;
    transition.mutate(
      { id: a.id, to, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => setNote(""),
        onError: (e) => {
          const plain = describeError(e, t);
          setProblem(`${plain.title} ${plain.hint}`);
        },
      },
    );
  };

  return (
    <Drawer open={id !== null} onClose={onClose} size={860} title={a ? pickText(a.title, lang) : ""} destroyOnHidden data-testid="alert-drawer">
      {q.error ? (
        <ErrorState error={q.error} />
      ) : !a ? (
        <PageLoading />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="alert-detail">
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
            <Descriptions.Item label={t("evaluation.alerts.subject")}>{a.enterpriseName ?? a.parkName ?? a.subject}</Descriptions.Item>
            <Descriptions.Item label={t("evaluation.alerts.period")}>{a.period}</Descriptions.Item>
            <Descriptions.Item label={t("evaluation.alerts.severityLabel")}>
              <Tag color={SEVERITY_COLOURS[a.severity]}>{t(`evaluation.alerts.severity.${a.severity}`)}</Tag>
              <Tag>{t(`evaluation.alerts.status.${a.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t("evaluation.alerts.owner")}>{a.ownerName ?? "—"}</Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Title level={5}>{t("evaluation.alerts.series")}</Typography.Title>
            <AlertSeriesChart alert={a} />
          </div>
          <div>
            <Typography.Title level={5}>{t("evaluation.alerts.rationale")}</Typography.Title>
            <Typography.Paragraph>
              <strong>{pickText(a.rule.title, lang)}</strong> <CitationTag citation={a.rule.citation} />
            </Typography.Paragraph>
            <Typography.Paragraph>{pickText(a.rule.rationale, lang)}</Typography.Paragraph>
            <Typography.Text type="secondary">
              {t("evaluation.alerts.thresholds")}{labelColon(lang)}{describeAlertParams(a.rule.params, t, lang).join(" · ")}
            </Typography.Text>
          </div>
          <Space direction="vertical" style={{ width: "100%" }}>
            <Input.TextArea rows={2} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t("evaluation.alerts.note")} maxLength={2000} data-testid="alert-note" />
            <Space wrap>
              {a.status === "open" && (
                <Button onClick={() => move("acknowledged")} loading={moving("acknowledged")} data-testid="alert-acknowledge">
                  {t("evaluation.alerts.acknowledge")}
                </Button>
              )}
              {a.status !== "resolved" && (
                <Button type="primary" onClick={() => move("resolved")} loading={moving("resolved")} data-testid="alert-resolve">
                  {t("evaluation.alerts.resolve")}
                </Button>
              )}
              {a.status !== "open" && (
                <Button onClick={() => move("open")} loading={moving("open")}>
                  {t("evaluation.alerts.reopen")}
                </Button>
              )}
            </Space>
            <AlertOwnerPicker alert={a} me={me} onProblem={setProblem} />
            {problem && <Alert type="error" showIcon title={problem} data-testid="alert-problem" />}
          </Space>
          <div>
            <Typography.Title level={5}>{t("evaluation.alerts.history")}</Typography.Title>
            <Timeline
              items={a.events.map((e) => ({
                children: `${formatDateTime(e.at, lang)} · ${from(e.fromStatus)}${status(e.toStatus)} · ${e.userName ?? t("evaluation.alerts.system")}${e.note ? ` · ${e.note}` : ""}`,
              }))}
            />
          </div>
        </Space>
      )}
    </Drawer>
  );
};
