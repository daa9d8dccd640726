import type { Command } from "commander";
import {
  listAlerts,
  listLandEvaluations,
  parkIndicators,
  parkLandSummary,
  provinceScorecard,
  recomputeEvaluation,
  evaluationPolicies,
  type OpenServiceContext,
  type RecomputeStep,
  type TenantScope,
} from "@parkpilot/services";
import { CliError, progressBar, withContext } from "../runtime";
import { evaluateCommand } from "./evaluate";

interface Options {
  year?: number;
  park?: number;
  province?: string;
  format: "table" | "json";
  recompute: boolean;
}

const int = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new CliError(`--${name} must be a positive whole number, got "${value}"`);
  return n;
};

const fmt = (v: number | null | undefined, digits = 2): string => (v === null || v === undefined ? "—" : Number(v.toFixed(digits)).toLocaleString("en-US"));

/** Prints rows as an aligned table (CJK characters count double), or JSON. */
const output = (format: Options["format"], json: unknown, headers: readonly string[], rows: readonly (readonly string[])[]) => {
  if (format === "json") {
    console.log(JSON.stringify(json, null, 2));
    return;
  }
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: readonly string[]) => cells.map((c, i) => c + " ".repeat((widths[i] ?? 0) - width(c))).join("  ");
  console.log(line(headers));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
};

/** The province the command works on: --province, the --park's, or the only province with enterprises. */
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

/** Recomputes the steps a verb shows (unless --no-recompute), with a progress bar. */
const recompute = async (ctx: OpenServiceContext, provinceCode: string, opts: Options, steps: readonly RecomputeStep[]) => {
  if (!opts.recompute) return;
  const bar = progressBar("evaluate");
  try {
    const r = await recomputeEvaluation(ctx, { kind: "system" }, provinceCode, {
      ...(opts.year !== undefined ? { year: opts.year } : {}),
      steps,
      onStep: (step, done, total) => bar.update(done, total, step),
    });
    bar.stop();
    console.error(`Recomputed province ${provinceCode} in ${(r.timingsMs.total / 1000).toFixed(1)} s: ${JSON.stringify(r.counts)}`);
  } finally {
    bar.stop();
  }
};

const withOptions = (cmd: Command) =>
  cmd
    .option("--year <year>", "data year (default: the latest with data)", int("year"))
    .option("--park <id>", "one park instead of the whole province", int("park"))
    .option("--province <code>", "2-digit province code (default: the park's, or the only one with data)")
    .option("--format <format>", "table or json", "table")
    .option("--no-recompute", "print stored results without recomputing first");

const check = (opts: Options) => {
  if (opts.format !== "table" && opts.format !== "json") throw new CliError(`--format must be table or json, got "${opts.format}"`);
  if (opts.province !== undefined && !/^\d{2}$/.test(opts.province)) throw new CliError(`--province must be a 2-digit code, got "${opts.province}"`);
};

