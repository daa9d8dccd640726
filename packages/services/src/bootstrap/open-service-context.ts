import { openDatabase, prepareDatabase } from "@parkpilot/db";
import type { Config } from "../config/load-config";
import { systemClock, type ServiceContext } from "../context";

export interface OpenServiceContext extends ServiceContext {
  close(): Promise<void>;
}

/** Opens the configured database (embedded PGlite or a server), migrates it and loads reference data. */
export const openServiceContext = async (config: Pick<Config, "database">): Promise<OpenServiceContext> => {
  const database = await openDatabase(config.database.kind === "postgres" ? config.database : { kind: "pglite", dataDir: config.database.dataDir });
  try {
    await prepareDatabase(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return { database, clock: systemClock, close: () => database.close() };
};
