import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { demoState, generateDemo, openServiceContext, type Config, type DemoAccount } from "@parkpilot/services";
import { createApp } from "./app";
import { startDemoDerivation, type DemoDerivation } from "./demo-derivation";
import { stopOnSignals } from "./stop-on-signals";

export const WEB_ROOT = fileURLToPath(new URL("../../web/dist", import.meta.url));

export interface StartedServer {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly demoAccounts: DemoAccount[] | null;
  /** The first start's demo being derived in the background, or null. */
  readonly demoDerivation: DemoDerivation | null;
  stop(): Promise<void>;
}

/**
 * Opens and prepares the database, generates the demo province on the very first start (when
 * enabled), listens, and stops cleanly on SIGINT/SIGTERM from then on (stop-on-signals.ts).
 * What is derived from the demo (tier assessments, chain maps, park evaluation) is computed
 * after it listens (demo-derivation.ts): "ready" means one can sign in and browse the demo's
 * enterprises, parks and data; the web app says what is still being computed.
 * Used by `npm start` (main.ts) and `parkpilot serve`.
 */
export const startServer = async (config: Config, log: (line: string) => void = console.log): Promise<StartedServer> => {
  const started = Date.now();
  const ctx = await openServiceContext(config);
  let demoAccounts: DemoAccount[] | null = null;
  const demo = config.demo.seedOnFirstStart ? await demoState(ctx) : null;
  const status = config.demo.seedOnFirstStart ? (demo?.status ?? "none") : "complete";
  if (status === "none" || status === "in_progress") {
    log(`First start: generating the demo province (${config.demo.enterprises.toLocaleString("en")} generated enterprises, seed ${config.demo.seed}) …`);
    let lastPhase = "";
    const result = await generateDemo(ctx, {
      seed: config.demo.seed,
      enterprises: config.demo.enterprises,
      provinceCode: DEMO_PROVINCE,
      asOf: config.demo.asOf,
      replace: status === "in_progress",
      onProgress: (_done, _total, phase) => {
        if (phase !== lastPhase) log(`  … ${phase}`);
        lastPhase = phase;
      },
    });
    demoAccounts = result.accounts;
  }
  let demoDerivation: DemoDerivation | null = null;
  const app = await createApp({ ctx, config, webRoot: existsSync(WEB_ROOT) ? WEB_ROOT : null, demoDerivation: () => demoDerivation?.current() ?? null });
  const url = await app.listen({ host: config.http.host, port: config.http.port });
  // A demo left "generated" (a stop during its derivation, or `parkpilot seed demo --province`
  // cut short) is derived for the province it records.
  if (status !== "complete") demoDerivation = startDemoDerivation(ctx, status === "generated" ? (demo?.provinceCode ?? DEMO_PROVINCE) : DEMO_PROVINCE, log);
  const server: StartedServer = {
    app,
    url,
    demoAccounts,
    demoDerivation,
    async stop() {
      await app.close();
      await demoDerivation?.stop();
      await ctx.close();
    },
  };
  // Before "ready" is printed: whoever waits for it may signal at once.
  stopOnSignals(server, log);
  const shownUrl = `http://localhost:${config.http.port}`;
  log(`ParkPilot ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${shownUrl} (API docs ${shownUrl}/api/docs), database: ${describeDb(config)}`);
  if (demoAccounts) {
    log("Demo logins (generated data, labelled 演示/generated everywhere):");
    for (const a of demoAccounts) log(`  ${a.role.padEnd(16)} ${a.username} / ${a.password}   (${a.scopeName})`);
  }
  if (demoDerivation) log("Computing the demo's tier assessments, chain maps and park evaluation in the background (the web app shows the progress) …");
  return server;
};

/** The demo province: Guangdong, which the seed reports discuss. */
const DEMO_PROVINCE = "44";

const describeDb = (config: Config): string =>
  config.database.kind === "postgres" ? `PostgreSQL server (${new URL(config.database.url).host})` : `embedded PGlite (${config.database.dataDir})`;
