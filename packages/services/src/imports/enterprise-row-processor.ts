import { inArray } from "drizzle-orm";
import { tables, type DbOrTx } from "@parkpilot/db";
import { importColumns, type ImportColumn } from "./import-columns";
import type { IssueCollector } from "./issue-collector";
import { bilingual } from "./messages";
import { recordColumn, type RecordContext } from "./record-columns";
import { createRecordProcessor, type RecordColumn } from "./record-row-processor";
import type { ResolvedHeader } from "./resolve-header";
import type { RowProcessor } from "./row-processor";

/** Where each enterprise column is staged: the target column of the enterprises table. */
const STAGING: Record<string, [name: string, type: string]> = {
  creditCode: ["credit_code", "char(18) NOT NULL"],
  name: ["name", "text NOT NULL"],
  park: ["park_id", "integer NOT NULL"],
  industryCode: ["industry_code", "varchar(4)"],
  foundedOn: ["founded_on", "date"],
  registeredCapital: ["registered_capital", "double precision"],
  listed: ["listed", "boolean"],
  operatingStatus: ["operating_status", "varchar(16)"],
  aboveDesignatedSize: ["above_designated_size", "boolean"],
  mainProducts: ["main_products", "text"],
  businessScope: ["business_scope", "text"],
};

export const enterpriseRecordColumns = (ctx: RecordContext): RecordColumn[] =>
  importColumns("enterprises").map((c: ImportColumn) => {
    const [name, type] = STAGING[c.key] ?? [];
    if (!name || !type) throw new Error(`enterprise column ${c.key} has no staging column`);
    return recordColumn(c, name, type, ctx, { notAfterToday: c.key === "foundedOn" });
  });

/**
 * Enterprise master data. A credit code the importer can see is updated; an unknown one is a
 * new enterprise, unless it is registered outside the importer's tenancy: that row is refused
 * (a park cannot take over, or overwrite, another park's enterprise by importing it).
 */
export const createEnterpriseProcessor = (options: {
  db: DbOrTx;
  header: ResolvedHeader;
  issues: IssueCollector;
  context: RecordContext;
}): RowProcessor => {
  const newCodes = new Map<string, number>();
  return createRecordProcessor({
    header: options.header,
    issues: options.issues,
    columns: enterpriseRecordColumns(options.context),
    keyColumns: ["creditCode"],
    keyDescription: { zh: "同一信用代码", en: "a credit code" },
    accepted(record) {
      const code = record.values.get("creditCode");
      if (code && !options.context.enterprises.has(code)) newCodes.set(code, record.row);
    },
    async finish(reporter) {
      const codes = [...newCodes.keys()];
      const codeIndex = reporter.index("creditCode");
      for (let i = 0; i < codes.length; i += 5000) {
        const taken = await options.db
          .select({ creditCode: tables.enterprises.creditCode })
          .from(tables.enterprises)
          .where(inArray(tables.enterprises.creditCode, codes.slice(i, i + 5000)));
        for (const { creditCode } of taken) {
          reporter.fail(
            newCodes.get(creditCode) ?? 0,
            codeIndex,
            creditCode,
            bilingual("该企业已登记在您管辖范围之外，不能在此导入或修改", "the enterprise is registered outside your tenancy and cannot be imported here"),
          );
        }
      }
    },
  });
};
