import { useState } from "react";
import { Alert, Button, Flex, Progress, Table, Upload } from "antd";
import { DownloadOutlined, InboxOutlined, UploadOutlined } from "@ant-design/icons";
import type { THonourImportResult } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { downloadFromApi } from "../../../lib/download";
import { formatBytes } from "../../../lib/format";
import { pickBilingual } from "../../../lib/bilingual";
import { useLang } from "../../../lib/i18n";
import { honoursTemplateUrl } from "../api";
import { errorText } from "../error-text";
import { useImportHonours } from "../hooks/useGradient";

const ACCEPT = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

/** Import an official honours list: the template, the upload, then the result or every row problem. */
export const HonourImport = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<THonourImportResult | null>(null);
  const [templateError, setTemplateError] = useState<string | null>(null);
  const upload = useImportHonours(setProgress);
  const template = (format: "xlsx" | "csv") => {
    setTemplateError(null);
    downloadFromApi(honoursTemplateUrl(format), {}, `parkpilot-honours-template.${format}`).catch((e: unknown) => setTemplateError(errorText(e, t)));
  };
  return (
    <Flex vertical gap={12} data-testid="honour-import">
      <Flex gap={8} wrap>
        <Button icon={<DownloadOutlined />} onClick={() => template("xlsx")}>
          {t("gradient.honours.templateXlsx")}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => template("csv")}>
          {t("gradient.honours.templateCsv")}
        </Button>
      </Flex>
      {templateError && <Alert type="error" message={templateError} />}
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
        aria-label={t("gradient.honours.chooseFile")}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{file ? `${file.name} (${formatBytes(file.size, lang)})` : t("gradient.honours.chooseFile")}</p>
        <p className="ant-upload-hint">{t("gradient.honours.fileHint")}</p>
      </Upload.Dragger>
      <Flex align="center" gap={12}>
        <Button
          type="primary"
          icon={<UploadOutlined />}
          disabled={!file}
          loading={upload.isPending}
          onClick={() => file && upload.mutate(file, { onSuccess: setResult })}
          data-testid="honour-import-start"
        >
          {t("gradient.honours.import")}
        </Button>
        {(upload.isPending || progress > 0) && <Progress percent={Math.round(progress * 100)} status={upload.isError ? "exception" : upload.isPending ? "active" : "success"} style={{ flex: 1, maxWidth: 420, margin: 0 }} />}
      </Flex>
      {upload.isError && <ErrorState error={upload.error} />}
      {result && (
        <>
          <Alert type={result.status === "applied" ? "success" : "error"} showIcon title={pickBilingual(result.message, lang)} data-testid="honour-import-result" />
          {result.errors.length > 0 && (
            <Table
              rowKey={(_, i) => String(i)}
              size="small"
              dataSource={result.errors}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                { title: t("gradient.honours.row"), key: "row", width: 70, render: (_, e) => e.row ?? "—" },
                { title: t("gradient.honours.column"), key: "column", width: 160, render: (_, e) => e.column ?? "—" },
                { title: t("gradient.honours.cell"), key: "value", width: 180, render: (_, e) => e.value ?? "" },
                { title: t("gradient.honours.problem"), key: "message", render: (_, e) => pickBilingual(e.message, lang) },
              ]}
            />
          )}
        </>
      )}
    </Flex>
  );
};
