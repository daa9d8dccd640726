/**
 * Benchmark of the demo province generator against the PostgreSQL server of DATABASE_URL.
 *
 *   npx tsx bench/demo-generate.bench.ts --enterprises 100000 [--seed 42] [--chunk 5000] [--concurrency 2] [--replace]
 *
 * With --replace, a second run regenerates the demo over the first (replace: true), so the
 * removal of a demo of that size is measured too.
 *
 * Creates its own database (parkpilot_bench_demo), prepares it (migrations + reference data),
 * generates the demo province and drops the database again. Reports wall time, rows per second
 * and the peak resident memory of this process sampled during the run.
 *
 * Baseline, measured in the same run: producing the very same rows (every CSV line of every
 * table) without writing them anywhere. The ratio full / baseline says how much the database
 * (COPY, indexes, foreign keys) adds to generation itself.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { openDatabase, prepareDatabase } from "@parkpilot/db";
import { loadDemoReference } from "../packages/db/src/demo/context";
import { generateEnterprise } from "../packages/db/src/demo/enterprise";
import { createGenerationContext, generateDemoProvince, type DemoPhase } from "../packages/db/src/demo/generate-demo-province";
import { insertSampleReference, SAMPLE_PROVINCE_CODE } from "../packages/db/src/demo/sample-reference";
import { postgresServer } from "./support/postgres-server";

const BENCH_DB = "parkpilot_bench_demo";
const AS_OF = "2026-11-22";

const { values: args } = parseArgs({
  options: {
    enterprises: { type: "string", default: "100000" },
    seed: { type: "string", default: "42" },
    chunk: { type: "string", default: "5000" },
    concurrency: { type: "string", default: "2" },
    province: { type: "string", default: "44" },
    replace: { type: "boolean", default: false },
  },
});
const enterprises = Number(args.enterprises);
const seed = Number(args.seed);
const chunkSize = Number(args.chunk);
const writeConcurrency = Number(args.concurrency);

const { urlFor, admin } = postgresServer();

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const rate = (n: number, seconds: number): string => `${Math.round(n / seconds).toLocaleString("en-US")}/s`;

/** Samples this process's RSS every 100 ms; the peak is what the run needed at most. */
const rssSampler = () => {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 100);
  return {
    stop(): number {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
};

const progressPrinter = () => {
  let lastShown = -1;
  const started = performance.now();
  return (done: number, total: number, phase: DemoPhase) => {
    const pct = Math.floor((100 * done) / total);
    if (phase !== "generate" || pct >= lastShown + 5 || done === total) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.error(`  ${phase} ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} (${pct}%) ${seconds}s rss ${mb(process.memoryUsage.rss())}`);
      if (phase === "generate") lastShown = pct;
    }
  };
};

await admin(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
await admin(`CREATE DATABASE ${BENCH_DB}`);
const database = await openDatabase({ kind: "postgres", url: urlFor(BENCH_DB) });
try {
  const preparing = performance.now();
  await prepareDatabase(database);
  let provinceCode = args.province;
  const [parks] = await database.query<{ n: number }>("select count(*)::int as n from parks where province_code = $1", [provinceCode]);
  if ((parks?.n ?? 0) === 0) {
    console.error(`no parks in province ${provinceCode}: using the sample province ${SAMPLE_PROVINCE_CODE}`);
    await insertSampleReference(database);
    provinceCode = SAMPLE_PROVINCE_CODE;
  }
  console.error(`prepared ${BENCH_DB} in ${((performance.now() - preparing) / 1000).toFixed(1)}s`);

  // Baseline: the same rows, generated and discarded (ids are stand-ins; nothing is written).
  const reference = await loadDemoReference(database, provinceCode);
  const ctx = createGenerationContext(reference, seed, provinceCode, AS_OF, enterprises);
  const baselineRss = rssSampler();
  const baselineStart = performance.now();
  let baselineBytes = 0;
  for (let index = 0; index < enterprises; index++) {
    const g = generateEnterprise(ctx, index, index + 1);
    baselineBytes += g.enterprise.length + g.annual.length + g.monthly.length + g.parcels.length;
  }
  const baselineSeconds = (performance.now() - baselineStart) / 1000;
  const baselinePeak = baselineRss.stop();
  console.error(`baseline (generation only): ${baselineSeconds.toFixed(1)}s, ${mb(baselineBytes)} of CSV text`);

  const loadBefore = loadavg()[0] ?? 0;
  const runRss = rssSampler();
  const runStart = performance.now();
  const summary = await generateDemoProvince(database, { seed, enterprises, provinceCode, asOf: AS_OF, chunkSize, writeConcurrency, onProgress: progressPrinter() });
  const seconds = (performance.now() - runStart) / 1000;
  const peak = runRss.stop();
  const rows = summary.rows.enterprises + summary.rows.enterpriseAnnual + summary.rows.enterpriseMonthly + summary.rows.landParcels;
  const [size] = await database.query<{ bytes: string }>("select pg_database_size(current_database())::text as bytes");

  let replaceLine = "";
  if (args.replace) {
    let removedAt = 0;
    const replaceStart = performance.now();
    await generateDemoProvince(database, {
      seed: seed + 1,
      enterprises,
      provinceCode,
      asOf: AS_OF,
      chunkSize,
      writeConcurrency,
      replace: true,
      onProgress: (done, _total, phase) => {
        if (phase === "prepare" && done === 1) removedAt = performance.now();
      },
    });
    const replaceSeconds = (performance.now() - replaceStart) / 1000;
    replaceLine = `\n  replace:    ${replaceSeconds.toFixed(1)}s for a second run over the first, of which ${((removedAt - replaceStart) / 1000).toFixed(1)}s removing the first`;
  }

  console.log(
    [
      `demo-generate: ${enterprises.toLocaleString("en-US")} enterprises in province ${provinceCode} (${summary.parks.used} parks), seed ${seed}, chunk ${chunkSize}, ${writeConcurrency} concurrent writes, 1-min load average ${loadBefore.toFixed(2)} at the start (2 cores, shared)`,
      `  rows: enterprises ${summary.rows.enterprises.toLocaleString("en-US")}, annual ${summary.rows.enterpriseAnnual.toLocaleString("en-US")}, monthly ${summary.rows.enterpriseMonthly.toLocaleString("en-US")}, parcels ${summary.rows.landParcels.toLocaleString("en-US")} (${rows.toLocaleString("en-US")} in all)`,
      `  full run:   ${seconds.toFixed(1)}s  ${rate(rows, seconds)} rows, ${rate(enterprises, seconds)} enterprises, peak RSS ${mb(peak)}`,
      `  baseline:   ${baselineSeconds.toFixed(1)}s  ${rate(rows, baselineSeconds)} rows (same rows generated, not written), peak RSS ${mb(baselinePeak)}`,
      `  ratio full/baseline: ${(seconds / baselineSeconds).toFixed(2)}`,
      `  database size after the run: ${mb(Number(size?.bytes ?? 0))}`,
    ].join("\n") + replaceLine,
  );
} finally {
  await database.close();
  await admin(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
}
