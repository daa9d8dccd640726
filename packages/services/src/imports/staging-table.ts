import { randomBytes } from "node:crypto";
import type { Database } from "@parkpilot/db";
import type { StageColumn } from "./staging-csv";

/**
 * Per-import staging tables. COPY runs on its own connection (on the server it cannot join the
 * Drizzle transaction), so the staging table is a real table, not a temporary one: UNLOGGED,
 * because its content is rebuilt from the file whenever needed and WAL for it would be waste.
 * The name carries its creation time, so a later import can recognise leftovers of a crash.
 */
const PREFIX = "import_stage_";
const NAME = /^import_stage_(\d+)_[0-9a-f]+(_s\d+)?$/;

/** Staging tables older than this belong to an import that can no longer be running. */
export const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

export const stageTableName = (now: Date): string => `${PREFIX}${Math.floor(now.getTime() / 1000)}_${randomBytes(6).toString("hex")}`;

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export const createStageTable = async (database: Database, name: string, columns: readonly StageColumn[]): Promise<void> => {
  await database.query(`CREATE UNLOGGED TABLE ${quoteIdent(name)} (${columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(", ")})`);
};

export const dropStageTable = async (database: Database, name: string): Promise<void> => {
  await database.query(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
};

/** Drops staging tables left behind by imports that crashed; returns their names. */
export const dropStaleStageTables = async (database: Database, now: Date): Promise<string[]> => {
  const rows = await database.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'import\\_stage\\_%'`,
  );
  const stale = rows
    .map((r) => r.name)
    .filter((name) => {
      const m = NAME.exec(name);
      return m !== null && Number(m[1]) * 1000 < now.getTime() - STALE_AFTER_MS;
    });
  for (const name of stale) await dropStageTable(database, name);
  return stale;
};