export const registerEvaluateParkCommands = (program: Command): void => {
  const evaluate = evaluateCommand(program);

  withOptions(evaluate.command("parks").description("Park indicators (province: scorecard ranking with headline figures; --park: every indicator)")).action(async (opts: Options) => {
    check(opts);
    await withContext(async (ctx) => {
      const provinceCode = await provinceOf(ctx, opts);
      await recompute(ctx, provinceCode, opts, ["monthly", "indicators", "land", "alerts"]);
      const scope: TenantScope = { kind: "province", provinceCode };
      if (opts.park !== undefined) {
        const r = await parkIndicators(ctx, scope, opts.park, opts.year);
        const { indicators } = evaluationPolicies();
        output(
          opts.format,
          r,
          ["indicator", "value", "unit", "reporting", "province median", "rating"],
          r.values.map((v) => {
            const d = indicators.get(v.key);
            return [d?.name.zh ?? v.key, fmt(v.value), d?.unit.zh ?? "", v.population ? `${v.reporting}/${v.population}` : "—", fmt(v.provinceMedian), v.rating];
          }),
        );
        return;
      }
      const s = await provinceScorecard(ctx, scope, opts.year);
      output(
        opts.format,
        s,
        ["rank", "park", "scorecard", "completeness", "last year", ...s.dimensions.map((d) => d.id)],
        s.items.map((i) => [String(i.rank ?? "—"), i.name, fmt(i.total, 1), `${Math.round(i.completeness * 100)}%`, String(i.previousRank ?? "—"), ...i.dimensions.map((d) => fmt(d.score, 0))]),
      );
    });
  });

  withOptions(evaluate.command("land").description("Per-mu (亩均) classes (province: distribution per park; --park: enterprises ranked, inefficient land)")).action(async (opts: Options) => {
    check(opts);
    await withContext(async (ctx) => {
      const provinceCode = await provinceOf(ctx, opts);
      await recompute(ctx, provinceCode, opts, ["land"]);
      const scope: TenantScope = { kind: "province", provinceCode };
      const parks =
        opts.park !== undefined ? [{ id: opts.park }] : await ctx.database.query<{ id: number }>("SELECT id FROM parks WHERE province_code = $1 ORDER BY id", [provinceCode]);
      if (opts.park !== undefined) {
        const [summary, list] = await Promise.all([
          parkLandSummary(ctx, scope, opts.park, { target: 2, ...(opts.year !== undefined ? { year: opts.year } : {}) }),
          listLandEvaluations(ctx, scope, opts.park, { page: 1, pageSize: 200, ...(opts.year !== undefined ? { year: opts.year } : {}) }),
        ]);
        if (opts.format === "json") return output("json", { summary, enterprises: list }, [], []);
        console.log(`${summary.ruleSet?.title.zh ?? "—"} ${summary.ruleSet?.version ?? ""} · ${summary.year ?? "—"}`);
        console.log(summary.classes.map((c) => `${c.class} ${c.label.zh}: ${c.enterprises} 家 ${fmt(c.landMu, 1)} 亩`).join("   "));
        console.log(`低效用地 ${summary.inefficient.length} 宗 ${fmt(summary.inefficientAreaMu, 1)} 亩; 容积率提至2.0可增建筑面积 ${fmt(summary.plotRatio.extraFloorM2, 0)} m²\n`);
        return output(
          "table",
          null,
          ["rank", "enterprise", "class", "score", "method", "status"],
          list.items.map((i) => [i.rank === null ? "—" : `${i.rank}/${i.poolSize}`, i.name, i.class ?? "—", fmt(i.score, 1), i.method ?? "—", i.status]),
        );
      }
      const summaries = [];
      for (const p of parks) summaries.push(await parkLandSummary(ctx, scope, p.id, { target: 2, ...(opts.year !== undefined ? { year: opts.year } : {}) }));
      const names = new Map((await ctx.database.query<{ id: number; name: string }>("SELECT id, name FROM parks WHERE province_code = $1", [provinceCode])).map((r) => [r.id, r.name]));
      output(
        opts.format,
        summaries,
        ["park", "A", "B", "C", "D", "low-class land (亩)", "inefficient (亩)"],
        summaries
          .filter((s) => s.classes.some((c) => c.enterprises > 0))
          .map((s) => [names.get(s.parkId) ?? String(s.parkId), ...s.classes.map((c) => String(c.enterprises)), fmt(s.landHeldByLowClasses, 1), fmt(s.inefficientAreaMu, 1)]),
      );
    });
  });

  withOptions(evaluate.command("alerts").description("Early-warning alerts (open and acknowledged), most severe first")).action(async (opts: Options) => {
    check(opts);
    await withContext(async (ctx) => {
      const provinceCode = await provinceOf(ctx, opts);
      await recompute(ctx, provinceCode, opts, ["monthly", "alerts"]);
      const scope: TenantScope = { kind: "province", provinceCode };
      const items = [];
      for (let page = 1; ; page++) {
        const r = await listAlerts(ctx, scope, { status: "unresolved", page, pageSize: 200, ...(opts.park !== undefined ? { parkId: opts.park } : {}) });
        items.push(...r.items);
        if (r.items.length < 200) break;
      }
      output(
        opts.format,
        items,
        ["id", "severity", "period", "status", "park", "alert"],
        items.map((a) => [String(a.id), a.severity, a.period, a.status, a.parkName ?? "—", a.title.zh]),
      );
      if (opts.format === "table") console.error(`${items.length} alerts`);
    });
  });
};
