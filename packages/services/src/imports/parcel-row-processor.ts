import { importColumns } from "./import-columns";
import type { IssueCollector } from "./issue-collector";
import { bilingual } from "./messages";
import { enterpriseRefColumn, recordColumn, type RecordContext } from "./record-columns";
import { createRecordProcessor, type RecordColumn } from "./record-row-processor";
import type { ResolvedHeader } from "./resolve-header";
import type { RowProcessor } from "./row-processor";

/** Where each parcel column is staged: the target column of land_parcels. */
const STAGING: Record<string, [name: string, type: string]> = {
  park: ["park_id", "integer NOT NULL"],
  parcelCode: ["parcel_code", "varchar(40) NOT NULL"],
  holderCreditCode: ["holder_enterprise_id", "integer"],
  areaMu: ["area_mu", "double precision NOT NULL"],
  landUse: ["land_use", "varchar(24) NOT NULL"],
  supplyMode: ["supply_mode", "varchar(24) NOT NULL"],
  termStart: ["term_start", "date"],
  termEnd: ["term_end", "date"],
  plotRatio: ["plot_ratio", "double precision"],
  buildingAreaM2: ["building_area_m2", "double precision"],
  status: ["status", "varchar(24) NOT NULL"],
};

export const parcelRecordColumns = (ctx: RecordContext): RecordColumn[] =>
  importColumns("parcels").map((c) => {
    const [name, type] = STAGING[c.key] ?? [];
    if (!name || !type) throw new Error(`parcel column ${c.key} has no staging column`);
    return c.key === "holderCreditCode" ? enterpriseRefColumn(c, name, ctx) : recordColumn(c, name, type, ctx);
  });

/** Land parcels, keyed by park and parcel code; the holder must be an enterprise the importer sees. */
export const createParcelProcessor = (options: { header: ResolvedHeader; issues: IssueCollector; context: RecordContext }): RowProcessor =>
  createRecordProcessor({
    header: options.header,
    issues: options.issues,
    columns: parcelRecordColumns(options.context),
    keyColumns: ["parcelCode", "park"],
    keyDescription: { zh: "同一园区的同一地块编号", en: "a parcel code within a park" },
    check(record, reporter) {
      const start = record.values.get("termStart");
      const end = record.values.get("termEnd");
      if (start && end && end < start) {
        const index = reporter.index("termEnd");
        reporter.fail(record.row, index, record.cells[index], bilingual(`终止日期早于起始日期（${start}）`, "term ends before it starts"));
        return false;
      }
      return true;
    },
  });
