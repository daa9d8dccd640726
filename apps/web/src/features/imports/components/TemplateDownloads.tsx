import { useState } from "react";
import { message as antdMessage, Button, List, Space, Typography } from "antd";
import { FileExcelOutlined, FileTextOutlined } from "@ant-design/icons";
import type { TImportKind } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { describeError } from "../../../lib/errors";
import { downloadTemplate, IMPORT_KINDS, type FileFormat } from "../api";

/** One template per kind of data, as Excel or CSV, with the columns and units the import expects. */
export const TemplateDownloads = () => {
  const { t } = useTranslation();
  const [message, messageHolder] = antdMessage.useMessage();
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (kind: TImportKind, format: FileFormat) => {
    setBusy(`${kind}.${format}`);
    try {
      await downloadTemplate(kind, format);
    } catch (error) {
      message.error(describeError(error, t).title);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      {messageHolder}
      <List
      size="small"
      dataSource={[...IMPORT_KINDS]}
      renderItem={(kind) => (
        <List.Item
          actions={[
            <Space key="dl" size={4}>
              <Button
                size="small"
                icon={<FileExcelOutlined />}
                loading={busy === `${kind}.xlsx`}
                onClick={() => void download(kind, "xlsx")}
                aria-label={t("imports.templateXlsx", { kind: t(`imports.kind.${kind}`) })}
                data-testid={`template-${kind}-xlsx`}
              >
                Excel
              </Button>
              <Button
                size="small"
                icon={<FileTextOutlined />}
                loading={busy === `${kind}.csv`}
                onClick={() => void download(kind, "csv")}
                aria-label={t("imports.templateCsv", { kind: t(`imports.kind.${kind}`) })}
                data-testid={`template-${kind}-csv`}
              >
                CSV
              </Button>
            </Space>,
          ]}
        >
          <List.Item.Meta
            title={t(`imports.kind.${kind}`)}
            description={<Typography.Text type="secondary">{t(`imports.kindHint.${kind}`)}</Typography.Text>}
          />
        </List.Item>
      )}
      />
    </>
  );
};
