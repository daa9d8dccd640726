import type { Command } from "commander";
import { writeFile } from "node:fs/promises";
import { actorForUsername, buildErrorReport, buildWarningReport, exportIndicators, IMPORT_KINDS, importFileFromPath, type ImportKind } from "@parkpilot/services";
import { CliError, printable, progressBar, withContext } from "../runtime";

const spreadsheetFormatOf = (file: string, option: string): "csv" | "xlsx" => {
  const lower = file.toLowerCase();
  if (lower.endsWith(".xlsx")) return "xlsx";
  if (lower.endsWith(".csv")) return "csv";
  throw new CliError(`${option} must end in .csv or .xlsx, got "${file}"`);
};

const kindOf = (value: string): ImportKind => {
  const kind = IMPORT_KINDS.find((k) => k === value);
  if (!kind) throw new CliError(`--kind must be one of ${IMPORT_KINDS.join(", ")}, got "${value}"`);
  return kind;
};

export const registerDataCommands = (program: Command): void => {
  program
    .command("import <file>")
    .description("Import an xlsx/csv file (template layout): every row is validated, then all of it is applied or none")
    .requiredOption("--kind <kind>", `what the file holds: ${IMPORT_KINDS.join(" | ")}`)
    .requiredOption("--user <username>", "act as this user: the import is limited to the user's park or province")
    .option("--errors <file>", "when the file is rejected, write every problem to this report (.csv or .xlsx)")
    .option("--warnings <file>", "when the file is applied with values to check, write all of them to this report (.csv or .xlsx)")
    .action(async (file: string, o: { kind: string; user: string; errors?: string; warnings?: string }) => {
      const kind = kindOf(o.kind);
      const reportFormat = o.errors === undefined ? null : spreadsheetFormatOf(o.errors, "--errors");
      const warningFormat = o.warnings === undefined ? null : spreadsheetFormatOf(o.warnings, "--warnings");
      await withContext(async (ctx, config) => {
        const actor = await actorForUsername(ctx, o.user);
        const bar = progressBar("import", { counter: true });
        try {
          const outcome = await importFileFromPath(ctx, {
            actor,
            kind,
            path: file,
            maxBytes: Math.max(config.maxUploadBytes, 2 * 1024 ** 3),
            onProgress: (p) => bar.update(p.rows, 0, p.phase),
          });
          bar.stop();
          const b = outcome.batch;
          if (b.status === "applied") {
            console.log(`Applied batch ${b.id}: ${b.rowCount} rows (${b.insertedCount} new, ${b.updatedCount} updated).`);
            if (b.warningCount === 0) return;
            // Applied all the same: a value a hundred times off the period before is listed to check, never refused.
            console.log(`${b.warningCount} value(s) to check, a hundred times (or a hundredth) of the period before:`);
            for (const w of outcome.warnings.slice(0, 30)) console.log(printable(`  row ${w.row}, ${w.column} = ${w.value}: ${w.message}`));
            if (o.warnings !== undefined && warningFormat !== null) {
              await writeFile(o.warnings, (await buildWarningReport(ctx, actor.scope, b.id, warningFormat)).body);
              console.log(`All of them are in ${o.warnings}.`);
            } else if (b.warningCount > 30) {
              console.log(`  … ${b.warningCount - 30} more: pass --warnings FILE.csv (or .xlsx) for all of them`);
            }
            return;
          }
          console.error(printable(`Rejected batch ${b.id}: ${b.errorCount} problem(s); nothing was applied.${b.message ? ` ${b.message}` : ""}`));
          // A problem of the whole file is the batch's message, printed just above.
          const rowProblems = outcome.errors.filter((e) => !(e.row === null && e.message === b.message));
          for (const e of rowProblems.slice(0, 30)) {
            console.error(printable(`  row ${e.row ?? "-"}, ${e.column ?? "-"}${e.value !== null ? ` = "${e.value}"` : ""}: ${e.message}`));
          }
          if (o.errors !== undefined && reportFormat !== null) {
            const report = await buildErrorReport(ctx, actor.scope, b.id, reportFormat);
            await writeFile(o.errors, report.body);
            console.error(`Every problem is in ${o.errors}.`);
          } else {
            const more = b.errorCount - (outcome.errors.length - rowProblems.length) - Math.min(30, rowProblems.length);
            if (more > 0) console.error(`  … ${more} more: pass --errors FILE.csv (or .xlsx) for all of them`);
          }
          process.exitCode = 1;
        } finally {
          bar.stop();
        }
      });
    });

  program
    .command("export")
    .description("Export indicator data in the import template layout (edit and import back)")
    .requiredOption("--kind <kind>", "annual | monthly")
    .requiredOption("--user <username>", "export what this user may see")
    .requiredOption("--out <file>", "output file (.csv or .xlsx)")
    .option("--year <year>", "only this year")
    .option("--park <id>", "only this park")
    .action(async (o: { kind: string; user: string; out: string; year?: string; park?: string }) => {
      if (o.kind !== "annual" && o.kind !== "monthly") throw new CliError(`--kind must be annual or monthly, got "${o.kind}"`);
      const format = spreadsheetFormatOf(o.out, "--out");
      if (o.year !== undefined && !/^\d{4}$/.test(o.year)) throw new CliError(`--year must be a 4-digit year, got "${o.year}"`);
      if (o.park !== undefined && !/^\d+$/.test(o.park)) throw new CliError(`--park must be a park id, got "${o.park}"`);
      await withContext(async (ctx) => {
        const actor = await actorForUsername(ctx, o.user);
        const { rows } = await exportIndicators(ctx, {
          scope: actor.scope,
          kind: o.kind === "annual" ? "annual" : "monthly",
          format,
          path: o.out,
          ...(o.year ? { year: Number(o.year) } : {}),
          ...(o.park ? { parkId: Number(o.park) } : {}),
        });
        console.log(`Wrote ${rows} rows to ${o.out}.`);
      });
    });
};
