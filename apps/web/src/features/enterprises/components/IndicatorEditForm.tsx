import { useMemo, useState } from "react";
import { Alert, message as antdMessage, Form, Input, InputNumber, Modal, Typography } from "antd";
import type { TAnnualRecord, TMonthlyRecord } from "@parkpilot/contracts";
import { ANNUAL_FIELDS, MONTHLY_FIELDS } from "@parkpilot/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { isApiError, describeError, translateIssueMessage } from "../../../lib/errors";
import { placeFieldIssues } from "../../../lib/form-issues";
import { unitLabel } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { useSaveIndicators, type EditGrain } from "../hooks/useEnterprises";
import { implausibleLines, implausibleWarning, type ReferencePeriod } from "../implausible-values";
import styles from "./EnterprisePage.module.css";

type FormValues = Record<string, number | null | string | undefined> & { note?: string };

interface IndicatorEditFormProps {
  readonly enterpriseId: number;
  /** The year (annual indicators) or the month (monthly) being reported or corrected. */
  readonly grain: EditGrain;
  /** The period's current record, or undefined when reporting a new one. */
  readonly record: TAnnualRecord | TMonthlyRecord | undefined;
  /** The period new values are checked against (the year before, the same month a year before). */
  readonly reference?: ReferencePeriod;
  readonly onClose: () => void;
  /** Called with a confirmation to show after the dialog has closed. */
  readonly onSaved: (confirmation: string) => void;
}

/** The API words a field's path as "values.revenue" (or "body.values.revenue" from the schema check). */
const fieldOfPath = (path: string): string | null => {
  const m = /(?:^|\.)values\.([A-Za-z0-9]+)$/.exec(path);
  return m?.[1] ?? null;
};

/** What the dialog says for a grain: its title and the confirmation once saved. */
const wording = (grain: EditGrain, isCorrection: boolean, t: TFunction) =>
  grain.kind === "annual"
    ? { title: t(isCorrection ? "enterprise.edit.titleCorrect" : "enterprise.edit.titleNew", { year: grain.year }), saved: (n: number) => t("enterprise.edit.saved", { year: grain.year, n }) }
    : { title: t(isCorrection ? "enterprise.edit.monthTitleCorrect" : "enterprise.edit.monthTitleNew", { period: grain.period }), saved: (n: number) => t("enterprise.edit.monthSaved", { period: grain.period, n }) };

/**
 * Report or correct one year's or one month's values. Only changed fields are sent; the server
 * validates them (units, whole numbers, minimums, a period that has begun) and its field messages
 * appear under each field. Each saved value then carries "manual entry by <user> at <time>" as
 * its provenance.
 */
export const IndicatorEditForm = ({ enterpriseId, grain, record, reference, onClose, onSaved }: IndicatorEditFormProps) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [message, messageHolder] = antdMessage.useMessage();
  /** The implausible values shown for the values submitted (their JSON), awaiting a second submit. */
  const [doubts, setDoubts] = useState<{ key: string; lines: string[] } | null>(null);
  const [form] = Form.useForm<FormValues>();
  const save = useSaveIndicators(enterpriseId);
  const fields = grain.kind === "annual" ? ANNUAL_FIELDS : MONTHLY_FIELDS;
  const words = wording(grain, record !== undefined, t);
  const initial = useMemo(() => Object.fromEntries(fields.map((f) => [f.key, record?.values[f.key]?.value ?? null])), [fields, record]);

  const submit = async () => {
    const values = await form.validateFields();
    const changed: Record<string, number | null> = {};
    for (const f of fields) {
      const raw = values[f.key];
      const next = typeof raw === "number" ? raw : null;
      if (next !== (initial[f.key] ?? null)) changed[f.key] = next;
    }
    if (Object.keys(changed).length === 0) {
      message.info(t("enterprise.edit.nothingChanged"));
      return;
    }
    const note = typeof values.note === "string" && values.note.trim() ? values.note.trim() : undefined;
    // A value a hundred times off the period before is asked about once: the dialog lists it, and
    // the same values submitted again are saved (any change to the values asks afresh).
    const doubtful = implausibleLines(fields, changed, reference, t, lang);
    const key = JSON.stringify(changed);
    if (doubtful.length > 0 && doubts?.key !== key) {
      setDoubts({ key, lines: doubtful });
      return;
    }
    save.mutate(
      { grain, body: { values: changed, ...(note ? { note } : {}) } },
      {
        onSuccess: (result) => {
          onSaved(words.saved(result.changed.length));
          onClose();
        },
        onError: (error) => void placeFieldIssues(form, error, t, (path) => fieldOfPath(path) ?? path),
      },
    );
  };

  const error = save.error;
  const unplacedIssues = isApiError(error) ? error.issues.filter((i) => !fieldOfPath(i.path)) : [];
  return (
    <Modal
      open
      width={grain.kind === "annual" ? 860 : 620}
      title={words.title}
      okText={doubts ? t("enterprise.edit.saveAnyway") : t("common.save")}
      cancelText={t("common.cancel")}
      onOk={() => void submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      data-testid={grain.kind === "annual" ? "annual-edit" : "monthly-edit"}
    >
      {messageHolder}
      <Typography.Paragraph type="secondary">{t("enterprise.edit.intro")}</Typography.Paragraph>
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={describeError(error, t).title}
          description={unplacedIssues.length ? unplacedIssues.map((i) => translateIssueMessage(i.message, t)).join("; ") : describeError(error, t).hint}
        />
      )}
      {doubts && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="implausible-check"
          title={t("enterprise.edit.checkTitle", { reference: reference?.label ?? "" })}
          description={
            <>
              <Typography.Paragraph style={{ marginBottom: 4 }}>{t("enterprise.edit.checkIntro")}</Typography.Paragraph>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {doubts.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          }
        />
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        className={styles.editForm}
        requiredMark={false}
        onValuesChange={() => setDoubts(null)}
      >
        {fields.map((f) => (
          <Form.Item
            key={f.key}
            name={f.key}
            label={lang === "zh-CN" ? f.zh : f.en}
            rules={[
              {
                warningOnly: true,
                validator: async (_, value: unknown) => {
                  const warning = implausibleWarning(f, typeof value === "number" ? value : null, reference, t, lang);
                  if (warning) throw new Error(warning);
                },
              },
            ]}
          >
            <InputNumber<number>
              style={{ width: "100%" }}
              suffix={unitLabel(f.unit, lang)}
              aria-label={`${lang === "zh-CN" ? f.zh : f.en} (${unitLabel(f.unit, lang)})`}
              onChange={() => form.setFields([{ name: f.key, errors: [] }])}
            />
          </Form.Item>
        ))}
        <Form.Item name="note" label={t("enterprise.edit.note")} className={styles.noteItem} rules={[{ max: 500, message: t("validation.max500") }]}>
          <Input.TextArea rows={2} maxLength={500} showCount placeholder={t("enterprise.edit.notePlaceholder")} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
