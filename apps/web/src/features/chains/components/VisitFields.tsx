import { DatePicker, Form, Input } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import type { TVisit } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";

/** What a visit is, in the form of its logging and of its correction. */
export interface VisitFieldValues {
  visitedOn: Dayjs;
  team: string;
  purpose: string;
  notes?: string;
  followUpOn?: Dayjs | null;
}

export const visitFieldValues = (v: TVisit): VisitFieldValues => ({
  visitedOn: dayjs(v.visitedOn),
  team: v.team,
  purpose: v.purpose,
  notes: v.notes ?? "",
  followUpOn: v.followUpOn ? dayjs(v.followUpOn) : null,
});

/** The fields as the API takes them: an emptied notes or follow-up date is null. */
export const visitBody = (v: VisitFieldValues) => ({
  visitedOn: v.visitedOn.format("YYYY-MM-DD"),
  team: v.team,
  purpose: v.purpose,
  notes: v.notes?.trim() ? v.notes : null,
  followUpOn: v.followUpOn ? v.followUpOn.format("YYYY-MM-DD") : null,
});

/** Date, team, purpose, notes and follow-up date of a visit. */
export const VisitFields = () => {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="visitedOn" label={t("chains.team.visitedOn")} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="team" label={t("chains.team.visitTeam")} rules={[{ required: true, whitespace: true, max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="purpose" label={t("chains.team.purpose")} rules={[{ required: true, whitespace: true, max: 300 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="notes" label={t("chains.team.notes")}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="followUpOn" label={t("chains.team.followUpOn")}>
        <DatePicker allowClear />
      </Form.Item>
    </>
  );
};
