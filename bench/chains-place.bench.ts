/**
 * Benchmark of chain placement and chain maps against the PostgreSQL server of DATABASE_URL.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/chains-place.bench.ts --enterprises 1000000 [--sample 20000] [--keep]
 *
 * Creates its own database (parkpilot_bench_chains), prepares it (migrations + reference data)
 * and fills it: the demo generator makes `--sample` Guangdong enterprises with realistic main
 * products, business scopes and annual data; SQL copies them (new ids and credit codes, same
 * text and latest-year figures) up to `--enterprises`. Copies keep their text, and placement
 * cuts every row's text afresh (no cache), so copying makes filling fast, not placing.
 *
 * Measured, in the same run:
 *   1. baseline: a plain SQL join of enterprises on the chains' industry classes alone, inserted
 *      into a table shaped like chain_placements (same primary key and index);
 *   2. placeEnterprisesOnChains on every chain, class + jieba keywords on 主营产品 and 经营范围,
 *      first run and a recomputation (which replaces machine placements);
 *   3. getChainMap for the province, every chain (target ≤ 1 s), and for the largest park; the
 *      target list of the largest park (candidates from every other park).
 * Reports enterprises/s and the ratio to the baseline. Drops the database unless --keep;
 * --reuse measures the maps again on a kept database (after a change to the map query).
 */
import { parseArgs } from "node:util";
import { flattenSegments } from "@parkpilot/core";
import { openDatabase, prepareDatabase, generateDemoProvince, type Database } from "@parkpilot/db";
import { getChainMap, getChainTargets, placeEnterprisesOnChains, shippedChainFiles, type ServiceContext } from "@parkpilot/services";
import { postgresServer } from "./support/postgres-server";

const BENCH_DB = "parkpilot_bench_chains";
const AS_OF = "2026-11-22";
const PROVINCE = "44";

const { values: args } = parseArgs({
  options: {
    enterprises: { type: "string", default: "100000" },
    sample: { type: "string", default: "20000" },
    seed: { type: "string", default: "7" },
    keep: { type: "boolean", default: false },
    /** Measure the maps only, on the database a previous run kept (--keep). */
    reuse: { type: "boolean", default: false },
  },
});
const target = Number(args.enterprises);
const sample = Math.min(Number(args.sample), target);

const { urlFor, admin } = postgresServer();

const seconds = (started: number) => (performance.now() - started) / 1000;
const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString("en-US")}/s`;
const log = (line: string) => console.log(line);

const main = async () => {
  if (!args.reuse) {
    await admin(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${BENCH_DB}`);
  }
  const database = await openDatabase({ kind: "postgres", url: urlFor(BENCH_DB) });
  const ctx: ServiceContext = { database, clock: { now: () => new Date(`${AS_OF}T08:00:00Z`) } };
  try {
    if (!args.reuse) await fillAndPlace(database, ctx);
    await measureMaps(database, ctx);
  } finally {
    await database.close();
    if (!args.keep) await admin(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
  }
};

