import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { hasUnfinishedDemo, isDemoSeeded, openServiceContext, seedDemo, type Config, type DemoAccount } from "@parkpilot/services";
import { createApp } from "./app";
import { stopOnSignals } from "./stop-on-signals";

export const WEB_ROOT = fileURLToPath(new URL("../../web/dist", import.meta.url));

export interface StartedServer {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly demoAccounts: DemoAccount[] | null;
  stop(): Promise<void>;
}

/**
 * Opens and prepares the database, seeds the demo province on the very first start (when
 * enabled), listens, and stops cleanly on SIGINT/SIGTERM from then on (stop-on-signals.ts).
 * Used by `npm start` (main.ts) and `parkpilot serve`.
 */
export const startServer = async (config: Config, log: (line: string) => void = console.log): Promise<StartedServer> => {
  const started = Date.now();
  const ctx = await openServiceContext(config);
  let demoAccounts: DemoAccount[] | null = null;
  if (config.demo.seedOnFirstStart && !(await isDemoSeeded(ctx))) {
    log(`First start: generating the demo province (${config.demo.enterprises.toLocaleString("en")} generated enterprises, seed ${config.demo.seed}) …`);
    let lastPhase = "";
    const result = await seedDemo(ctx, {
      seed: config.demo.seed,
      enterprises: config.demo.enterprises,
      provinceCode: "44",
      asOf: config.demo.asOf,
      replace: await hasUnfinishedDemo(ctx),
      onProgress: (_done, _total, phase) => {
        if (phase !== lastPhase) log(`  … ${phase}`);
        lastPhase = phase;
      },
    });
    demoAccounts = result.accounts;
  }
  const app = await createApp({ ctx, config, webRoot: existsSync(WEB_ROOT) ? WEB_ROOT : null });
  const url = await app.listen({ host: config.http.host, port: config.http.port });
  const server: StartedServer = {
    app,
    url,
    demoAccounts,
    async stop() {
      await app.close();
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
  return server;
};

const describeDb = (config: Config): string =>
  config.database.kind === "postgres" ? `PostgreSQL server (${new URL(config.database.url).host})` : `embedded PGlite (${config.database.dataDir})`;
