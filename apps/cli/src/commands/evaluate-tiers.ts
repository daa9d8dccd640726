import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import type { TEvaluateTiersResult, TFunnel } from "@parkpilot/contracts";
import { buildTierWorkbook, evaluateTiers, getTierFunnel, type OpenServiceContext, type TenantScope } from "@parkpilot/services";
import { CliError, progressBar, withContext } from "../runtime";
import { evaluateCommand } from "./evaluate";

interface Options {
  year: number;
  park?: number;
  province?: string;
  asOf?: string;
  format: "table" | "json" | "xlsx";
  out?: string;
}

const positive = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new CliError(`--${name} must be a positive whole number, got "${value}"`);
  return n;
};

/** The province: --province, the --park's, or the only province with enterprises. */
const provinceOf = async (ctx: OpenServiceContext, opts: Options): Promise<string> => {
  if (opts.province) return opts.province;
  if (opts.park !== undefined) {
    const [row] = await ctx.database.query<{ province_code: string }>("SELECT province_code FROM parks WHERE id = $1", [opts.park]);
    if (!row) throw new CliError(`No park ${opts.park}`);
    return row.province_code;
  }
  const rows = await ctx.database.query<{ province_code: string }>("SELECT DISTINCT province_code FROM enterprises ORDER BY 1");
  if (rows.length === 1 && rows[0]) return rows[0].province_code;
  throw new CliError(`Say which province with --province (enterprises exist in ${rows.map((r) => r.province_code).join(", ") || "none"})`);
};

const width = (s: string) => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef“”]/.test(c) ? 2 : 1), 0);

const tableText = (result: TEvaluateTiersResult, funnel: TFunnel): string => {
  const headers = ["层级 tier", "版本", "已认定", "符合未认定", "待定", "接近达标", "已存储"];
  const rows = funnel.tiers.map((t) => [
    t.label.zh,
    t.ruleSetVersion ?? "—",
    String(t.recognised),
    String(t.eligibleNotRecognised),
    String(t.undetermined),
    String(t.nearMiss),
    String(result.ruleSets.find((r) => r.id === t.ruleSetId)?.stored ?? 0),
  ]);
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: readonly string[]) => cells.map((c, i) => c + " ".repeat((widths[i] ?? 0) - width(c))).join("  ");
  return [
    line(headers),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map(line),
    "",
    `${result.enterprises} enterprises, data year ${result.year}, rules in force on ${result.asOf}: ${result.written} written, ${result.unchanged} unchanged, ${result.removed} removed in ${(result.durationMs / 1000).toFixed(1)} s`,
  ].join("\n");
};

/** `parkpilot evaluate tiers`: assess and store tier eligibility for a province or park, then print or export the funnel. */
export const registerEvaluateTierCommands = (program: Command): void => {
  evaluateCommand(program)
    .command("tiers")
    .description("Assess every enterprise against the tier rule sets (专精特新, 小巨人, 高企 …) for a data year and store the results; prints the funnel")
    .requiredOption("--year <year>", "data year whose annual figures are assessed", positive("year"))
    .option("--park <id>", "only this park", positive("park"))
    .option("--province <code>", "2-digit province code (default: the park's, or the only one)")
    .option("--as-of <date>", "evaluation date YYYY-MM-DD: rules in force and titles held on it (default: the province's evaluation day of year + 1)")
    .option("--format <format>", "table | json | xlsx (xlsx needs --out)", "table")
    .option("--out <file>", "write the output to this file")
    .action(async (opts: Options) => {
      if (!["table", "json", "xlsx"].includes(opts.format)) throw new CliError(`--format must be table, json or xlsx, got "${opts.format}"`);
      if (opts.format === "xlsx" && !opts.out) throw new CliError("--format xlsx needs --out FILE");
      if (opts.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf)) throw new CliError(`--as-of must be YYYY-MM-DD, got "${opts.asOf}"`);
      if (opts.province !== undefined && !/^\d{2}$/.test(opts.province)) throw new CliError(`--province must be a 2-digit code, got "${opts.province}"`);
      await withContext(async (ctx) => {
        const scope: TenantScope = { kind: "province", provinceCode: await provinceOf(ctx, opts) };
        const bar = progressBar("tiers");
        let result: TEvaluateTiersResult;
        try {
          result = await evaluateTiers(ctx, { scope, year: opts.year, asOf: opts.asOf ?? null, parkId: opts.park ?? null, onProgress: (done, total) => bar.update(done, total, "assessing") });
        } finally {
          bar.stop();
        }
        const query = { year: opts.year, ...(opts.park ? { parkId: opts.park } : {}) };
        if (opts.format === "xlsx") {
          const file = await buildTierWorkbook(ctx, scope, query);
          await writeFile(opts.out ?? file.fileName, file.body);
          console.log(`Wrote ${opts.out} (${result.enterprises} enterprises, ${result.written} assessments written, ${result.unchanged} unchanged)`);
          return;
        }
        const funnel = await getTierFunnel(ctx, scope, query);
        const text = opts.format === "json" ? JSON.stringify({ evaluation: result, funnel }, null, 2) : tableText(result, funnel);
        if (opts.out) await writeFile(opts.out, `${text}\n`);
        else console.log(text);
      });
    });
};
