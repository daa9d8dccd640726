/**
 * Annual import benchmark: a generated N-row annual CSV (default 1,000,000) imported through
 * importFile with full validation, against the baseline of a raw `psql \copy` of the same file
 * into a bare table with the same columns (no validation, no keys, no provenance).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/import-annual.bench.ts --rows 1000000
 *
 * Creates and drops its own database. Prints rows/s of each and the ratio import ÷ raw copy
 * (target ≥ 0.5), then a re-import of the same file (every row an update) from its path. It also
 * times the floor every import into this schema pays: a bare INSERT … SELECT of the same rows
 * into enterprise_annual (its keys, foreign key and index), without validation, and a psql
 * \copy of the same rows, keyed by enterprise id, straight into enterprise_annual.
 * BENCH_TRACE=1 prints the import's phases with timestamps; BENCH_SEGMENT=n sets its rows per
 * staging segment (default 100,000).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { ANNUAL_FIELDS, completeCreditCode } from "@parkpilot/core";
import { openDatabase, prepareDatabase, tables, type Database } from "@parkpilot/db";
import { columnHeader, importColumns, importFile, importFileFromPath, type Actor, type ImportProgress, type ServiceContext } from "@parkpilot/services";
import { postgresServer } from "./support/postgres-server";

const { values: args } = parseArgs({ options: { rows: { type: "string", default: "1000000" }, enterprises: { type: "string" } } });
const ROWS = Number(args.rows);
const ENTERPRISES = Number(args.enterprises ?? Math.max(1, Math.ceil(ROWS / 10)));
const YEARS = Math.ceil(ROWS / ENTERPRISES);
const FIRST_YEAR = 2024 - YEARS + 1;
const PROVINCE = "99";

const { urlFor, admin } = postgresServer();

const creditCode = (i: number) => completeCreditCode(`91990000MA${String(i).padStart(7, "0")}`);

/** Deterministic pseudo-random values, so that runs are comparable. */
let seed = 42;
const next = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};

const writeCsv = async (path: string) => {
  const out = createWriteStream(path);
  const header = importColumns("annual").map(columnHeader).join(",");
  let piece = `\ufeff${header}\n`;
  const codes = Array.from({ length: ENTERPRISES }, (_, i) => creditCode(i + 1));
  for (let r = 0; r < ROWS; r++) {
    let line = `${codes[r % ENTERPRISES]},${FIRST_YEAR + Math.floor(r / ENTERPRISES)}`;
    for (const f of ANNUAL_FIELDS) {
      const v = next();
      if (v < 0.05) line += ","; // some unknowns
      else line += `,${f.kind === "integer" ? Math.floor(v * 2000) : (v * 100000).toFixed(2)}`;
    }
    piece += `${line}\n`;
    if (piece.length > 1 << 20) {
      if (!out.write(piece)) await once(out, "drain");
      piece = "";
    }
  }
  out.end(piece);
  await once(out, "finish");
};

const seedDatabase = async (database: Database): Promise<Actor> => {
  const [park] = await database.db
    .insert(tables.parks)
    .values({ name: "基准测试园区", level: "provincial", kind: "provincial_ez", kindText: "经济开发区", provinceCode: PROVINCE, source: "manual" })
    .returning();
  if (!park) throw new Error("no park");
  async function* enterpriseLines() {
    let piece = "";
    for (let i = 1; i <= ENTERPRISES; i++) {
      piece += `${creditCode(i)},基准企业${i},${park?.id},${PROVINCE}\n`;
      if (piece.length > 1 << 20) {
        yield piece;
        piece = "";
      }
    }
    yield piece;
  }
  await database.copyFromCsv("enterprises", ["credit_code", "name", "park_id", "province_code"], enterpriseLines());
  const [user] = await database.db.insert(tables.users).values({ username: "bench", displayName: "基准", passwordHash: "bench-cannot-log-in" }).returning();
  if (!user) throw new Error("no user");
  const [membership] = await database.db.insert(tables.memberships).values({ userId: user.id, role: "province_admin", provinceCode: PROVINCE }).returning();
  if (!membership) throw new Error("no membership");
  return { userId: user.id, username: "bench", displayName: "基准", role: "province_admin", membershipId: membership.id, scope: { kind: "province", provinceCode: PROVINCE } };
};

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

