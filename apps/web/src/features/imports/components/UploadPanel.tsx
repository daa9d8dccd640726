import { useState } from "react";
import { Button, Flex, Form, Progress, Select, Upload } from "antd";
import { InboxOutlined, UploadOutlined } from "@ant-design/icons";
import type { TImportBatch, TImportKind } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { formatBytes } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { IMPORT_KINDS } from "../api";
import { useUpload } from "../hooks/useImports";
import { ImportResult } from "./ImportResult";

const ACCEPT = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

/** Choose the kind and a file, upload with progress, then see the result or every row error. */
export const UploadPanel = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const [kind, setKind] = useState<TImportKind>("annual");
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<TImportBatch | null>(null);
  const upload = useUpload(setProgress);

  const start = () => {
    if (!file) return;
    setResult(null);
    setProgress(0);
    upload.mutate({ kind, file }, { onSuccess: (batch) => setResult(batch) });
  };

  return (
    <Flex vertical gap={12}>
      <Form layout="vertical" requiredMark={false} style={{ marginBottom: -12 }}>
        <Form.Item label={t("imports.kindLabel")} htmlFor="import-kind">
          <Select<TImportKind>
            id="import-kind"
            style={{ width: 240 }}
            value={kind}
            onChange={setKind}
            options={IMPORT_KINDS.map((k) => ({ value: k, label: t(`imports.kind.${k}`) }))}
            data-testid="import-kind"
          />
        </Form.Item>
      </Form>
      <Upload.Dragger
        accept={ACCEPT}
        multiple={false}
        maxCount={1}
        showUploadList={false}
        beforeUpload={(f) => {
          setFile(f);
          setResult(null);
          upload.reset();
          return false;
        }}
        aria-label={t("imports.chooseFile")}
        data-testid="import-dropzone"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{file ? `${file.name} (${formatBytes(file.size, lang)})` : t("imports.chooseFile")}</p>
        <p className="ant-upload-hint">{t("imports.fileHint")}</p>
      </Upload.Dragger>
      <Flex align="center" gap={12}>
        <Button type="primary" icon={<UploadOutlined />} disabled={!file} loading={upload.isPending} onClick={start} data-testid="import-start">
          {t("imports.start")}
        </Button>
        {(upload.isPending || progress > 0) && (
          <Progress
            percent={Math.round(progress * 100)}
            status={upload.isError ? "exception" : upload.isPending ? "active" : "success"}
            style={{ flex: 1, maxWidth: 420, margin: 0 }}
            aria-label={t("imports.progress")}
            format={(p) => (upload.isPending && p === 100 ? t("imports.validating") : `${p}%`)}
          />
        )}
      </Flex>
      {upload.isError && <ErrorState error={upload.error} />}
      {result && <ImportResult batch={result} />}
    </Flex>
  );
};
