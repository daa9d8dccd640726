/**
 * End-to-end benchmark of the gradient database on PostgreSQL.
 *
 *   npx tsx bench/tiers-end-to-end.bench.ts [--n 1000000] [--url postgres://postgres@127.0.0.1:5432/postgres] [--keep] [--db NAME]
 *
 * `--db NAME` runs again on a database an earlier run kept (its assessments truncated first, its
 * population as generated and vacuumed): the timed part without the four minutes of generating.
 *
 * Otherwise creates its own database (dropped at the end unless --keep), loads the reference data, and
 * generates a province of N enterprises by SQL (real Guangdong parks and GB/T 4754 classes, three
 * years of annual figures, about a dozen facts each, honours for some), vacuumed and analysed as
 * the import path leaves what it wrote. Then, timed:
 *   1. evaluateTiers for the data year 2025: load the population in batches of 50,000, evaluate
 *      every shipped rule set in force on the evaluation date, and write each batch's changed
 *      assessments by COPY inside the run's one transaction (first run: everything is new);
 *   2. the same again (nothing changed: every stored row is skipped by its input hash);
 *   3. the baseline, in the same run: a plain COPY (SELECT …) TO STDOUT of exactly the inputs
 *      step 1 reads (the population as one SELECT, the facts and the honours).
 * Prints each time, the breakdown by phase and the ratio of step 1 to the baseline.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { to } from "pg-copy-streams";
import { compileRuleSet } from "@parkpilot/core";
import { openDatabase, prepareDatabase } from "@parkpilot/db";
import { evaluateTiers, factPlan, populationSelectText, selectRuleSets, shippedRuleSets, type TierRunTiming } from "@parkpilot/services";

const { values: args } = parseArgs({
  options: {
    n: { type: "string", default: "1000000" },
    url: { type: "string", default: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
    keep: { type: "boolean", default: false },
    db: { type: "string" },
  },
});
const N = Number(args.n);
const YEAR = 2025;
const AS_OF = "2026-06-01";
const PROVINCE = "44";

const urlFor = (name: string): string => {
  const u = new URL(args.url);
  u.pathname = `/${name}`;
  return u.toString();
};
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const timed = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const out = await f();
  return [out, performance.now() - t0];
};

/** The synthetic province: every value deterministic given the seed. */
const POPULATION_SQL = (n: number): string[] => [
  "SELECT setseed(0.42)",
  `CREATE TEMP TABLE codes AS SELECT array_agg(code ORDER BY code) AS c FROM industries WHERE length(code) = 4 AND (code < '0600' OR code BETWEEN '1300' AND '4399' OR code BETWEEN '6300' AND '6599' OR code BETWEEN '7300' AND '7599')`,
  `CREATE TEMP TABLE gd_parks AS SELECT array_agg(id ORDER BY id) AS p FROM parks WHERE province_code = '${PROVINCE}'`,
  `INSERT INTO enterprises (credit_code, name, park_id, province_code, industry_code, founded_on, listed, is_generated)
   SELECT 'B' || lpad(g::text, 17, '0'), '基准企业' || g, gd.p[1 + g % cardinality(gd.p)], '${PROVINCE}', c.c[1 + ((g::bigint * 7919) % cardinality(c.c))::int],
          DATE '1990-01-01' + ((g::bigint * 104729) % 12500)::int, g % 400 = 0, true
     FROM generate_series(1, ${n}) g, codes c, gd_parks gd`,
  `CREATE TEMP TABLE traits AS
   SELECT id, exp(4 + random() * 6) AS base, CASE WHEN random() < 0.3 THEN 0.03 + random() * 0.08 ELSE random() * 0.03 END AS rd,
          random() AS tech, 0.05 + random() * 0.25 AS growth, random() AS debt, (5 + exp(random() * 6))::int AS emp
     FROM enterprises WHERE is_generated`,
  `INSERT INTO enterprise_annual (enterprise_id, year, revenue, main_revenue, rd_expense, total_cost, employees, st_staff, rd_staff, total_assets,
                                  total_liabilities, equity_financing, high_tech_revenue, invention_patents, other_class1_ip, class2_ip, profit, source_kind)
   SELECT t.id, y, r, r * 0.93, r * t.rd, r * 0.9, t.emp, (t.emp * (0.05 + t.tech * 0.3))::int, (t.emp * t.tech * 0.2)::int, r * 1.1,
          r * 1.1 * t.debt, CASE WHEN random() < 0.03 THEN r * 0.5 ELSE 0 END, r * t.tech, (t.tech * 12 * random())::int, 0, (t.tech * 20 * random())::int,
          r * 0.06, 'generated'
     FROM traits t, generate_series(${YEAR - 2}, ${YEAR}) y, LATERAL (SELECT t.base * power(1 + t.growth, y - ${YEAR - 2}) * (0.95 + random() * 0.1) AS r) v`,
  ...[
    ["registered_legal_person_cn", "bool_value", "true"],
    ["on_dishonesty_list", "bool_value", "random() < 0.003"],
    ["on_abnormal_operation_list", "bool_value", "random() < 0.008"],
    ["prohibited_products", "bool_value", "false"],
    ["major_incident_1y", "bool_value", "random() < 0.003"],
    ["major_incident_2y", "bool_value", "random() < 0.004"],
    ["major_incident_3y", "bool_value", "random() < 0.005"],
    ["niche_years", "number_value", "floor(random() * 12)"],
    ["rd_institution_level", "number_value", "CASE WHEN t.rd > 0.03 THEN floor(random() * 4) ELSE 0 END"],
    ["ip_class1_lead_product", "number_value", "floor(t.tech * 8 * random())"],
    ["rd_domestic_share_pct", "number_value", "90 + floor(random() * 11)"],
    ["sci_award_level_3y", "number_value", "CASE WHEN random() < 0.02 THEN 1 ELSE 0 END"],
    ["led_standard_5y", "bool_value", "random() < 0.02"],
  ].map(
    ([key, column, value]) =>
      `INSERT INTO enterprise_facts (enterprise_id, key, ${column}, source_kind) SELECT t.id, '${key}', ${value}, 'generated' FROM traits t`,
  ),
  ...[
    ["high_tech", "t.rd > 0.03 AND t.tech > 0.5 AND random() < 0.6", 3],
    ["tech_sme", "t.emp <= 500 AND t.tech > 0.3 AND random() < 0.5", 1],
    ["innovative_sme", "t.rd > 0.02 AND random() < 0.3", 3],
    ["specialized_sme", "t.rd > 0.03 AND t.base > 1500 AND random() < 0.2", 3],
    ["little_giant", "t.rd > 0.03 AND t.base > 8000 AND random() < 0.05", 3],
  ].map(
    ([tier, condition, years]) =>
      `INSERT INTO enterprise_honours (enterprise_id, tier, valid_from, valid_until, source_kind)
       SELECT t.id, '${tier}', DATE '${YEAR - 1}-07-01', DATE '${YEAR - 1}-07-01' + interval '${years} years' - interval '1 day', 'generated' FROM traits t WHERE ${condition}`,
  ),
  // As ParkPilot's imports leave tables they rewrote (README, "Large writes"): vacuumed and analysed.
  // Without it the first run would also pay for the first read of every freshly written page
  // (hint bits), which no database the import path filled has left.
  "VACUUM (ANALYZE)",
];

