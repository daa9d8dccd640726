import type { Command } from "commander";
import { startServer } from "@parkpilot/server";
import { readConfig } from "../runtime";

export const registerServeCommand = (program: Command): void => {
  program
    .command("serve")
    .description("Start the web server and API (same as npm start)")
    .option("--port <port>", "port (overrides PORT)")
    .action(async (o: { port?: string }) => {
      if (o.port) process.env.PORT = o.port;
      await startServer(readConfig());
    });
};
