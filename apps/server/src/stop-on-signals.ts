import type { StartedServer } from "./start-server";

/**
 * Stops the server on SIGINT or SIGTERM and exits (0, or 1 when it could not stop cleanly).
 * Stopping closes the database, which writes it to disk (a shutdown checkpoint): a second signal
 * during that (Ctrl-C pressed twice, a `pkill` that reaches a wrapper and the server) must not cut
 * it short, or the next start first replays the write-ahead log (3.9 s after a first start's demo).
 * Installed by startServer once it listens.
 */
export const stopOnSignals = (server: StartedServer, log: (line: string) => void = console.log): void => {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal}: already stopping, writing the database to disk …`);
      return;
    }
    stopping = true;
    log(`${signal}: stopping …`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
};
