import { useState } from "react";
import { message as antdMessage, Button, Flex, Table, Typography } from "antd";
import { DownloadOutlined } from "@ant-design/icons";
import type { TImportBatch, TImportWarning } from "@parkpilot/contracts";
import { annualFieldByKey, monthlyFieldByKey } from "@parkpilot/core";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { pickBilingual } from "../../../lib/bilingual";
import { describeError } from "../../../lib/errors";
import { formatNumber, unitLabel } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { downloadWarningReport, type FileFormat } from "../api";
import { useImportDetail } from "../hooks/useImports";

const keyOf = (w: TImportWarning): string => `${w.row}:${w.field}`;

/**
 * The values of an applied import that need a second look (row, column, value, the period
 * before and what to check), paged, with the downloadable list. They were applied all the same.
 */
export const ImportWarningsTable = ({ batch }: { batch: TImportBatch }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [message, messageHolder] = antdMessage.useMessage();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const detail = useImportDetail(batch.id, page, pageSize);
  const fields = batch.kind === "monthly" ? monthlyFieldByKey : annualFieldByKey;
  const download = async (format: FileFormat) => {
    try {
      await downloadWarningReport(batch.id, format);
    } catch (error) {
      message.error(describeError(error, t).title);
    }
  };
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  const warnings = detail.data?.warnings;
  const withUnit = (w: TImportWarning, value: number) => {
    const field = fields.get(w.field);
    const digits = field?.kind === "integer" ? 0 : 2;
    return field ? `${formatNumber(value, lang, digits)} ${unitLabel(field.unit, lang)}` : formatNumber(value, lang, digits);
  };
  const columnOf = (w: TImportWarning) => {
    const field = fields.get(w.field);
    return lang === "zh-CN" || !field ? w.column : `${field.en} (${unitLabel(field.unit, lang)})`;
  };
  const referenceOf = (w: TImportWarning) =>
    w.referenceRow === null
      ? t("imports.referenceStored", { period: w.referencePeriod, value: withUnit(w, w.referenceValue) })
      : t("imports.referenceInFile", { period: w.referencePeriod, value: withUnit(w, w.referenceValue), row: w.referenceRow });
  return (
    <div data-testid="import-warnings">
      {messageHolder}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text>{t("imports.warningsTotal", { n: batch.warningCount, count: batch.warningCount })}</Typography.Text>
        <Flex gap={8}>
          <Button size="small" icon={<DownloadOutlined />} onClick={() => void download("xlsx")} data-testid="warning-report-xlsx">
            {t("imports.warningReport")} (Excel)
          </Button>
          <Button size="small" icon={<DownloadOutlined />} onClick={() => void download("csv")} data-testid="warning-report-csv">
            {t("imports.warningReport")} (CSV)
          </Button>
        </Flex>
      </Flex>
      <Table<TImportWarning>
        rowKey={keyOf}
        size="small"
        loading={detail.isFetching}
        dataSource={warnings?.items ?? []}
        // What to check reads across the whole width under its row, however narrow the panel.
        expandable={{
          expandedRowKeys: (warnings?.items ?? []).map(keyOf),
          expandedRowRender: (w) => <Typography.Text type="warning">{pickBilingual(w.message, lang)}</Typography.Text>,
          showExpandColumn: false,
        }}
        columns={[
          { title: t("imports.errorRow"), dataIndex: "row", key: "row", width: 70, align: "right" },
          { title: t("imports.errorColumn"), key: "column", width: 180, render: (_: unknown, w) => columnOf(w) },
          { title: t("imports.errorValue"), key: "value", width: 150, align: "right", render: (_: unknown, w) => withUnit(w, w.value) },
          { title: t("imports.warningReference"), key: "reference", render: (_: unknown, w) => referenceOf(w) },
        ]}
        pagination={{
          current: page,
          pageSize,
          total: warnings?.total ?? 0,
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
