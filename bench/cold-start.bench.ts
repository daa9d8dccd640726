/**
 * Cold `npm start` (scripts/start.mjs) to ready on the embedded database (PGlite), first start
 * (migrations, reference data, demo province generation) and a later start, in a fresh data
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

const startUntilReady = (dataDir: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [start], {
      env: { ...process.env, DATABASE_URL: "", PARKPILOT_DATA_DIR: dataDir, PORT: values.port, LOG_LEVEL: "warn", DEMO_ENTERPRISES: values.enterprises, DEMO_AS_OF: "2026-11-22" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("ParkPilot ready")) {
        const elapsed = (performance.now() - started) / 1000;
        child.once("exit", () => resolve(elapsed));
        child.kill("SIGTERM");
      }
    });
    child.once("exit", (code) => {
      if (!out.includes("ParkPilot ready")) reject(new Error(`server exited with ${code} before ready:\n${out}`));
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
  const first = await startUntilReady(dataDir);
  const second = await startUntilReady(dataDir);
  const t0 = performance.now();
  const pg = await PGlite.create(join(dataDir, "pglite"));
  await pg.query("SELECT 1");
  await pg.close();
  const floor = (performance.now() - t0) / 1000;
  console.log(`first start (migrate + reference data + ${values.enterprises} demo enterprises): ${first.toFixed(1)} s (target ≤ 20 s)`);
  console.log(`later start: ${second.toFixed(1)} s (target ≤ 5 s)`);
  console.log(`builds before the clock (only when missing or stale): web app ${webBuild.toFixed(1)} s, server bundle ${serverBuild.toFixed(1)} s`);
  console.log(`baseline, open the same PGlite data dir + SELECT 1: ${floor.toFixed(2)} s; later start / baseline = ${(second / floor).toFixed(1)}×`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
