import { bilingual } from "../../imports/messages";
import { enterpriseRefColumn, recordColumn, type RecordContext } from "../../imports/record-columns";
import { createRecordProcessor, type RecordColumn } from "../../imports/record-row-processor";
import type { IssueCollector } from "../../imports/issue-collector";
import type { ResolvedHeader } from "../../imports/resolve-header";
import type { RowProcessor } from "../../imports/row-processor";
import { HONOUR_COLUMNS } from "./honour-columns";

/** Where each column is staged (the enterprise_honours column it lands in). */
const STAGING: Readonly<Record<string, readonly [string, string]>> = {
  seq: ["seq", "text"],
  creditCode: ["enterprise_id", "integer NOT NULL"],
  enterpriseName: ["enterprise_name", "text"],
  tier: ["tier", "varchar(32) NOT NULL"],
  level: ["level", "varchar(12)"],
  batch: ["batch", "text"],
  year: ["year", "smallint"],
  validFrom: ["valid_from", "date NOT NULL"],
  validUntil: ["valid_until", "date"],
  certificateNo: ["certificate_no", "text"],
  note: ["source_note", "text"],
};

export const honourRecordColumns = (ctx: RecordContext): RecordColumn[] =>
  HONOUR_COLUMNS.map((c) => {
    const [name, type] = STAGING[c.key] ?? [];
    if (!name || !type) throw new Error(`honour column ${c.key} has no staging column`);
    return c.key === "creditCode" ? enterpriseRefColumn(c, name, ctx) : recordColumn(c, name, type, ctx);
  });

/** Honour rows: one grant per enterprise, title and start date; the end not before the start. */
export const createHonourProcessor = (options: { header: ResolvedHeader; issues: IssueCollector; context: RecordContext }): RowProcessor =>
  createRecordProcessor({
    header: options.header,
    issues: options.issues,
    columns: honourRecordColumns(options.context),
    keyColumns: ["creditCode", "tier", "validFrom"],
    keyDescription: { zh: "同一企业同一称号的同一生效日期", en: "an enterprise's title with one start date" },
    check(record, reporter) {
      const from = record.values.get("validFrom");
      const until = record.values.get("validUntil");
      if (from && until && until < from) {
        const index = reporter.index("validUntil");
        reporter.fail(record.row, index, record.cells[index], bilingual(`有效期止早于有效期起（${from}）`, "validity ends before it starts"));
        return false;
      }
      return true;
    },
  });
