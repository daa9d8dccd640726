/**
 * Cold `npm start` (scripts/start.mjs) to ready on the embedded database (PGlite), first start
 * (migrations, reference data, demo province generation; then, while serving, the demo's derived
 * parts, timed apart) and a later start, in a fresh data
 * directory. The web app and the server bundle are built before the clock starts (a fresh clone's
 * first `npm start` builds them once; their times are printed apart). Baseline in the same run:
 * opening the same PGlite data directory and running SELECT 1 — the floor any start on that
 * database pays.
 *
 *   npx tsx bench/cold-start.bench.ts [--enterprises 20000]
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";

const { values } = parseArgs({ options: { enterprises: { type: "string", default: "20000" }, port: { type: "string", default: "3997" } } });
const start = new URL("../scripts/start.mjs", import.meta.url).pathname;

/** Seconds from the start to each of `lines` printed, in order; the server is stopped after the last. */
const startUntil = (dataDir: string, lines: readonly string[]): Promise<number[]> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const seen: number[] = [];
    const child = spawn(process.execPath, [start], {
      env: { ...process.env, DATABASE_URL: "", PARKPILOT_DATA_DIR: dataDir, PORT: values.port, LOG_LEVEL: "warn", DEMO_ENTERPRISES: values.enterprises, DEMO_AS_OF: "2026-11-22" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      while (seen.length < lines.length && out.includes(lines[seen.length] ?? "")) seen.push((performance.now() - started) / 1000);
      if (seen.length === lines.length && child.exitCode === null && !child.killed) {
        child.once("exit", () => resolve(seen));
        child.kill("SIGTERM");
      }
    });
    child.once("exit", (code) => {
      if (seen.length < lines.length) reject(new Error(`server exited with ${code} before printing "${lines[seen.length]}":\n${out}`));
    });
  });

const timed = async (build: () => unknown): Promise<number> => {
  const t0 = performance.now();
  await build();
  return (performance.now() - t0) / 1000;
};
const webBuild = await timed(async () => (await import("../scripts/web-build.mjs")).ensureWebBuild());
const serverBuild = await timed(async () => (await import("../scripts/bundles.mjs")).ensureServerBuild());

const dataDir = mkdtempSync(join(tmpdir(), "parkpilot-cold-"));
try {
  // The first start listens once the demo's rows and logins are in, and then derives its tiers,
  // chain maps and evaluation in the background: both moments are measured, and the second start
  // begins only after the demo is complete.
  const [first = 0, complete = 0] = await startUntil(dataDir, ["ParkPilot ready", "Demo province complete"]);
  const [second = 0] = await startUntil(dataDir, ["ParkPilot ready"]);
  const t0 = performance.now();
  const pg = await PGlite.create(join(dataDir, "pglite"));
  await pg.query("SELECT 1");
  await pg.close();
  const floor = (performance.now() - t0) / 1000;
  console.log(`first start (migrate + reference data + ${values.enterprises} demo enterprises and the demo logins), ready: ${first.toFixed(1)} s (target ≤ 20 s)`);
  console.log(`first start, demo complete (tier assessments, chain maps, park evaluation derived while serving): ${complete.toFixed(1)} s`);
  console.log(`later start: ${second.toFixed(1)} s (target ≤ 5 s)`);
  console.log(`builds before the clock (only when missing or stale): web app ${webBuild.toFixed(1)} s, server bundle ${serverBuild.toFixed(1)} s`);
  console.log(`baseline, open the same PGlite data dir + SELECT 1: ${floor.toFixed(2)} s; later start / baseline = ${(second / floor).toFixed(1)}×`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
