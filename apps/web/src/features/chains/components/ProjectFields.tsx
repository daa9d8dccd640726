import { Form, Input, Select } from "antd";
import type { TChainTemplateSummary } from "@parkpilot/contracts";
import { flattenSegments } from "@parkpilot/core";
import { useTranslation } from "react-i18next";
import { useTemplate } from "../hooks/useChains";

/** What a project is, in the form of its creation and of its correction. */
export interface ProjectFieldValues {
  name: string;
  investorName: string;
  templateCode?: string | null;
  segmentKey?: string | null;
}

/**
 * Name, investor, and the chain and segment the project fills (the segments offered are the
 * leaves of the chosen chain; choosing another chain empties the segment).
 */
export const ProjectFields = ({ chains }: { chains: readonly TChainTemplateSummary[] }) => {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ProjectFieldValues>();
  const code = Form.useWatch<string | null | undefined>("templateCode", form);
  const template = useTemplate(chains.find((c) => c.code === code)?.id ?? null);
  const leaves = template.data ? flattenSegments(template.data.definition.segments).filter((n) => n.isLeaf) : [];
  return (
    <>
      <Form.Item name="name" label={t("chains.projects.name")} rules={[{ required: true, whitespace: true, max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="investorName" label={t("chains.projects.investor")} rules={[{ required: true, whitespace: true, max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="templateCode" label={t("chains.projects.chain")}>
        <Select allowClear options={chains.map((c) => ({ value: c.code, label: c.name }))} onChange={() => form.setFieldValue("segmentKey", undefined)} />
      </Form.Item>
      <Form.Item name="segmentKey" label={t("chains.projects.segment")}>
        <Select allowClear disabled={!code} options={leaves.map((n) => ({ value: n.segment.key, label: `${t(`chains.stage.${n.segment.stage}`)} · ${n.segment.name}` }))} />
      </Form.Item>
    </>
  );
};
