import { Alert, Descriptions, Typography } from "antd";
import type { TImportBatch } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../lib/format";
import { pickBilingual } from "../../../lib/bilingual";
import { useLang } from "../../../lib/i18n";
import { ImportErrorsTable } from "./ImportErrorsTable";
import { ImportWarningsTable } from "./ImportWarningsTable";

/** What happened to an uploaded file: applied with counts (and the values to check), or rejected with every row error. */
export const ImportResult = ({ batch }: { batch: TImportBatch }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const n = (v: number) => formatNumber(v, lang);
  if (batch.status === "applied") {
    const toCheck = batch.warningCount > 0;
    const counts = (
      <Alert
        type={toCheck ? "warning" : "success"}
        showIcon
        style={toCheck ? { marginBottom: 12 } : undefined}
        data-testid="import-applied"
        title={
          toCheck
            ? t("imports.appliedWithWarnings", { file: batch.fileName, n: batch.warningCount, count: batch.warningCount })
            : t("imports.applied", { file: batch.fileName })
        }
        description={
          <Descriptions
            size="small"
            column={4}
            items={[
              { key: "rows", label: t("imports.rows"), children: n(batch.rowCount) },
              { key: "ins", label: t("imports.inserted"), children: n(batch.insertedCount) },
              { key: "upd", label: t("imports.updated"), children: n(batch.updatedCount) },
              { key: "err", label: t("imports.errors"), children: n(batch.errorCount) },
            ]}
          />
        }
      />
    );
    if (!toCheck) return counts;
    return (
      <div>
        {counts}
        <Typography.Paragraph type="secondary">{t("imports.warningsIntro")}</Typography.Paragraph>
        <ImportWarningsTable batch={batch} />
      </div>
    );
  }
  return (
    <div data-testid="import-rejected">
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 12 }}
        title={batch.status === "failed" ? t("imports.failed", { file: batch.fileName }) : t("imports.rejected", { file: batch.fileName, n: batch.errorCount, count: batch.errorCount, rows: batch.rowCount })}
        // Problems are counted in the title and listed below: the batch's message would repeat them.
        description={batch.message && batch.errorCount === 0 ? `${t("imports.nothingApplied")} ${pickBilingual(batch.message, lang)}` : t("imports.nothingApplied")}
      />
      {batch.errorCount > 0 && <ImportErrorsTable batchId={batch.id} />}
    </div>
  );
};
