import { DatePicker, Form, InputNumber } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { TProjectCommitments } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";

const AMOUNTS = ["investment", "landMu", "annualOutput", "annualTax", "jobs"] as const;

/** The commitments as a form holds them (dates as picker values; empty is null). */
export interface CommitmentValues {
  investment?: number | null;
  landMu?: number | null;
  annualOutput?: number | null;
  annualTax?: number | null;
  jobs?: number | null;
  signedOn?: Dayjs | null;
  productionDueOn?: Dayjs | null;
}

export const commitmentValues = (c: TProjectCommitments): CommitmentValues => ({
  investment: c.investment,
  landMu: c.landMu,
  annualOutput: c.annualOutput,
  annualTax: c.annualTax,
  jobs: c.jobs,
  signedOn: c.signedOn ? dayjs(c.signedOn) : null,
  productionDueOn: c.productionDueOn ? dayjs(c.productionDueOn) : null,
});

const day = (d: Dayjs | null | undefined): string | null => (d ? d.format("YYYY-MM-DD") : null);

/** The form's commitments as the API takes them (an emptied field is null: the commitment is withdrawn). */
export const commitmentsOf = (v: CommitmentValues, withSignedOn: boolean): Partial<TProjectCommitments> => ({
  investment: v.investment ?? null,
  landMu: v.landMu ?? null,
  annualOutput: v.annualOutput ?? null,
  annualTax: v.annualTax ?? null,
  jobs: v.jobs ?? null,
  ...(withSignedOn ? { signedOn: day(v.signedOn) } : {}),
  productionDueOn: day(v.productionDueOn),
});

/**
 * The commitment fields of a project, under the form name "commitments": asked for in full at
 * signing, corrected later (a signed project keeps every commitment; before signing each may stay
 * empty). The limits are the server's: a value it refuses is shown under its field.
 */
export const CommitmentFields = ({ required, withSignedOn }: { required: boolean; withSignedOn: boolean }) => {
  const { t } = useTranslation();
  return (
    <>
      {AMOUNTS.map((k) => (
        <Form.Item key={k} name={["commitments", k]} label={t(`chains.projects.commit.${k}`)} rules={[{ required }]}>
          <InputNumber min={0} style={{ width: "100%" }} precision={k === "jobs" ? 0 : 2} />
        </Form.Item>
      ))}
      {withSignedOn && (
        <Form.Item name={["commitments", "signedOn"]} label={t("chains.projects.commit.signedOn")} rules={[{ required }]}>
          <DatePicker />
        </Form.Item>
      )}
      <Form.Item name={["commitments", "productionDueOn"]} label={t("chains.projects.commit.productionDueOn")} rules={[{ required }]}>
        <DatePicker />
      </Form.Item>
    </>
  );
};
