/**
 * Benchmark of the park evaluation on the PostgreSQL server of DATABASE_URL.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/eval-recompute.bench.ts [--enterprises 1000000] [--parks 300] [--keep] [--reuse]
 *
 * Creates its own database (parkpilot_bench_eval), prepares it (migrations + reference data) and
 * fills a synthetic province (code 98, 30 counties) with SQL generate_series: `--parks` parks with
 * 1–5 declared leading industries, `--enterprises` enterprises, 3 years of annual data (2023–2025,
 * ~5 % of values missing), 36 months of monthly data (2023-01…2025-12) with decliners, electricity
 * collapses and enterprises that stop reporting, land parcels, honours and safety facts.
 *
 * Measured, in the same session:
 *   1. baseline: plain SQL aggregates of the same totals (annual Σ/Σ per park/county/province,
 *      monthly sums per park/industry/county/province, a per-mu score ranked by percent_rank, the
 *      decline pre-filter), SELECT only;
 *   2. recomputeEvaluation of the province (all park indicators, per-mu classes, alerts), and a
 *      second run (idempotent: replaces its own results); target ≤ 60 s;
 *   3. p50/p95 latency of the park dashboard and the alert endpoints through HTTP (a server child
 *      process) under 20 concurrent clients (a Node loop: autocannon is not installed), and of the
 *      plain SQL answering the same numbers with 20 concurrent connections; target p95 ≤ 150 ms.
 * Writes bench/out/eval-recompute.json. Drops the database unless --keep; --reuse skips filling
 * (migrations still run).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase, prepareDatabase, type Database } from "@parkpilot/db";
import { createUser, recomputeEvaluation, type ServiceContext } from "@parkpilot/services";
import { postgresServer } from "./support/postgres-server";

const BENCH_DB = "parkpilot_bench_eval";
const PROVINCE = "98";
const NOW = new Date("2026-01-20T08:00:00Z");

const { values: args } = parseArgs({
  options: {
    enterprises: { type: "string", default: "1000000" },
    parks: { type: "string", default: "300" },
    requests: { type: "string", default: "1000" },
    keep: { type: "boolean", default: false },
    reuse: { type: "boolean", default: false },
  },
});
const N = Number(args.enterprises);
const PARKS = Number(args.parks);
const REQUESTS = Number(args.requests);
const CONCURRENCY = 20;

const { urlFor, admin } = postgresServer();

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const timed = async <T>(label: string, fn: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await fn();
  const ms = performance.now() - t;
  console.log(`  ${label}: ${seconds(ms)}`);
  return [r, ms];
};

/** Fills the synthetic province with SQL only (no row travels through Node). */
const fill = async (database: Database) => {
  const q = (sql: string, params: unknown[] = []) => database.query(sql, params);
  await q("SET synchronous_commit = off");
  await q("SELECT setseed(0.42)");
  await q(`INSERT INTO regions (code, name, level, parent_code, province_code) VALUES ('980000', '基准省', 'province', NULL, '98')`);
  await q(`INSERT INTO regions (code, name, level, parent_code, province_code)
           SELECT '98' || lpad(c::text, 2, '0') || '00', '基准市' || c, 'city', '980000', '98' FROM generate_series(1, 3) c`);
  await q(`INSERT INTO regions (code, name, level, parent_code, province_code)
           SELECT '98' || lpad(c::text, 2, '0') || lpad(k::text, 2, '0'), '基准县' || c || '-' || k, 'county', '98' || lpad(c::text, 2, '0') || '00', '98'
             FROM generate_series(1, 3) c, generate_series(1, 10) k`);
  await q(
    `INSERT INTO parks (catalogue_code, name, level, kind, kind_text, province_code, region_code, source)
     SELECT 'B98' || lpad(i::text, 5, '0'), '基准园区' || i, 'provincial', 'provincial_ez', '经济开发区', '98',
            '98' || lpad((1 + i % 3)::text, 2, '0') || lpad((1 + i % 10)::text, 2, '0'), 'manual'
       FROM generate_series(1, $1::int) i`,
    [PARKS],
  );
  // Forty manufacturing classes; each park has three main ones (70 % of its enterprises).
  await q(`CREATE TEMP TABLE bench_codes AS SELECT row_number() OVER (ORDER BY code) - 1 AS k, code FROM (SELECT code FROM industries WHERE level = 4 AND section = 'C' ORDER BY code LIMIT 40) x`);
  await q(`CREATE TEMP TABLE bench_parks AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, region_code FROM parks WHERE province_code = '98'`);
  await q(`INSERT INTO park_leading_industries (park_id, position, label, industry_codes, mapping_status)
           SELECT p.id, j, i.name, ARRAY[left(c.code, 2)], 'mapped'
             FROM bench_parks p CROSS JOIN generate_series(1, 5) j
             JOIN bench_codes c ON c.k = (p.k * 7 + (j - 1) * 13) % 40
             JOIN industries i ON i.code = left(c.code, 2)
            WHERE j <= 1 + p.k % 5`);
  console.log("  enterprises …");
  await q(
    `WITH c AS (SELECT array_agg(code ORDER BY k) AS codes FROM bench_codes)
     INSERT INTO enterprises (credit_code, name, park_id, province_code, region_code, industry_code, founded_on, above_designated_size, is_generated)
     SELECT 'B' || lpad(g::text, 17, '0'), '基准企业' || g, p.id, '98', p.region_code,
            c.codes[1 + CASE WHEN random() < 0.7 THEN (p.k * 7 + (g % 3) * 13) % 40 ELSE (g * 31) % 40 END],
            date '1995-01-01' + (g * 37 % 10950), random() < 0.4, true
       FROM generate_series(1, $1::int) g JOIN bench_parks p ON p.k = g % $2::int CROSS JOIN c`,
    [N, PARKS],
  );
  // Bulk loads go faster without the indexes; they are rebuilt afterwards as the migrations made them.
  const indexes = await database.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename IN ('enterprise_annual', 'enterprise_monthly') AND indexname NOT LIKE '%_pk'`,
  );
  await q("ALTER TABLE enterprise_annual DROP CONSTRAINT enterprise_annual_enterprise_id_year_pk");
  await q("ALTER TABLE enterprise_monthly DROP CONSTRAINT enterprise_monthly_enterprise_id_period_pk");
  for (const index of indexes) await q(`DROP INDEX ${index.name}`);
  console.log("  annual (3 years) …");
  const nul = (expr: string, p = 0.05) => `CASE WHEN random() < ${p} THEN NULL ELSE ${expr} END`;
  await q(`INSERT INTO enterprise_annual (enterprise_id, year, revenue, main_revenue, industrial_output, value_added, tax_paid, rd_expense, employees, rd_staff,
             land_area_mu, floor_area_m2, electricity_kwh, coal_t, natural_gas_m3, oil_t, heat_gj, energy_tce, water_m3, cod_t, ammonia_nitrogen_t, so2_t, nox_t,
             exports, high_tech_revenue, source_kind)
           SELECT e.id, y, ${nul("r")}, ${nul("r * 0.95")}, ${nul("r * 1.05")}, ${nul("r * (0.18 + random() * 0.15)")}, ${nul("r * (0.01 + random() * 0.06)")},
                  ${nul("r * random() * 0.06")}, ${nul("greatest(1, round(r / (15 + random() * 30)))")}, ${nul("round(r / 400)")},
                  ${nul("land", 0.03)}, ${nul("land * 666.67 * (0.6 + random())")}, ${nul("r * (300 + random() * 900)")}, ${nul("CASE WHEN random() < 0.2 THEN r * random() * 0.05 ELSE 0 END")},
                  ${nul("r * random() * 20")}, ${nul("0")}, ${nul("0")}, NULL, ${nul("r * (2 + random() * 6)")},
                  ${nul("r / 2000 * random()", 0.1)}, ${nul("r / 20000 * random()", 0.1)}, ${nul("r / 4000 * random()", 0.1)}, ${nul("r / 4000 * random()", 0.1)},
                  ${nul("r * random() * 0.3")}, ${nul("r * random() * 0.4")}, 'generated'
             FROM enterprises e CROSS JOIN generate_series(2023, 2025) y
             CROSS JOIN LATERAL (SELECT (300 + (e.id::bigint * 7919 % 20000)) * (1 + (y - 2023) * 0.05) * (0.9 + random() * 0.2) AS r, 3 + (e.id % 97) AS land) v
            WHERE e.province_code = '98' AND e.id % 1000 <> 1`);
  console.log("  monthly (36 months) …");
  await q(`INSERT INTO enterprise_monthly (enterprise_id, period, output, revenue, tax_paid, electricity_kwh, employees, source_kind)
           SELECT e.id, to_char(date '2023-01-01' + make_interval(months => m), 'YYYY-MM'),
                  o * CASE WHEN e.id % 97 = 0 AND m = 35 THEN 1 ELSE 1 END,
                  rv, rv * 0.04, o * 800 * CASE WHEN e.id % 97 = 0 AND m = 35 THEN 0.4 ELSE 1 END, greatest(1, round(base / 30)), 'generated'
             FROM enterprises e CROSS JOIN generate_series(0, 35) m
             CROSS JOIN LATERAL (SELECT 25 + (e.id::bigint * 7919 % 1700) AS base) b
             CROSS JOIN LATERAL (SELECT base * (1 + 0.004 * m) * (0.95 + random() * 0.1) * CASE WHEN e.id % 50 = 0 AND m >= 33 THEN 0.6 ELSE 1 END AS rv) r
             CROSS JOIN LATERAL (SELECT rv * 1.05 AS o) x
            WHERE e.province_code = '98' AND NOT (e.id % 101 = 0 AND m >= 34) AND random() > 0.02`);
  console.log("  indexes, parcels, honours, facts …");
  await q("ALTER TABLE enterprise_annual ADD CONSTRAINT enterprise_annual_enterprise_id_year_pk PRIMARY KEY (enterprise_id, year)");
  await q("ALTER TABLE enterprise_monthly ADD CONSTRAINT enterprise_monthly_enterprise_id_period_pk PRIMARY KEY (enterprise_id, period)");
  for (const index of indexes) await q(index.definition);
  await q(`INSERT INTO land_parcels (park_id, parcel_code, holder_enterprise_id, area_mu, land_use, supply_mode, plot_ratio, status, is_generated, source_kind)
           SELECT e.park_id, 'P' || e.id, CASE WHEN e.id % 20 = 0 THEN NULL ELSE e.id END, 3 + e.id % 97, 'industrial', 'transfer',
                  CASE WHEN e.id % 7 = 0 THEN NULL ELSE 0.6 + (e.id % 15) / 10.0 END,
                  CASE WHEN e.id % 40 = 0 THEN 'idle' WHEN e.id % 20 = 0 THEN 'vacant' ELSE 'in_use' END, true, 'generated'
             FROM enterprises e WHERE e.province_code = '98' AND e.id % 3 = 0`);
  await q(`INSERT INTO enterprise_honours (enterprise_id, tier, valid_from, valid_until, source_kind)
           SELECT id, 'specialized_sme', '2023-01-01', '2026-12-31', 'generated' FROM enterprises WHERE province_code = '98' AND id % 50 = 7`);
  await q(`INSERT INTO enterprise_facts (enterprise_id, key, bool_value, as_of, source_kind)
           SELECT id, 'safety_incident', true, '2025-06-01', 'generated' FROM enterprises WHERE province_code = '98' AND id % 200 = 3`);
  // What an import of that size leaves behind (statistics, hint bits and visibility; the server
  // here runs with autovacuum off): neither the baseline nor the recompute pays for the fill.
  await q("VACUUM (ANALYZE)");
};

/** Plain SQL computing the same totals (SELECT only): the yardstick of the recomputation. */
const baseline = async (database: Database) => {
  const q = (sql: string) => database.query(sql, [PROVINCE]);
  let total = 0;
  const step = async (label: string, sql: string) => {
    const [, ms] = await timed(`baseline ${label}`, () => q(sql));
    total += ms;
  };
  await step(
    "annual Σ/Σ (3 years)",
    `SELECT a.year, e.park_id, p.region_code, count(*), sum(a.tax_paid) FILTER (WHERE a.land_area_mu > 0), sum(a.land_area_mu) FILTER (WHERE a.tax_paid IS NOT NULL AND a.land_area_mu > 0),
            sum(a.industrial_output), sum(a.value_added), sum(a.revenue), sum(a.rd_expense), sum(a.main_revenue), sum(a.employees), sum(a.energy_tce), sum(a.electricity_kwh), sum(a.water_m3)
       FROM enterprises e JOIN parks p ON p.id = e.park_id LEFT JOIN enterprise_annual a ON a.enterprise_id = e.id
      WHERE p.province_code = $1 GROUP BY GROUPING SETS ((a.year, e.park_id), (a.year, p.region_code), (a.year))`,
  );
  await step(
    "monthly sums by park/industry/county",
    `SELECT count(*) FROM (SELECT e.park_id, left(e.industry_code, 2), p.region_code, m.period, sum(m.output), sum(m.revenue), sum(m.tax_paid), sum(m.electricity_kwh), sum(m.employees), count(*)
       FROM enterprise_monthly m JOIN enterprises e ON e.id = m.enterprise_id JOIN parks p ON p.id = e.park_id
      WHERE p.province_code = $1 GROUP BY GROUPING SETS ((e.park_id, m.period), (e.park_id, left(e.industry_code, 2), m.period), (p.region_code, m.period), (m.period))) x`,
  );
  await step(
    "per-mu score and percentile",
    `SELECT count(*) FROM (SELECT e.id, percent_rank() OVER (PARTITION BY e.region_code, e.above_designated_size ORDER BY a.tax_paid / a.land_area_mu * 30 + a.value_added / a.land_area_mu) AS pr
       FROM enterprises e JOIN enterprise_annual a ON a.enterprise_id = e.id AND a.year = 2025 WHERE e.province_code = $1 AND a.land_area_mu > 0) x`,
  );
  await step(
    "decline pre-filter",
    `SELECT count(*) FROM enterprise_monthly c JOIN enterprise_monthly b ON b.enterprise_id = c.enterprise_id AND b.period = '2024-12'
       JOIN enterprises e ON e.id = c.enterprise_id WHERE c.period = '2025-12' AND e.province_code = $1 AND c.revenue <= b.revenue * 0.7`,
  );
  return total;
};

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
};

/** `requests` calls of `fn` by `concurrency` concurrent loops; latency percentiles in ms. */
const load = async (requests: number, fn: (i: number) => Promise<void>) => {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests) {
        const i = next++;
        const t = performance.now();
        await fn(i);
        times.push(performance.now() - t);
      }
    }),
  );
  const wall = performance.now() - started;
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), p99: percentile(times, 0.99), rps: (requests / wall) * 1000 };
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });

const startServer = async (port: number): Promise<ChildProcess> => {
  // node --import tsx directly (not npx): SIGTERM then reaches the server itself.
  const child = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: urlFor(BENCH_DB),
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      DEMO_SEED_ON_FIRST_START: "false",
      SESSION_SECRET: "b".repeat(40),
      PARKPILOT_DATA_DIR: "/tmp/parkpilot-bench-eval",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (d: Buffer) => {
      if (d.toString().includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  child.stdout?.resume();
  return child;
};

const main = async () => {
  console.log(`Park evaluation benchmark: province ${PROVINCE}, ${PARKS} parks, ${N.toLocaleString("en")} enterprises, 36 months`);
  if (!args.reuse) {
    await admin(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${BENCH_DB}`);
  }
  const database = await openDatabase({ kind: "postgres", url: urlFor(BENCH_DB) });
  const ctx: ServiceContext = { database, clock: { now: () => NOW } };
  const result: Record<string, unknown> = { enterprises: N, parks: PARKS, months: 36 };
  try {
    // A reused database gets the migrations added since it was filled.
    await timed("prepare (migrations + reference data)", () => prepareDatabase(database));
    if (!args.reuse) {
      const [, fillMs] = await timed("fill", () => fill(database));
      result.fillMs = fillMs;
    }
    const [counts] = await database.query<{ annual: number; monthly: number }>(
      "SELECT (SELECT count(*) FROM enterprise_annual)::int AS annual, (SELECT count(*) FROM enterprise_monthly)::int AS monthly",
    );
    console.log(`  rows: ${counts?.annual.toLocaleString("en")} annual, ${counts?.monthly.toLocaleString("en")} monthly`);
    console.log("Baseline (plain SQL, same totals, SELECT only):");
    const baselineMs = await baseline(database);
    console.log(`  baseline total: ${seconds(baselineMs)}`);
    console.log("Recompute (indicators, per-mu classes, alerts):");
    const [first, firstMs] = await timed("first run", () => recomputeEvaluation(ctx, { kind: "system" }, PROVINCE));
    console.log(`    ${JSON.stringify(first.timingsMs)} ${JSON.stringify(first.counts)}`);
    const [second, secondMs] = await timed("second run (idempotent)", () => recomputeEvaluation(ctx, { kind: "system" }, PROVINCE));
    console.log(`    ${JSON.stringify(second.timingsMs)} ${JSON.stringify(second.counts)}`);
    console.log(`  ratio to baseline: ${(firstMs / baselineMs).toFixed(2)}× (first), ${(secondMs / baselineMs).toFixed(2)}× (second); target ≤ 60 s: ${firstMs <= 60_000 ? "met" : "MISSED"}`);
    Object.assign(result, { baselineMs, firstMs, secondMs, first: first.timingsMs, second: second.timingsMs, counts: first.counts });

    console.log(`Latency, ${CONCURRENCY} concurrent clients, ${REQUESTS} requests each:`);
    const parkIds = (await database.query<{ id: number }>("SELECT id FROM parks WHERE province_code = $1 ORDER BY id", [PROVINCE])).map((r) => r.id);
    await database.query("DELETE FROM users WHERE username IN ('bench_province', 'bench_park')");
    await createUser(database, { username: "bench_province", displayName: "bench", password: "bench-password-1", membership: { role: "province_admin", provinceCode: PROVINCE }, createdBy: null });
    await createUser(database, { username: "bench_park", displayName: "bench", password: "bench-password-1", membership: { role: "park_admin", parkId: parkIds[0]! }, createdBy: null });
    const port = await freePort();
    const server = await startServer(port);
    try {
      const base = `http://127.0.0.1:${port}`;
      const login = async (username: string) => {
        const res = await fetch(`${base}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username, password: "bench-password-1" }) });
        if (!res.ok) throw new Error(`login ${res.status}`);
        return (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      };
      const provinceCookie = await login("bench_province");
      const parkCookie = await login("bench_park");
      const get = async (url: string, cookie: string) => {
        const res = await fetch(`${base}${url}`, { headers: { cookie } });
        if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
        await res.arrayBuffer();
      };
      const endpoints: [string, (i: number) => Promise<void>][] = [
        ["park dashboard", (i) => get(`/api/evaluation/parks/${parkIds[(i * 7) % parkIds.length]}/dashboard`, provinceCookie)],
        ["alert inbox (province, open)", (i) => get(`/api/evaluation/alerts?status=open&page=${1 + (i % 5)}`, provinceCookie)],
        ["alert inbox (park admin)", () => get("/api/evaluation/alerts?status=open", parkCookie)],
        ["alert detail", (i) => get(`/api/evaluation/alerts/${1 + (i % 500)}`, provinceCookie)],
      ];
      const latency: Record<string, unknown> = {};
      for (const [label, fn] of endpoints) {
        await load(Math.min(100, REQUESTS), fn);
        const r = await load(REQUESTS, fn);
        latency[label] = r;
        console.log(`  ${label}: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.rps.toFixed(0)} req/s; target p95 ≤ 150 ms: ${r.p95 <= 150 ? "met" : "MISSED"}`);
      }
      // The same numbers straight from SQL, 20 connections: what the endpoint costs on top.
      const pool = new pg.Pool({ connectionString: urlFor(BENCH_DB), max: CONCURRENCY });
      const sqlDashboard = await load(REQUESTS, async (i) => {
        const park = parkIds[(i * 7) % parkIds.length];
        await pool.query(
          `SELECT sum(a.tax_paid) / nullif(sum(a.land_area_mu), 0), sum(a.industrial_output) / nullif(sum(a.land_area_mu), 0), count(*)
             FROM enterprises e JOIN enterprise_annual a ON a.enterprise_id = e.id AND a.year = 2025 WHERE e.park_id = $1`,
          [park],
        );
        await pool.query("SELECT l.land_class, count(*) FROM land_evaluations l JOIN enterprises e ON e.id = l.enterprise_id WHERE e.park_id = $1 AND l.year = 2025 GROUP BY 1", [park]);
        await pool.query("SELECT severity, count(*) FROM alerts WHERE park_id = $1 AND status <> 'resolved' GROUP BY 1", [park]);
      });
      const sqlAlerts = await load(REQUESTS, (i) =>
        pool.query("SELECT * FROM alerts WHERE province_code = $1 AND status = 'open' ORDER BY severity, period DESC, id DESC LIMIT 20 OFFSET $2", [PROVINCE, (i % 5) * 20]).then(() => undefined),
      );
      await pool.end();
      console.log(`  plain SQL, dashboard numbers: p50 ${sqlDashboard.p50.toFixed(1)} ms, p95 ${sqlDashboard.p95.toFixed(1)} ms`);
      console.log(`  plain SQL, alert page: p50 ${sqlAlerts.p50.toFixed(1)} ms, p95 ${sqlAlerts.p95.toFixed(1)} ms`);
      Object.assign(result, { latency, sqlDashboard, sqlAlerts });
    } finally {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
  } finally {
    await database.close();
    mkdirSync("bench/out", { recursive: true });
    writeFileSync("bench/out/eval-recompute.json", `${JSON.stringify(result, null, 2)}\n`);
    if (!args.keep) await admin(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
