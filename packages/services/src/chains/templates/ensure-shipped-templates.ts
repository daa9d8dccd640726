import type { Database } from "@parkpilot/db";
import { shippedChainFiles } from "../files/load-chain-files";

const ensured = new WeakMap<Database, Promise<void>>();

/**
 * Loads the shipped chain templates into chain_templates, once per database and process, like
 * reference data: every chain use case awaits it first (lazy provisioning, so the database
 * package stays free of chain rules), and openServiceContext may call it at start. A shipped
 * template is inserted only when no shipped row of its code has the same definition, with the
 * next free version number of the code; running it twice, or from two processes, changes
 * nothing the second time.
 */
export const ensureShippedChainTemplates = (database: Database): Promise<void> => {
  let pending = ensured.get(database);
  if (!pending) {
    pending = insertShipped(database).catch((error: unknown) => {
      ensured.delete(database);
      throw error;
    });
    ensured.set(database, pending);
  }
  return pending;
};

const insertShipped = async (database: Database): Promise<void> => {
  for (const definition of shippedChainFiles().templates) {
    await database.query(
      `INSERT INTO chain_templates (code, version, name, province_code, definition, citation)
       SELECT $1::varchar, coalesce(max(version), 0) + 1, $2::text, NULL, $3::jsonb, $4::text FROM chain_templates WHERE code = $1::varchar
       HAVING NOT EXISTS (SELECT 1 FROM chain_templates WHERE code = $1::varchar AND province_code IS NULL AND definition = $3::jsonb)
       ON CONFLICT (code, version) DO NOTHING`,
      [definition.code, definition.name, JSON.stringify(definition), definition.citation],
    );
  }
};
