import type { Database } from "./client";
import { loadReferenceData } from "./reference/load-reference-data";

/**
 * Brings a database to the state the application needs: schema migrations, then the shipped
 * reference data (loaded once; later starts find it in place). Called at every start and by
 * the test template.
 */
export const prepareDatabase = async (database: Database): Promise<void> => {
  await database.migrate();
  await loadReferenceData(database);
};
