import { sql, type SQL } from "drizzle-orm";
import type { THonourImportResult } from "@parkpilot/contracts";
import { rowsOf, type Tx } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import { recordAudit } from "../../audit/record-audit";
import { AppError, conflict } from "../../errors/app-error";
import type { Actor } from "../../tenancy/actor";
import { enterpriseVisibility } from "../../tenancy/visibility";
import { csvRows } from "../../imports/csv-rows";
import { cellsOf, FileProblem, type Cell, type SheetRow } from "../../imports/import-issue";
import { bufferSource, SNIFF_BYTES } from "../../imports/import-source";
import { IssueCollector } from "../../imports/issue-collector";
import { bilingual } from "../../imports/messages";
import { ParseFailure } from "../../imports/parse-cell";
import { loadVisibleEnterprises } from "../../imports/reference-lookups";
import type { RowProcessor } from "../../imports/row-processor";
import { sniffFile } from "../../imports/sniff-file";
import { createStageTable, dropStageTable, quoteIdent, stageTableName } from "../../imports/staging-table";
import { xlsxRows } from "../../imports/xlsx-rows";
import { chinaToday } from "../dates";
import { HONOUR_TIERS } from "../tiers";
import { requireHonourWriter } from "./honour-access";
import { createHonourProcessor } from "./honour-row-processor";
import { resolveHonourHeader } from "./resolve-honour-header";

export interface ImportHonoursInput {
  readonly actor: Actor;
  readonly fileName: string;
  readonly body: Buffer;
  readonly maxBytes: number;
}

const ERRORS_RETURNED = 200;

const isBlank = (cells: readonly Cell[]): boolean => cells.every((c) => c === null || c === undefined || (typeof c === "string" && c.trim() === ""));

/** Columns written on update only when the file has them: a column left out keeps stored values. */
const OPTIONAL: readonly (readonly [key: string, column: string])[] = [
  ["level", "level"],
  ["batch", "batch"],
  ["year", "year"],
  ["validUntil", "valid_until"],
  ["certificateNo", "certificate_no"],
  ["note", "source_note"],
];

/** valid_until when the list gives none: the tier's standard term, in SQL. */
const defaultUntilSql = (): string =>
  `CASE s.tier ${HONOUR_TIERS.filter((t) => t.validityYears !== null)
    .map((t) => `WHEN '${t.key}' THEN (s.valid_from + interval '${t.validityYears} years' - interval '1 day')::date`)
    .join(" ")} ELSE NULL END`;

const apply = async (tx: Tx, input: { stage: string; actor: Actor; present: ReadonlySet<string>; fileName: string; at: string; expected: number }) => {
  const stage = sql.raw(quoteIdent(input.stage));
  const updates = OPTIONAL.filter(([key]) => input.present.has(key)).map(([, column]) => `${column} = EXCLUDED.${column}`);
  const statement: SQL = sql`INSERT INTO enterprise_honours AS t (enterprise_id, tier, level, batch, year, valid_from, valid_until, certificate_no, source_kind, source_row, source_note, created_by, recorded_at)
    SELECT s.enterprise_id, s.tier, s.level, s.batch, s.year, s.valid_from, COALESCE(s.valid_until, ${sql.raw(defaultUntilSql())}), s.certificate_no,
           'import', s.row, COALESCE(s.source_note, ${input.fileName}), ${input.actor.userId}, ${input.at}::timestamptz
      FROM ${stage} s JOIN enterprises ON enterprises.id = s.enterprise_id WHERE ${enterpriseVisibility(input.actor.scope)}
    ON CONFLICT (enterprise_id, tier, valid_from) DO UPDATE SET ${sql.raw(
      [...updates, "source_kind = 'import'", "source_batch_id = NULL", "source_row = EXCLUDED.source_row", "created_by = EXCLUDED.created_by", "recorded_at = EXCLUDED.recorded_at"].join(", "),
    )}`;
  const [counts] = rowsOf<{ total: number; inserted: number }>(
    await tx.execute(sql`WITH up AS (${statement} RETURNING (xmax = 0) AS inserted) SELECT count(*)::int AS total, (count(*) FILTER (WHERE inserted))::int AS inserted FROM up`),
  );
  const total = Number(counts?.total ?? 0);
  // Every row was checked visible; an enterprise that left the scope since makes the file partial.
  if (total !== input.expected) throw conflict(`${input.expected - total} of ${input.expected} rows are no longer within your tenancy; nothing was applied, please retry`);
  return { inserted: Number(counts?.inserted ?? 0), updated: total - Number(counts?.inserted ?? 0) };
};