const main = async () => {
  const dbName = `parkpilot_bench_${randomBytes(4).toString("hex")}`;
  const file = join(tmpdir(), `${dbName}.csv`);
  await admin(`CREATE DATABASE ${dbName}`);
  const database = await openDatabase({ kind: "postgres", url: urlFor(dbName) });
  try {
    await prepareDatabase(database);
    const actor = await seedDatabase(database);
    let t = process.hrtime.bigint();
    await writeCsv(file);
    const bytes = statSync(file).size;
    console.log(`file: ${fmt(ROWS)} rows × ${ANNUAL_FIELDS.length + 2} columns, ${(bytes / 1e6).toFixed(1)} MB, ${fmt(ENTERPRISES)} enterprises × ${YEARS} years (generated in ${seconds(t).toFixed(1)} s)`);

    const columns = ["credit_code char(18)", "year smallint", ...ANNUAL_FIELDS.map((f) => `${f.column} double precision`)];
    await database.query(`CREATE TABLE bench_raw (${columns.join(", ")})`);
    t = process.hrtime.bigint();
    const psql = spawnSync("psql", [urlFor(dbName), "-v", "ON_ERROR_STOP=1", "-c", `\\copy bench_raw FROM '${file}' WITH (FORMAT csv, HEADER true)`], { encoding: "utf8" });
    const rawSeconds = seconds(t);
    if (psql.status !== 0) throw new Error(`psql failed: ${psql.stderr}`);
    console.log(`raw psql \\copy:            ${rawSeconds.toFixed(2)} s  ${fmt(ROWS / rawSeconds)} rows/s  (${psql.stdout.trim()})`);
    // The floor of any import into this schema: the same rows moved into enterprise_annual by a
    // bare INSERT … SELECT (primary key, foreign key to enterprises, year index), no validation.
    const fieldList = ANNUAL_FIELDS.map((f) => f.column).join(", ");
    t = process.hrtime.bigint();
    await database.query(
      `INSERT INTO enterprise_annual (enterprise_id, year, ${fieldList}, source_kind) SELECT e.id, r.year, ${ANNUAL_FIELDS.map((f) => `r.${f.column}`).join(", ")}, 'import' FROM bench_raw r JOIN enterprises e ON e.credit_code = r.credit_code`,
    );
    const floorSeconds = seconds(t);
    console.log(`floor: bare INSERT…SELECT into enterprise_annual: ${floorSeconds.toFixed(2)} s  ${fmt(ROWS / floorSeconds)} rows/s  (ratio to raw copy ${(rawSeconds / floorSeconds).toFixed(2)})`);
    // The table's own floor: the same rows, already keyed by enterprise id, COPYed straight into
    // enterprise_annual by psql (its keys, index and the foreign-key check of every row).
    const keyed = `${file}.keyed`;
    const psqlRun = (command: string) => {
      const run = spawnSync("psql", [urlFor(dbName), "-v", "ON_ERROR_STOP=1", "-c", command], { encoding: "utf8" });
      if (run.status !== 0) throw new Error(`psql failed: ${run.stderr}`);
    };
    psqlRun(`\\copy (SELECT enterprise_id, year, ${fieldList}, source_kind FROM enterprise_annual) TO '${keyed}' WITH (FORMAT csv)`);
    await database.query("TRUNCATE enterprise_annual");
    await database.query("CHECKPOINT");
    t = process.hrtime.bigint();
    psqlRun(`\\copy enterprise_annual (enterprise_id, year, ${fieldList}, source_kind) FROM '${keyed}' WITH (FORMAT csv)`);
    const tableCopySeconds = seconds(t);
    rmSync(keyed, { force: true });
    console.log(`floor: psql \\copy straight into enterprise_annual: ${tableCopySeconds.toFixed(2)} s  ${fmt(ROWS / tableCopySeconds)} rows/s  (ratio to raw copy ${(rawSeconds / tableCopySeconds).toFixed(2)})`);
    await database.query("TRUNCATE enterprise_annual");
    await database.query("DROP TABLE bench_raw");

    const ctx: ServiceContext = { database, clock: { now: () => new Date() } };
    const body = readFileSync(file);
    t = process.hrtime.bigint();
    const trace = (p: ImportProgress) => {
      if (process.env.BENCH_TRACE) console.log(`  ${seconds(t).toFixed(2)} s ${p.phase} ${p.rows}`);
    };
    const segmentRows = process.env.BENCH_SEGMENT ? Number(process.env.BENCH_SEGMENT) : undefined;
    const first = await importFile(ctx, { actor, kind: "annual", fileName: "bench.csv", body, maxBytes: 2 ** 31, segmentRows, onProgress: trace });
    const importSeconds = seconds(t);
    if (first.batch.status !== "applied") throw new Error(`import not applied: ${first.batch.message} ${JSON.stringify(first.errors.slice(0, 3))}`);
    console.log(`importFile (new rows):      ${importSeconds.toFixed(2)} s  ${fmt(ROWS / importSeconds)} rows/s  (${first.batch.insertedCount} inserted)`);
    console.log(`ratio import ÷ raw copy:    ${(rawSeconds / importSeconds).toFixed(2)}  (target ≥ 0.50; import ÷ floor ${(floorSeconds / importSeconds).toFixed(2)})`);

    t = process.hrtime.bigint();
    const again = await importFileFromPath(ctx, { actor, kind: "annual", path: file, maxBytes: 2 ** 31, segmentRows });
    const againSeconds = seconds(t);
    if (again.batch.status !== "applied") throw new Error(`re-import not applied: ${again.batch.message}`);
    console.log(`importFileFromPath (re-import, all updates): ${againSeconds.toFixed(2)} s  ${fmt(ROWS / againSeconds)} rows/s  (${again.batch.updatedCount} updated; ratio ${(rawSeconds / againSeconds).toFixed(2)})`);
    console.log(`peak RSS: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  } finally {
    await database.close();
    rmSync(file, { force: true });
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
};

await main();
