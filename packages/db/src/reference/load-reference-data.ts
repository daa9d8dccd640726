import { sql } from "drizzle-orm";
import type { Database, Tx } from "../client";
import { rowsOf } from "../raw-sql";
import { createLeadingIndustryMatcher } from "./match-leading-industry";
import { parseLeadingIndustryMap } from "./parse-leading-industry-map";
import { parseReferenceCsv } from "./parse-reference-csv";
import type { PruneResult } from "./prune-vanished-rows";
import { readReferenceFiles } from "./read-reference-files";
import { replaceParkLeadingIndustries } from "./replace-park-leading-industries";
import { upsertCatalogueParks } from "./upsert-catalogue-parks";
import { upsertIndustries } from "./upsert-industries";
import { upsertRegions } from "./upsert-regions";

export const REFERENCE_DATA_SETTING = "reference_data";

export interface ReferenceDataLoad {
  /** False when the database already held this version (the usual start). */
  readonly loaded: boolean;
  readonly version: string;
}

const readVersion = async (runner: Pick<Tx, "execute">): Promise<string | null> => {
  const [row] = rowsOf<{ version: string | null }>(
    await runner.execute(sql`SELECT value->>'version' AS version FROM system_settings WHERE key = ${REFERENCE_DATA_SETTING}`),
  );
  return row?.version ?? null;
};

/**
 * Loads the shipped reference data (packages/db/reference/*.csv): divisions, GB/T 4754 and
 * its derived classifications, the catalogue parks and their leading industries. The files'
 * hash is recorded in system_settings; a start that finds the same hash does nothing. A
 * different hash updates in place inside one transaction — upserts by code (regions,
 * industries) and by catalogue code + name (parks) — so ids and the foreign keys of
 * enterprises, memberships and the rest stay valid; rows a version drops are deleted only
 * when nothing refers to them.
 */
export const loadReferenceData = async (database: Database, referenceDir?: string): Promise<ReferenceDataLoad> => {
  const files = readReferenceFiles(referenceDir);
  if ((await readVersion(database.db)) === files.version) return { loaded: false, version: files.version };

  const loaded = await database.db.transaction(async (tx) => {
    // Two processes starting on one database: the second waits here, then finds the work done.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('parkpilot.reference_data'))`);
    if ((await readVersion(tx)) === files.version) return false;

    const regions = await upsertRegions(tx, parseReferenceCsv(files.texts.regions));
    const industries = await upsertIndustries(tx, parseReferenceCsv(files.texts.industries), parseReferenceCsv(files.texts.industryClassifications));
    const parkRows = parseReferenceCsv(files.texts.parks);
    const parks = await upsertCatalogueParks(tx, parkRows);
    const match = createLeadingIndustryMatcher(parseLeadingIndustryMap(files.texts.leadingIndustryMap));
    const leadingIndustries = await replaceParkLeadingIndustries(tx, parkRows, match);

    const retained = (result: PruneResult) => result.retained;
    const value = {
      version: files.version,
      parks: parkRows.length,
      leadingIndustryItems: leadingIndustries.items,
      leadingIndustryItemsMapped: leadingIndustries.mapped,
      // Rows an earlier version listed that this one does not, kept because data refers to them.
      retained: { regions: retained(regions), industries: retained(industries), parks: retained(parks) },
    };
    await tx.execute(sql`
      INSERT INTO system_settings (key, value, updated_at) VALUES (${REFERENCE_DATA_SETTING}, ${JSON.stringify(value)}::jsonb, now())
      ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
    return true;
  });
  return { loaded, version: files.version };
};
