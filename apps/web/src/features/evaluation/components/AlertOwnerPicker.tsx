import { Button, Select, Space, Typography } from "antd";
import type { TAlertDetail, TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { describeError } from "../../../lib/errors";
import { labelColon } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { useAlertAssignees, useAssignAlert } from "../hooks/useEvaluation";

/**
 * Who owns an alert: a searchable list of the accounts it may be assigned to (the members of its
 * park and province, as the API lists them), "assign to me" and clearing the owner. A refusal is
 * reported through onProblem.
 */
export const AlertOwnerPicker = ({ alert, me, onProblem }: { alert: TAlertDetail; me: TMe; onProblem: (problem: string | null) => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const assignees = useAlertAssignees(alert.id);
  const assign = useAssignAlert();
  const items = assignees.data?.items ?? [];

  const setOwner = (ownerUserId: number | null) => {
    onProblem(null);
    assign.mutate(
      { id: alert.id, ownerUserId },
      {
        onError: (e) => {
          const plain = describeError(e, t);
          onProblem(`${plain.title} ${plain.hint}`);
        },
      },
    );
  };

  const options = items.map((a) => {
    const name = a.id === me.userId ? t("evaluation.alerts.ownerSelf", { name: a.displayName }) : a.displayName;
    return { value: a.id, label: t("evaluation.alerts.ownerOption", { name, role: t(`role.${a.role}`), tenant: a.tenantName }) };
  });
  // An owner no longer among the assignees (their membership changed) still shows by name.
  if (alert.ownerUserId !== null && !items.some((a) => a.id === alert.ownerUserId)) options.push({ value: alert.ownerUserId, label: alert.ownerName ?? String(alert.ownerUserId) });
  const canTakeIt = alert.ownerUserId !== me.userId && items.some((a) => a.id === me.userId);

  return (
    <Space wrap>
      <Typography.Text>
        {t("evaluation.alerts.owner")}
        {labelColon(lang)}
      </Typography.Text>
      <Select<number>
        showSearch={{ optionFilterProp: "label" }}
        allowClear
        style={{ minWidth: 320 }}
        aria-label={t("evaluation.alerts.ownerPicker")}
        placeholder={t("evaluation.alerts.ownerPlaceholder")}
        loading={assignees.isPending || assign.isPending}
        disabled={assign.isPending}
        value={alert.ownerUserId ?? undefined}
        onChange={(v?: number) => setOwner(v ?? null)}
        options={options}
        notFoundContent={assignees.error ? describeError(assignees.error, t).title : t("evaluation.alerts.noAssignees")}
        data-testid="alert-owner-picker"
      />
      {canTakeIt && (
        <Button type="link" onClick={() => setOwner(me.userId)} data-testid="alert-assign-me">
          {t("evaluation.alerts.assignMe")}
        </Button>
      )}
      {alert.ownerUserId !== null && (
        <Button type="link" onClick={() => setOwner(null)} data-testid="alert-unassign">
          {t("evaluation.alerts.unassign")}
        </Button>
      )}
    </Space>
  );
};