/**
 * Imports an official honours list (认定名单, xlsx or CSV) with the import pipeline's parts: the
 * same sniffing, readers, cell parsers, row checks and tenancy lookups, a COPY into a staging
 * table and one upsert keyed by enterprise, title and start date. All or nothing: any problem
 * (unknown column, bad cell, duplicate row, an enterprise outside the importer's tenancy)
 * rejects the file with every problem listed by row, column and value, and nothing is written.
 *
 * Unlike the indicator imports, the batch is not recorded in import_batches: its kind list is
 * part of the database schema, which does not (yet) name honours. Each row keeps its file name
 * and row number as provenance, and the audit log records the import.
 */
export const importHonours = async (ctx: ServiceContext, input: ImportHonoursInput): Promise<THonourImportResult> => {
  const { actor } = input;
  requireHonourWriter(actor.scope);
  if (input.body.length > input.maxBytes) throw new AppError("payload_too_large", `The file is ${input.body.length} bytes; imports accept at most ${input.maxBytes} bytes`);
  const { database } = ctx;
  const issues = new IssueCollector(10_000);
  const result = (status: "applied" | "rejected", rows: number, counts: { inserted: number; updated: number }, message: string): THonourImportResult => ({
    status,
    fileName: input.fileName,
    rows,
    ...counts,
    errorCount: issues.count,
    message,
    errors: issues.sorted().slice(0, ERRORS_RETURNED),
  });
  const source = bufferSource(input.fileName, input.body);
  let rows = 0;
  const lines: string[] = [];
  let processor: RowProcessor | null = null;
  let present = new Set<string>();
  try {
    const sniffed = sniffFile(input.fileName, await source.head(SNIFF_BYTES), input.body.length);
    // Honours lists have no park column: the park follows from the enterprise.
    const noParks = { resolve: () => new ParseFailure(bilingual("名单不含园区列", "honours lists have no park column")) };
    const context = { parks: noParks, industries: new Set<string>(), enterprises: await loadVisibleEnterprises(database.db, actor.scope), today: chinaToday(ctx.clock.now()) };
    const sheet: AsyncIterable<SheetRow[]> = sniffed.format === "xlsx" ? xlsxRows(source) : csvRows(source.chunks(), sniffed.encoding);
    for await (const batch of sheet) {
      for (const r of batch) {
        const cells = cellsOf(r);
        if (isBlank(cells)) continue;
        if (processor === null) {
          const resolved = resolveHonourHeader(r);
          issues.addAll(resolved.issues);
          present = new Set(resolved.header.present.map((c) => c.key));
          processor = createHonourProcessor({ header: resolved.header, issues, context });
          continue;
        }
        rows += 1;
        const line = processor.row(r.row, cells);
        if (line !== null && issues.count === 0) lines.push(line);
      }
    }
    if (processor === null) throw new FileProblem(bilingual("文件没有任何内容（没有表头）", "the file has no header and no data"));
    if (rows === 0 && issues.count === 0) throw new FileProblem(bilingual("文件只有表头，没有数据行", "the file has a header but no data rows"));
    await processor.finish();
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    issues.add(null, null, null, error.message);
    return result("rejected", rows, { inserted: 0, updated: 0 }, error.message);
  }
  if (issues.count > 0 || processor === null) {
    return result("rejected", rows, { inserted: 0, updated: 0 }, bilingual(`文件有 ${issues.count} 个问题，未导入任何数据`, `${issues.count} problems; nothing was imported`));
  }

  const started = ctx.clock.now();
  const stage = stageTableName(started);
  try {
    await createStageTable(database, stage, processor.stageColumns);
    await database.copyFromCsv(
      stage,
      processor.stageColumns.map((c) => c.name),
      [lines.join("\n") + "\n"],
    );
    const counts = await database.db.transaction(async (tx) => {
      const applied = await apply(tx, { stage, actor, present, fileName: input.fileName, at: started.toISOString(), expected: rows });
      await recordAudit(tx, { userId: actor.userId, action: "import", entity: "enterprise_honours", entityKey: input.fileName, after: { fileName: input.fileName, rows, ...applied } });
      return applied;
    });
    return result("applied", rows, counts, bilingual(`已导入 ${rows} 行：新增 ${counts.inserted}，更新 ${counts.updated}`, `${rows} rows imported: ${counts.inserted} new, ${counts.updated} updated`));
  } finally {
    await dropStageTable(database, stage).catch(() => undefined);
  }
};
