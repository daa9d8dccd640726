import { sql } from "drizzle-orm";
import type { Database, Tx } from "../client";
import { sqlStateOf } from "../database-errors";
import { DemoGenerationError } from "./errors";

/**
 * The record of a demo province in `system_settings` (key "demo") and the removal of generated
 * rows. A run claims the key in the same transaction that checks for, and on request removes,
 * an earlier demo; the key says "in_progress" until the run completes.
 */
export const DEMO_SETTING_KEY = "demo";

export interface DemoSettingValue {
  readonly seed: number;
  readonly enterprises: number;
  readonly provinceCode: string;
  readonly asOf: string;
  readonly generatedAt?: string;
  readonly status: DemoStatus;
  readonly rows?: Readonly<Record<string, number>>;
}

/**
 * in_progress: rows being written (a run that stops here is regenerated); generated: the rows and
 * logins are in, what is derived from them is not yet (a start resumes it); complete.
 */
export type DemoStatus = "in_progress" | "generated" | "complete";

// Serialises concurrent claims (two CLI runs at once); any constant unique to this purpose.
const DEMO_LOCK_ID = 4_419_260_001;

const rowsOf = <R>(result: unknown): R[] => (result as { rows: R[] }).rows;

/** Deletes every generated row inside `tx`. Throws if real data still refers to generated rows. */
const deleteGenerated = async (tx: Tx): Promise<void> => {
  // Keep writers out of enterprises until commit, so the checks below stay true.
  await tx.execute(sql`lock table enterprises in share mode`);
  const [{ real }] = rowsOf<{ real: boolean }>(await tx.execute(sql`select exists (select 1 from enterprises where not is_generated) as real`)) as [
    { real: boolean },
  ];
  if (real) {
    await tx.execute(sql`delete from enterprise_monthly where enterprise_id in (select id from enterprises where is_generated)`);
    await tx.execute(sql`delete from enterprise_annual where enterprise_id in (select id from enterprises where is_generated)`);
  } else {
    // Only generated enterprises exist, so every indicator row is generated: truncating is
    // transactional in PostgreSQL and far faster than deleting tens of millions of rows.
    await tx.execute(sql`truncate enterprise_monthly, enterprise_annual`);
  }
  await tx.execute(sql`delete from land_parcels where is_generated`);
  await tx.execute(sql`delete from enterprises where is_generated`);
  await tx.execute(sql`delete from system_settings where key = ${DEMO_SETTING_KEY}`);
  // With no enterprise left, ids restart at 1, so a replaced demo gets the same ids as a fresh
  // one. Done last: setval is not undone by a rollback.
  const [{ remaining }] = rowsOf<{ remaining: boolean }>(await tx.execute(sql`select exists (select 1 from enterprises) as remaining`)) as [
    { remaining: boolean },
  ];
  if (!remaining) await tx.execute(sql`select setval(pg_get_serial_sequence('enterprises', 'id'), 1, false)`);
};

const FOREIGN_KEY_VIOLATION = "23503";

/** Like deleteGenerated, but a reference from real data becomes a coded, explained refusal. */
const removeGenerated = async (tx: Tx): Promise<void> => {
  try {
    await deleteGenerated(tx);
  } catch (error) {
    if (sqlStateOf(error) !== FOREIGN_KEY_VIOLATION) throw error;
    const detail = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new DemoGenerationError(
      "replace_blocked",
      `generated rows cannot be removed while other data refers to them (users, imports or real parcels): ${detail}`,
      { cause: error },
    );
  }
};

/**
 * Claims the demo key for a new run. Without `replace`, refuses when a demo (complete or not)
 * or any generated enterprise is present; with it, removes them first, all in one transaction.
 */
export const claimDemo = async (database: Database, value: DemoSettingValue, replace: boolean): Promise<{ replaced: boolean }> => {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_LOCK_ID})`);
    const [state] = rowsOf<{ setting: DemoSettingValue | null; generated: boolean }>(
      await tx.execute(
        sql`select (select value from system_settings where key = ${DEMO_SETTING_KEY}) as setting,
                   exists (select 1 from enterprises where is_generated) as generated`,
      ),
    );
    const present = Boolean(state?.setting) || Boolean(state?.generated);
    if (present && !replace) {
      const s = state?.setting;
      const what = s ? `a demo province (seed ${s.seed}, ${s.enterprises} enterprises, province ${s.provinceCode}, ${s.status})` : "generated enterprises";
      throw new DemoGenerationError("demo_exists", `the database already holds ${what}; regenerate it with replace (the CLI's --replace)`);
    }
    if (present) await removeGenerated(tx);
    await tx.execute(
      sql`insert into system_settings (key, value) values (${DEMO_SETTING_KEY}, ${JSON.stringify(value)}::jsonb)
          on conflict (key) do update set value = excluded.value, updated_at = now()`,
    );
    return { replaced: present };
  });
};

/** Records the run's counts and status (complete, or still in progress when the caller goes on). */
export const recordDemo = async (database: Database, value: DemoSettingValue): Promise<void> => {
  await database.query(`update system_settings set value = $2::jsonb, updated_at = now() where key = $1`, [DEMO_SETTING_KEY, JSON.stringify(value)]);
};

/** Moves a demo left in progress (see DemoOptions.leaveInProgress) on: generated, then complete. */
export const setDemoStatus = async (database: Database, status: Exclude<DemoStatus, "in_progress">): Promise<void> => {
  await database.query(`update system_settings set value = jsonb_set(value, '{status}', to_jsonb($2::text)), updated_at = now() where key = $1`, [DEMO_SETTING_KEY, status]);
};

/** The demo's status and province, or null when the database holds no demo. */
export const readDemoState = async (database: Database): Promise<{ status: DemoStatus; provinceCode: string } | null> => {
  const [row] = await database.query<{ status: DemoStatus; province: string }>(
    `select value->>'status' as status, value->>'provinceCode' as province from system_settings where key = $1`,
    [DEMO_SETTING_KEY],
  );
  return row ? { status: row.status, provinceCode: row.province } : null;
};

/** Removes a failed run's partial rows and its claim, so the database is as before the run. */
export const abandonDemo = async (database: Database): Promise<void> => {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_LOCK_ID})`);
    await removeGenerated(tx);
  });
};