const fillAndPlace = async (database: Database, ctx: ServiceContext): Promise<void> => {
  let t = performance.now();
  await prepareDatabase(database);
  await generateDemoProvince(database, { seed: Number(args.seed), enterprises: sample, provinceCode: PROVINCE, asOf: AS_OF, replace: false });
  const [{ year } = { year: 0 }] = await database.query<{ year: number }>("SELECT max(year)::int AS year FROM enterprise_annual");
  // Copy g gets id + g·stride (stride > every sample id, so id mod stride is its original) and a
  // credit code made unique by g; the last copy is cut so that exactly `target` rows exist.
  const [{ stride, count } = { stride: 1, count: 1 }] = await database.query<{ stride: number; count: number }>("SELECT max(id)::int + 1 AS stride, count(*)::int AS count FROM enterprises");
  const copies = Math.ceil(target / count) - 1;
  if (copies > 0) {
    await database.query(
      `INSERT INTO enterprises (id, credit_code, name, park_id, province_code, region_code, industry_code, founded_on, registered_capital,
                                listed, above_designated_size, operating_status, main_products, business_scope, is_generated)
       SELECT id + g * $1, upper(substr(md5(credit_code || '/' || g), 1, 18)), name || '（' || g || '）', park_id, province_code, region_code,
              industry_code, founded_on, registered_capital, listed, above_designated_size, operating_status, main_products, business_scope, true
         FROM (SELECT e.*, g, row_number() OVER (ORDER BY g, e.id) AS rn FROM enterprises e CROSS JOIN generate_series(1, $2::int) g) x
        WHERE rn <= $3`,
      [stride, copies, target - count],
    );
    await database.query("SELECT setval(pg_get_serial_sequence('enterprises', 'id'), (SELECT max(id) FROM enterprises))");
    await database.query(
      `INSERT INTO enterprise_annual (enterprise_id, year, industrial_output, revenue, employees, tax_paid, land_area_mu, source_kind)
       SELECT e.id, a.year, a.industrial_output, a.revenue, a.employees, a.tax_paid, a.land_area_mu, 'generated'
         FROM enterprises e JOIN enterprise_annual a ON a.enterprise_id = e.id % $1 AND a.year = $2
        WHERE e.id >= $1`,
      [stride, year],
    );
  }
  // What an import of that size leaves behind (statistics and visibility; the server here runs with
  // autovacuum off, so nothing else would).
  await database.query("VACUUM (ANALYZE)");
  const [{ n } = { n: 0 }] = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM enterprises");
  log(`filled ${n.toLocaleString("en-US")} enterprises (${sample.toLocaleString("en-US")} generated, the rest copied) in ${seconds(t).toFixed(1)} s`);

  // 1. Baseline: the same chains, industry class only, as one SQL join into a placements-shaped table.
  const rows = shippedChainFiles().templates.flatMap((d) =>
    flattenSegments(d.segments).flatMap((node) => node.segment.classes.map((c) => [d.code, node.segment.key, c.code, c.partial ? 0.45 : 0.8] as const)),
  );
  await database.query("CREATE TABLE bench_segment_classes (template_code varchar(48), segment_key varchar(64), industry_code varchar(4), confidence float8)");
  await database.query("INSERT INTO bench_segment_classes SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::float8[])", [
    rows.map((r) => r[0]),
    rows.map((r) => r[1]),
    rows.map((r) => r[2]),
    rows.map((r) => r[3]),
  ]);
  await database.query("CREATE TABLE bench_class_placements (LIKE chain_placements INCLUDING ALL)");
  t = performance.now();
  const [baseline] = await database.query<{ n: number }>(
    `WITH ins AS (
       INSERT INTO bench_class_placements (enterprise_id, template_code, segment_key, template_version, method, confidence, reason)
       SELECT e.id, s.template_code, s.segment_key, 1, 'class', s.confidence, '行业' || e.industry_code
         FROM enterprises e JOIN bench_segment_classes s ON s.industry_code = e.industry_code
       ON CONFLICT DO NOTHING RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
  );
  const baselineS = seconds(t);
  log(`baseline  SQL join on class only: ${n.toLocaleString("en-US")} enterprises → ${(baseline?.n ?? 0).toLocaleString("en-US")} rows in ${baselineS.toFixed(2)} s (${rate(n, baselineS)})`);

  // 2. Placement: class + keywords, all chains, then a recomputation over the first.
  for (const label of ["first run", "recompute"]) {
    t = performance.now();
    const result = await placeEnterprisesOnChains(ctx, { scope: { kind: "system" } });
    const s = seconds(t);
    log(
      `placement ${label}: ${result.enterprises.toLocaleString("en-US")} enterprises → ${result.placements.toLocaleString("en-US")} placements in ${s.toFixed(2)} s ` +
        `(${rate(result.enterprises, s)}); ${(s / baselineS).toFixed(1)}× the baseline time`,
    );
  }
  const [counts] = await database.query<{ total: number; counted: number; keyword: number; both: number }>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE confidence >= 0.5)::int AS counted,
            count(*) FILTER (WHERE method = 'keyword')::int AS keyword, count(*) FILTER (WHERE method = 'both')::int AS both FROM chain_placements`,
  );
  log(`placements: ${JSON.stringify(counts)}`);
};

const measureMaps = async (database: Database, ctx: ServiceContext): Promise<void> => {
  let t = performance.now();
  // 3. Chain maps: the province (each chain), and the largest park.
  const province = { kind: "province", provinceCode: PROVINCE } as const;
  const times: number[] = [];
  for (const d of shippedChainFiles().templates) {
    await getChainMap(ctx, province, { templateCode: d.code, provinceCode: PROVINCE }); // warm the plan and cache once
    t = performance.now();
    const map = await getChainMap(ctx, province, { templateCode: d.code, provinceCode: PROVINCE });
    const s = seconds(t);
    times.push(s);
    log(`province map ${d.code.padEnd(24)} ${(s * 1000).toFixed(0).padStart(5)} ms  (${map.totals.enterprises.toLocaleString("en-US")} enterprises; strong ${map.summary.strong} weak ${map.summary.weak} missing ${map.summary.missing})`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  log(`province map: max ${(Math.max(...times) * 1000).toFixed(0)} ms, median ${((sorted[Math.floor(sorted.length / 2)] ?? 0) * 1000).toFixed(0)} ms (target ≤ 1000 ms)`);
  const [biggest] = await database.query<{ park_id: number; n: number }>("SELECT park_id, count(*)::int AS n FROM enterprises GROUP BY park_id ORDER BY 2 DESC LIMIT 1");
  if (biggest) {
    t = performance.now();
    await getChainMap(ctx, province, { templateCode: "electronic-information", parkId: biggest.park_id });
    log(`park map (largest park, ${biggest.n.toLocaleString("en-US")} enterprises): ${(performance.now() - t).toFixed(0)} ms`);
    t = performance.now();
    const targets = await getChainTargets(ctx, province, { templateCode: "electronic-information", parkId: biggest.park_id });
    const ranked = targets.gaps.reduce((n, g) => n + g.targets.length, 0);
    log(`targets for the largest park (electronic-information): ${targets.gaps.length} gaps, ${ranked} ranked targets in ${(performance.now() - t).toFixed(0)} ms`);
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