/** Streams one COPY … TO STDOUT and returns the bytes read. */
const copyOut = async (client: pg.Client, query: string): Promise<number> => {
  let bytes = 0;
  for await (const chunk of client.query(to(`COPY (${query}) TO STDOUT`))) bytes += (chunk as Buffer).length;
  return bytes;
};

const main = async (): Promise<void> => {
  const reused = args.db;
  const name = reused ?? `parkpilot_bench_tiers_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: urlFor("postgres") });
  await admin.connect();
  if (!reused) await admin.query(`CREATE DATABASE ${name}`);
  console.log(`database ${name}${reused ? " (kept by an earlier run)" : ""}; ${N.toLocaleString("en-US")} enterprises`);
  const database = await openDatabase({ kind: "postgres", url: urlFor(name) });
  try {
    await prepareDatabase(database);
    if (reused) {
      await database.query("TRUNCATE tier_assessments");
    } else {
      const [, genMs] = await timed(async () => {
        for (const statement of POPULATION_SQL(N)) await database.query(statement);
      });
      console.log(`population generated in ${seconds(genMs)} (not timed below)`);
    }
    const [counts] = await database.query<{ e: number; a: number; f: number; h: number }>(
      "SELECT (SELECT count(*) FROM enterprises)::int AS e, (SELECT count(*) FROM enterprise_annual)::int AS a, (SELECT count(*) FROM enterprise_facts)::int AS f, (SELECT count(*) FROM enterprise_honours)::int AS h",
    );
    if (reused && counts?.e !== N) throw new Error(`${name} holds ${counts?.e} enterprises, not ${N} (--n)`);
    console.log(`population: ${counts?.a} annual rows, ${counts?.f} facts, ${counts?.h} honours`);

    const ctx = { database, clock: { now: () => new Date() } };
    const scope = { kind: "province" as const, provinceCode: PROVINCE };
    let timing: TierRunTiming | null = null;
    const [first, firstMs] = await timed(() => evaluateTiers(ctx, { scope, year: YEAR, asOf: AS_OF, onTiming: (t) => (timing = t) }));
    const t1 = timing as TierRunTiming | null;
    const [second, secondMs] = await timed(() => evaluateTiers(ctx, { scope, year: YEAR, asOf: AS_OF }));

    // Baseline: the same inputs, read by plain COPY.
    const plan = factPlan(selectRuleSets(shippedRuleSets(), AS_OF).map(compileRuleSet));
    const where = `enterprises.province_code = '${PROVINCE}' AND enterprises.operating_status IN ('operating', 'suspended')`;
    const client = new pg.Client({ connectionString: urlFor(name) });
    await client.connect();
    const [bytes, baselineMs] = await timed(async () => {
      let b = await copyOut(client, `${populationSelectText(plan, YEAR)} WHERE ${where}`);
      b += await copyOut(client, `SELECT f.enterprise_id, f.key, f.number_value, f.bool_value, f.text_value FROM enterprise_facts f JOIN enterprises ON enterprises.id = f.enterprise_id WHERE ${where}`);
      b += await copyOut(
        client,
        `SELECT h.enterprise_id, h.tier FROM enterprise_honours h JOIN enterprises ON enterprises.id = h.enterprise_id WHERE ${where} AND h.valid_from <= DATE '${AS_OF}' AND (h.valid_until IS NULL OR h.valid_until >= DATE '${AS_OF}')`,
      );
      return b;
    });
    await client.end();

    const rate = (ms: number) => `${Math.round((N / ms) * 1000).toLocaleString("en-US")} enterprises/s`;
    console.log(`\nrule sets in force on ${AS_OF}: ${first.ruleSets.map((r) => `${r.id}@${r.version}`).join(", ")}`);
    for (const r of first.ruleSets) console.log(`  ${r.id.padEnd(20)} eligible ${r.eligible}, undetermined ${r.undetermined}, not eligible ${r.notEligible} (near misses ${r.nearMiss}), stored ${r.stored}`);
    console.log(`\nfirst run (all new):      ${seconds(firstMs)}  (${rate(firstMs)}), ${first.written.toLocaleString("en-US")} assessments written`);
    if (t1) console.log(`  waiting for loads ${seconds(t1.loadMs)}, evaluate ${seconds(t1.evaluateMs)}, summarise + hash + COPY lines ${seconds(t1.rowsMs)}, waiting for writes ${seconds(t1.writeMs)}`);
    console.log(`second run (unchanged):   ${seconds(secondMs)}, ${second.written} written, ${second.unchanged.toLocaleString("en-US")} skipped by input hash`);
    console.log(`baseline COPY TO STDOUT:  ${seconds(baselineMs)} (${(bytes / 1_048_576).toFixed(0)} MB of the same inputs)`);
    console.log(`ratio first run / baseline: ${(firstMs / baselineMs).toFixed(1)}×; second run / baseline: ${(secondMs / baselineMs).toFixed(1)}×`);
    console.log(`load avg during the run: ${(await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" ")} on ${(await import("node:os")).cpus().length} cores`);
  } finally {
    await database.close();
    if (!args.keep && !reused) {
      // pg-pool's end() resolves before its backends are gone: wait for them, or FORCE would kill them under a live pool.
      for (let i = 0; i < 50; i++) {
        const { rows } = await admin.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
        if ((rows[0]?.n ?? 0) === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      console.log(`dropped ${name}`);
    }
    await admin.end();
  }
};

await main();
