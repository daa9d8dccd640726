import type { Command } from "commander";
import { withContext } from "../runtime";

export const registerDbCommands = (program: Command): void => {
  const db = program.command("db").description("Database maintenance");
  db.command("migrate")
    .description("Apply schema migrations and load the shipped reference data (idempotent)")
    .action(async () => {
      await withContext(async (_ctx, config) => {
        const where = config.database.kind === "postgres" ? "PostgreSQL server" : `embedded PGlite at ${config.database.dataDir}`;
        console.log(`Database is up to date (${where}).`);
      });
    });
};
