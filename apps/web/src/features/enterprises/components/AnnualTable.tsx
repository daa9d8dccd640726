import { Button, Table, Tooltip } from "antd";
import { EditOutlined } from "@ant-design/icons";
import type { ColumnsType } from "antd/es/table";
import type { TAnnualRecord } from "@parkpilot/contracts";
import { ANNUAL_FIELDS, type IndicatorField } from "@parkpilot/core";
import { useTranslation } from "react-i18next";
import { SourcedValue } from "../../../components/SourcedValue";
import { formatNumber, unitLabel } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";

interface AnnualTableProps {
  readonly annual: readonly TAnnualRecord[];
  /** Shown when the user may correct a year. */
  readonly onEdit?: (year: number) => void;
}

/** Every annual indicator (rows) by year (columns); each value tells its source on hover. */
export const AnnualTable = ({ annual, onEdit }: AnnualTableProps) => {
  const { t } = useTranslation();
  const lang = useLang();
  const label = (f: IndicatorField) => (lang === "zh-CN" ? f.zh : f.en);
  const columns: ColumnsType<IndicatorField> = [
    { title: t("enterprise.indicator"), key: "label", fixed: "left", width: 200, render: (_: unknown, f) => label(f) },
    { title: t("common.unit"), key: "unit", width: 90, render: (_: unknown, f) => unitLabel(f.unit, lang) },
    ...annual.map(
      (record): ColumnsType<IndicatorField>[number] => ({
        title: (
          <span>
            {record.year}
            {onEdit && (
              <Tooltip title={t("enterprise.edit.button", { year: record.year })}>
                <Button
                  type="link"
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t("enterprise.edit.button", { year: record.year })}
                  onClick={() => onEdit(record.year)}
                  data-testid={`edit-year-${record.year}`}
                />
              </Tooltip>
            )}
          </span>
        ),
        key: String(record.year),
        align: "right",
        width: 140,
        render: (_: unknown, f) => {
          const v = record.values[f.key];
          return <SourcedValue value={v} text={formatNumber(v?.value, lang, f.kind === "integer" ? 0 : 2)} />;
        },
      }),
    ),
  ];
  return (
    <Table<IndicatorField>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={[...ANNUAL_FIELDS]}
      pagination={false}
      scroll={{ x: 290 + annual.length * 140, y: 480 }}
      data-testid="annual-table"
    />
  );
};
