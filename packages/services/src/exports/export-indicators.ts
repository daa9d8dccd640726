import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { loadExcelJs } from "../exceljs-on-demand";
import { ANNUAL_FIELDS, MONTHLY_FIELDS } from "@parkpilot/core";
import type { Database } from "@parkpilot/db";
import type { ServiceContext } from "../context";
import type { TenantScope } from "../tenancy/actor";
import { columnHeader, importColumns } from "../imports/import-columns";
import { csvField } from "../imports/csv-field";
import { validationError } from "../errors/app-error";

export interface ExportIndicatorsOptions {
  readonly scope: TenantScope;
  readonly kind: "annual" | "monthly";
  /** Annual: the year; monthly: all months of the year. Omitted: every period. */
  readonly year?: number;
  readonly parkId?: number;
  readonly format: "csv" | "xlsx";
  readonly path: string;
}

const BATCH = 20_000;

/**
 * Writes indicator data in the layout of the import template of the same kind, so an export
 * can be edited and imported back (round trip). Rows are read in keyset-paged batches and
 * streamed to the file; tenancy comes from the scope exactly as for the API.
 */
export const exportIndicators = async (ctx: ServiceContext, options: ExportIndicatorsOptions): Promise<{ rows: number }> => {
  const fields = options.kind === "annual" ? ANNUAL_FIELDS : MONTHLY_FIELDS;
  const header = importColumns(options.kind).map(columnHeader);
  if (header.length !== fields.length + 2) throw new Error("export layout drifted from the import template");
  const writer = options.format === "csv" ? csvWriter(options.path) : await xlsxWriter(options.path);
  await writer.write(header);
  let rows = 0;
  for await (const batch of readBatches(ctx.database, options)) {
    for (const r of batch) {
      await writer.write([r.credit_code, r.period_key, ...fields.map((f) => r[f.column] ?? null)]);
      rows += 1;
    }
  }
  await writer.close();
  return { rows };
};

type ExportRow = Record<string, string | number | null> & { credit_code: string; period_key: string; enterprise_id: number };

async function* readBatches(database: Database, o: ExportIndicatorsOptions): AsyncGenerator<ExportRow[]> {
  const fields = o.kind === "annual" ? ANNUAL_FIELDS : MONTHLY_FIELDS;
  const table = o.kind === "annual" ? "enterprise_annual" : "enterprise_monthly";
  const periodColumn = o.kind === "annual" ? "year" : "period";
  const scopeSql =
    o.scope.kind === "province" ? "e.province_code = $1" : o.scope.kind === "park" ? "e.park_id = $1::int" : "e.id = $1::int";
  const scopeParam = o.scope.kind === "province" ? o.scope.provinceCode : o.scope.kind === "park" ? o.scope.parkId : o.scope.enterpriseId;
  if (o.year !== undefined && (!Number.isInteger(o.year) || o.year < 1990 || o.year > 2100)) throw validationError("Invalid year", [{ path: "year", message: "1990–2100" }]);
  const filters = [scopeSql];
  const params: unknown[] = [scopeParam];
  if (o.parkId !== undefined) {
    params.push(o.parkId);
    filters.push(`e.park_id = $${params.length}::int`);
  }
  if (o.year !== undefined) {
    params.push(o.kind === "annual" ? o.year : `${o.year}-%`);
    filters.push(o.kind === "annual" ? `t.year = $${params.length}` : `t.period LIKE $${params.length}`);
  }
  let after: [number, string] = [0, ""];
  for (;;) {
    const rows = await database.query<ExportRow>(
      `SELECT t.enterprise_id, e.credit_code, t.${periodColumn}::text AS period_key, ${fields.map((f) => `t."${f.column}"`).join(", ")}
         FROM ${table} t JOIN enterprises e ON e.id = t.enterprise_id
        WHERE ${filters.join(" AND ")} AND (t.enterprise_id, t.${periodColumn}::text) > ($${params.length + 1}::int, $${params.length + 2}::text)
        ORDER BY t.enterprise_id, t.${periodColumn}::text LIMIT ${BATCH}`,
      [...params, after[0], after[1]],
    );
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1];
    if (!last) return;
    after = [last.enterprise_id, last.period_key];
  }
}

interface RowWriter {
  write(cells: ReadonlyArray<string | number | null>): Promise<void>;
  close(): Promise<void>;
}

const csvCell = (v: string | number | null): string => (v === null ? "" : csvField(String(v)));

const csvWriter = (path: string): RowWriter => {
  const out = createWriteStream(path, { encoding: "utf8" });
  out.write("\ufeff");
  return {
    async write(cells) {
      if (!out.write(`${cells.map(csvCell).join(",")}\r\n`)) await once(out, "drain");
    },
    async close() {
      out.end();
      await once(out, "finish");
    },
  };
};

const xlsxWriter = async (path: string): Promise<RowWriter> => {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet("数据");
  return {
    async write(cells) {
      sheet.addRow([...cells]).commit();
    },
    async close() {
      sheet.commit();
      await workbook.commit();
    },
  };
};
