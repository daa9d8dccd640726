import { randomBytes } from "node:crypto";
import type { Database } from "@parkpilot/db";
import { createStageTable, dropStageTable, quoteIdent } from "../../imports/staging-table";

/**
 * The staging table of one evaluation run: every changed assessment is COPYed here while the
 * population streams through the engine, then applied by one upsert (and the rows that fell out
 * of the stored set by one delete) in a single transaction. UNLOGGED like the import stages,
 * named with its creation time so a later run removes what a crash left behind.
 */
const PREFIX = "tier_stage_";
const NAME = /^tier_stage_(\d+)_[0-9a-f]+$/;
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

export const STAGE_COLUMNS = [
  { name: "op", type: "char(1) NOT NULL" },
  { name: "enterprise_id", type: "integer NOT NULL" },
  { name: "rule_set_id", type: "varchar(64) NOT NULL" },
  { name: "rule_set_version", type: "varchar(32)" },
  { name: "outcome", type: "varchar(16)" },
  { name: "score", type: "double precision" },
  { name: "classification", type: "varchar(32)" },
  { name: "closeness", type: "double precision" },
  { name: "failed_count", type: "smallint" },
  { name: "unknown_count", type: "smallint" },
  { name: "explanation", type: "jsonb" },
  { name: "input_hash", type: "char(16)" },
] as const;

export const createTierStage = async (database: Database, now: Date): Promise<string> => {
  const existing = await database.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'tier\\_stage\\_%'`);
  for (const { name } of existing) {
    const m = NAME.exec(name);
    if (m && Number(m[1]) * 1000 < now.getTime() - STALE_AFTER_MS) await dropStageTable(database, name);
  }
  const name = `${PREFIX}${Math.floor(now.getTime() / 1000)}_${randomBytes(6).toString("hex")}`;
  await createStageTable(database, name, STAGE_COLUMNS);
  return name;
};

export { dropStageTable as dropTierStage, quoteIdent };

/** A number field for the staging COPY: empty for null (unknown). */
export const csvNumber = (v: number | null): string => (v === null || !Number.isFinite(v) ? "" : String(v));
