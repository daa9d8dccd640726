/**
 * Benchmark of the province overview page, the page province officials open first.
 *
 *   npx tsx bench/web-overview.bench.ts [--runs 7] [--no-build]
 *
 * 1. Bundle: builds the web app (vite build), then reads Vite's manifest to sum the JavaScript
 *    the overview needs up front (entry + page chunk + their static imports, gzipped; target
 *    ≤ 500 KB) and names the largest chunk of the build.
 * 2. Time to a fully rendered overview in headless Chromium on the demo province (the fixed
 *    1,500-enterprise demo of the browser tests, served by the real server on PGlite): from
 *    navigation start to the performance mark "overview-ready", which the page sets once the
 *    map has drawn and the cards and ranking hold data (target ≤ 1.5 s). Cold runs clear the
 *    browser cache first; warm runs reuse it (an official's second visit of the day).
 *
 * Baseline, measured in the same run against the same server: the login page, from navigation
 * start to its form on screen (same shell, no data, no charts). The ratio overview / login says
 * what the overview's data and charts cost on top of loading the app at all.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { BrowserContext, Page } from "playwright-core";
import { openBrowser } from "../e2e/support/browser";
import { DEMO, ROOT, startTestServer } from "../e2e/support/server";
import { chunkSizes, pageBundle } from "./web-bundle";

const { values: args } = parseArgs({
  options: { runs: { type: "string", default: "7" }, "no-build": { type: "boolean", default: false } },
});
const RUNS = Math.max(1, Number(args.runs));
const DIST = join(ROOT, "apps/web/dist");
const KB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

// ── 1. Bundle ────────────────────────────────────────────────────────────────────────────────
if (!args["no-build"]) {
  const build = spawnSync("npm", ["run", "build", "-w", "@parkpilot/web"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error("vite build failed");
}
const overview = pageBundle(DIST, "features/overview/components/OverviewPage.tsx");
const login = pageBundle(DIST, "features/auth/components/LoginPage.tsx");
const chunks = chunkSizes(DIST);
const largest = chunks[0];

// ── 2. Time to rendered ──────────────────────────────────────────────────────────────────────
const LOGIN_MARK = "bench-login-ready";
/** Marks the moment the login form is in the DOM (the login page sets no mark of its own). */
const markLoginForm = `(() => {
  const mark = () => { if (document.querySelector("#username") && !performance.getEntriesByName("${LOGIN_MARK}").length) { performance.mark("${LOGIN_MARK}"); return true; } return false; };
  new MutationObserver((_, obs) => { if (mark()) obs.disconnect(); }).observe(document, { childList: true, subtree: true });
})();`;

const clearCache = async (context: BrowserContext, page: Page) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.clearBrowserCache");
  await cdp.detach();
};

const markTime = async (page: Page, name: string): Promise<number> => {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 30_000 });
  return page.evaluate((n) => (performance.getEntriesByName(n)[0] as { startTime: number }).startTime, name);
};

const server = await startTestServer();
const session = await openBrowser();
const result: Record<string, unknown> = {};
try {
  const { context, page } = session;
  await context.addInitScript(markLoginForm);

  const measure = async (path: string, mark: string, cold: boolean): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      if (cold) await clearCache(context, page);
      await page.goto("about:blank");
      await page.goto(`${server.url}${path}`);
      const t = await markTime(page, mark);
      if (i > 0) times.push(t); // the first run warms the server (PGlite caches, JIT)
    }
    return times;
  };

  // Baseline: the login page, signed out.
  const loginCold = await measure("/login", LOGIN_MARK, true);
  const loginWarm = await measure("/login", LOGIN_MARK, false);

  // Sign in once through the form, then measure the overview.
  await page.goto(`${server.url}/login`);
  await page.locator("#username").fill("province");
  await page.locator("#password").fill("parkpilot-demo");
  await page.locator("button[type=submit]").click();
  await page.waitForURL(/\/overview$/);
  const overviewCold = await measure("/overview", "overview-ready", true);
  const overviewWarm = await measure("/overview", "overview-ready", false);

  const parks = await page.locator("[data-testid=park-ranking] tbody tr").count();
  Object.assign(result, {
    demo: DEMO,
    runs: RUNS,
    bundle: {
      overviewInitialJsGzip: overview.jsGzipBytes,
      overviewInitialJsRaw: overview.jsBytes,
      overviewFiles: overview.files,
      overviewCssGzip: overview.cssGzipBytes,
      loginInitialJsGzip: login.jsGzipBytes,
      largestChunk: largest,
      chunks: chunks.length,
    },
    timesMs: { overviewCold, overviewWarm, loginCold, loginWarm },
    medianMs: { overviewCold: median(overviewCold), overviewWarm: median(overviewWarm), loginCold: median(loginCold), loginWarm: median(loginWarm) },
    rankingRowsShown: parks,
  });

  const m = result.medianMs as Record<string, number>;
  const ok = (cond: boolean) => (cond ? "OK" : "OVER TARGET");
  console.log("\nWeb overview benchmark (headless Chromium, demo province: %d generated enterprises, seed %d)", DEMO.enterprises, DEMO.seed);
  console.log("  bundle");
  console.log(`    overview initial JS (gzip)   ${KB(overview.jsGzipBytes).padStart(10)}   target ≤ 500 KB   ${ok(overview.jsGzipBytes <= 500 * 1024)}   (${overview.files.length} files, ${KB(overview.jsBytes)} raw)`);
  console.log(`    overview CSS (gzip)          ${KB(overview.cssGzipBytes).padStart(10)}   (antd's prebuilt styles, shared by every page)`);
  console.log(`    login initial JS (gzip)      ${KB(login.jsGzipBytes).padStart(10)}`);
  console.log(`    largest chunk                ${largest ? `${largest.file} ${KB(largest.gzipBytes)} gzip, ${KB(largest.bytes)} raw` : "—"}`);
  console.log(`  navigation → rendered, median of ${RUNS} (ms)`);
  console.log(`    overview, cold cache         ${m.overviewCold?.toFixed(0).padStart(6)}   target ≤ 1500   ${ok((m.overviewCold ?? Infinity) <= 1500)}`);
  console.log(`    overview, warm cache         ${m.overviewWarm?.toFixed(0).padStart(6)}`);
  console.log(`    baseline: login, cold        ${m.loginCold?.toFixed(0).padStart(6)}`);
  console.log(`    baseline: login, warm        ${m.loginWarm?.toFixed(0).padStart(6)}`);
  console.log(`    ratio overview / login       ${((m.overviewCold ?? 0) / (m.loginCold ?? 1)).toFixed(2)}× cold, ${((m.overviewWarm ?? 0) / (m.loginWarm ?? 1)).toFixed(2)}× warm`);
} finally {
  await session.close();
  await server.stop();
}

mkdirSync(join(ROOT, "bench/out"), { recursive: true });
writeFileSync(join(ROOT, "bench/out/web-overview.json"), `${JSON.stringify(result, null, 2)}\n`);
console.log("\nwritten bench/out/web-overview.json");
