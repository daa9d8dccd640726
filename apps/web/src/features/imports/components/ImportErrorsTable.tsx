import { useState } from "react";
import { message as antdMessage, Button, Flex, Table, Typography } from "antd";
import { DownloadOutlined } from "@ant-design/icons";
import type { TImportError } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { pickBilingual } from "../../../lib/bilingual";
import { describeError } from "../../../lib/errors";
import { useLang } from "../../../lib/i18n";
import { downloadErrorReport, type FileFormat } from "../api";
import { useImportDetail } from "../hooks/useImports";

/** Every row error of an import (row, column, value, message), paged, with the downloadable report. */
export const ImportErrorsTable = ({ batchId }: { batchId: number }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [message, messageHolder] = antdMessage.useMessage();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const detail = useImportDetail(batchId, page, pageSize);
  const download = async (format: FileFormat) => {
    try {
      await downloadErrorReport(batchId, format);
    } catch (error) {
      message.error(describeError(error, t).title);
    }
  };
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  const errors = detail.data?.errors;
  return (
    <div data-testid="import-errors">
      {messageHolder}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text>{t("imports.errorsTotal", { n: errors?.total ?? 0, count: errors?.total ?? 0 })}</Typography.Text>
        <Flex gap={8}>
          <Button size="small" icon={<DownloadOutlined />} onClick={() => void download("xlsx")} data-testid="error-report-xlsx">
            {t("imports.errorReport")} (Excel)
          </Button>
          <Button size="small" icon={<DownloadOutlined />} onClick={() => void download("csv")} data-testid="error-report-csv">
            {t("imports.errorReport")} (CSV)
          </Button>
        </Flex>
      </Flex>
      <Table<TImportError>
        rowKey={(e) => `${e.row ?? "-"}:${e.column ?? "-"}:${e.message}`}
        size="small"
        loading={detail.isFetching}
        dataSource={errors?.items ?? []}
        columns={[
          { title: t("imports.errorRow"), dataIndex: "row", key: "row", width: 80, align: "right", render: (v: number | null) => v ?? "—" },
          { title: t("imports.errorColumn"), dataIndex: "column", key: "column", width: 180, render: (v: string | null) => v ?? "—" },
          { title: t("imports.errorValue"), dataIndex: "value", key: "value", width: 200, ellipsis: true, render: (v: string | null) => (v === null || v === "" ? <Typography.Text type="secondary">{t("imports.emptyValue")}</Typography.Text> : v) },
          { title: t("imports.errorMessage"), dataIndex: "message", key: "message", render: (v: string) => pickBilingual(v, lang) },
        ]}
        pagination={{
          current: page,
          pageSize,
          total: errors?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          onChange: (p, s) => {
            setPage(s === pageSize ? p : 1);
            setPageSize(s);
          },
          showTotal: (n) => t("common.totalItems", { n }),
        }}
      />
    </div>
  );
};
