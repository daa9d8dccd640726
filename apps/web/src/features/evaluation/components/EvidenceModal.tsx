import { useState } from "react";
import { Alert, Form, Input, Modal, Typography } from "antd";
import type { TEvidence } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { describeError } from "../../../lib/errors";
import { useSaveEvidence } from "../hooks/useEvaluation";

const MAX_BYTES = 512 * 1024;

const toBase64 = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });

interface Props {
  readonly parkId: number;
  readonly year: number;
  readonly itemKey: string;
  readonly label: string;
  readonly hint: string | null;
  readonly current: TEvidence | null;
  readonly onClose: () => void;
}

/** Files the evidence of a checklist item: a note and optionally a small file (checked for size before sending). */
export const EvidenceModal = ({ parkId, year, itemKey, label, hint, current, onClose }: Props) => {
  const { t } = useTranslation();
  const save = useSaveEvidence();
  const [note, setNote] = useState(current?.note ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    setProblem(null);
    if (note.trim() === "") return setProblem(t("evaluation.scorecard.noteRequired"));
    if (file && file.size > MAX_BYTES) return setProblem(t("evaluation.scorecard.attachmentTooLarge"));
    const attachment = file ? { name: file.name, type: file.type || "application/octet-stream", base64: await toBase64(file) } : undefined;
    save.mutate(
      { parkId, itemKey, body: { year, note: note.trim(), ...(attachment ? { attachment } : {}) } },
      {
        onSuccess: onClose,
        onError: (e) => {
          const plain = describeError(e, t);
          setProblem(`${plain.title} ${plain.hint}`);
        },
      },
    );
  };

  return (
    <Modal open title={t("evaluation.scorecard.uploadTitle", { item: label })} onCancel={onClose} onOk={() => void submit()} confirmLoading={save.isPending} destroyOnHidden>
      {hint && <Typography.Paragraph type="secondary">{t("evaluation.scorecard.hint", { hint })}</Typography.Paragraph>}
      <Form layout="vertical">
        <Form.Item label={t("evaluation.scorecard.note")} required>
          <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={2000} data-testid="evidence-note" />
        </Form.Item>
        <Form.Item label={t("evaluation.scorecard.attachment")}>
          <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="evidence-file" />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
    </Modal>
  );
};
