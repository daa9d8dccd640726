import type { ServiceContext } from "../context";
import type { TenantScope } from "../tenancy/actor";
import { createEnterpriseProcessor, enterpriseRecordColumns } from "./enterprise-row-processor";
import type { ImportKind } from "./import-columns";
import { createIndicatorProcessor, indicatorStageColumns } from "./indicator-row-processor";
import type { IssueCollector } from "./issue-collector";
import { createParcelProcessor, parcelRecordColumns } from "./parcel-row-processor";
import type { RecordContext } from "./record-columns";
import { loadIndustryClasses, loadParkLookup, loadVisibleEnterprises } from "./reference-lookups";
import type { ResolvedHeader } from "./resolve-header";
import type { RowProcessor } from "./row-processor";
import type { StageColumn } from "./staging-csv";
import { quoteIdent } from "./staging-table";
import { reportingCalendar } from "@parkpilot/core";

export interface PreparedKind {
  readonly stageColumns: readonly StageColumn[];
  readonly createProcessor: (header: ResolvedHeader) => RowProcessor;
  /** Statements run on each filled staging segment, in the apply transaction, before it is applied. */
  readonly prepareSegment: (stage: string) => string[];
}


/** Loads what the rows of a kind are checked against and wires up its row processor. */
export const prepareKind = async (ctx: ServiceContext, kind: ImportKind, scope: TenantScope, issues: IssueCollector): Promise<PreparedKind> => {
  const { db } = ctx.database;
  const calendar = reportingCalendar(ctx.clock.now());
  // No ANALYZE of the segments: the planner sizes a never-analysed table from its pages, which
  // is all the apply's hash join needs, and sampling every segment cost as much as applying it.
  const none = () => [];
  if (kind === "annual" || kind === "monthly") {
    const enterprises = await loadVisibleEnterprises(db, scope);
    return {
      stageColumns: indicatorStageColumns(kind),
      createProcessor: (header) => createIndicatorProcessor({ grain: kind, header, issues, enterprises, maxYear: calendar.maxYear, maxPeriod: calendar.maxPeriod }),
      prepareSegment: none,
    };
  }
  const context: RecordContext = {
    parks: await loadParkLookup(db, scope),
    industries: kind === "enterprises" ? await loadIndustryClasses(db) : new Set(),
    enterprises: await loadVisibleEnterprises(db, scope),
    today: calendar.today,
  };
  if (kind === "enterprises") {
    return {
      stageColumns: [{ name: "row", type: "integer NOT NULL" }, ...enterpriseRecordColumns(context).map((c) => c.stage)],
      createProcessor: (header) => createEnterpriseProcessor({ db, header, issues, context }),
      // The apply looks staged rows up by credit code (blank listed/status cells keep values).
      prepareSegment: (stage) => [`CREATE UNIQUE INDEX ON ${quoteIdent(stage)} (credit_code)`],
    };
  }
  return {
    stageColumns: [{ name: "row", type: "integer NOT NULL" }, ...parcelRecordColumns(context).map((c) => c.stage)],
    createProcessor: (header) => createParcelProcessor({ header, issues, context }),
    prepareSegment: none,
  };
};
