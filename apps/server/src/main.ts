import { ConfigError, loadConfig } from "@parkpilot/services";
import { startServer } from "./start-server";

/** `npm start`: read the configuration once, start, stop cleanly on SIGINT/SIGTERM. */
const main = async () => {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  await startServer(config);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
