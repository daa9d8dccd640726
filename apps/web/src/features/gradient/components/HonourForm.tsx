import { useState } from "react";
import { DatePicker, Form, Input, InputNumber, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { THonour, THonourInput } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { pickText, useLang } from "../../../lib/i18n";
import { useEnterpriseList } from "../../enterprises/hooks/useEnterprises";
import { useCatalogue } from "../hooks/useGradient";

interface FormValues {
  enterpriseId: number;
  tier: THonourInput["tier"];
  level?: THonourInput["level"];
  batch?: string;
  year?: number;
  validFrom: Dayjs;
  validUntil?: Dayjs | null;
  certificateNo?: string;
  note?: string;
}

const LEVELS = ["national", "provincial", "municipal", "district"] as const;

/** Enter or correct one honour by hand; without an end date the title's standard term applies. */
export const HonourForm = ({ open, honour, saving, onCancel, onSave }: { open: boolean; honour: THonour | null; saving: boolean; onCancel: () => void; onSave: (input: THonourInput) => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const catalogue = useCatalogue();
  const [search, setSearch] = useState("");
  const enterprises = useEnterpriseList({ q: search || undefined, pageSize: 20 });
  const [form] = Form.useForm<FormValues>();
  const submit = async () => {
    const v = await form.validateFields();
    onSave({
      enterpriseId: v.enterpriseId,
      tier: v.tier,
      level: v.level ?? null,
      batch: v.batch || null,
      year: v.year ?? null,
      validFrom: v.validFrom.format("YYYY-MM-DD"),
      ...(v.validUntil ? { validUntil: v.validUntil.format("YYYY-MM-DD") } : {}),
      certificateNo: v.certificateNo || null,
      note: v.note || null,
      via: "manual",
    });
  };
  const enterpriseOptions = [
    ...(honour ? [{ value: honour.enterpriseId, label: honour.enterpriseName }] : []),
    ...(enterprises.data?.items ?? []).filter((e) => e.id !== honour?.enterpriseId).map((e) => ({ value: e.id, label: `${e.name}（${e.creditCode}）` })),
  ];
  return (
    <Modal open={open} title={honour ? t("gradient.honours.edit") : t("gradient.honours.add")} onCancel={onCancel} onOk={() => void submit()} confirmLoading={saving} okText={t("common.save")} cancelText={t("common.cancel")} destroyOnHidden>
      <Form<FormValues> form={form} layout="vertical" preserve={false} initialValues={honour ? { enterpriseId: honour.enterpriseId, tier: honour.tier, level: honour.level ?? undefined, batch: honour.batch ?? undefined, year: honour.year ?? undefined, certificateNo: honour.certificateNo ?? undefined, note: honour.sourceNote ?? undefined, validFrom: dayjs(honour.validFrom), validUntil: honour.validUntil ? dayjs(honour.validUntil) : null } : {}}>
        <Form.Item name="enterpriseId" label={t("gradient.candidates.enterprise")} rules={[{ required: true }]}>
          <Select showSearch filterOption={false} onSearch={setSearch} options={enterpriseOptions} disabled={honour !== null} placeholder={t("gradient.honours.searchEnterprise")} />
        </Form.Item>
        <Form.Item name="tier" label={t("gradient.honours.tier")} rules={[{ required: true }]}>
          <Select options={(catalogue.data?.honourTiers ?? []).map((h) => ({ value: h.key, label: pickText(h.label, lang) }))} />
        </Form.Item>
        <Form.Item name="level" label={t("gradient.honours.level")}>
          <Select allowClear options={LEVELS.map((l) => ({ value: l, label: t(`gradient.honours.levels.${l}`) }))} />
        </Form.Item>
        <Form.Item name="batch" label={t("gradient.honours.batch")}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="year" label={t("gradient.honours.year")}>
          <InputNumber min={1990} max={2100} />
        </Form.Item>
        <Form.Item name="validFrom" label={t("gradient.honours.validFrom")} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="validUntil" label={t("gradient.honours.validUntil")} extra={t("gradient.honours.validUntilHint")}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="certificateNo" label={t("gradient.honours.certificate")}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="note" label={t("gradient.honours.note")}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
