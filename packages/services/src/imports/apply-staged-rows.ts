import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Tx } from "@parkpilot/db";
import type { ImportKind } from "@parkpilot/db/schema";
import type { TenantScope } from "../tenancy/actor";
import { enterpriseVisibility, parkVisibility } from "../tenancy/visibility";
import { conflict } from "../errors/app-error";
import { indicatorFields } from "./indicator-row-processor";
import { fieldSourcesUpdateSql, rowSourceUpdateSql, type DataColumn } from "./provenance-sql";
import { quoteIdent } from "./staging-table";

export interface ApplyInput {
  readonly kind: ImportKind;
  readonly stage: string;
  readonly scope: TenantScope;
  /** Keys of the import columns present in the file: only those columns are written. */
  readonly present: ReadonlySet<string>;
  readonly batchId: number;
  readonly userId: number;
  readonly at: string;
  /** Rows staged; every one must land, or the transaction is rolled back. */
  readonly expected: number;
}

export interface ApplyCounts {
  readonly inserted: number;
  readonly updated: number;
}

const raw = (text: string): SQL => sql.raw(text);

/**
 * Runs one INSERT … SELECT … ON CONFLICT DO UPDATE and counts what it did without shipping a
 * row per record back to the client: xmax = 0 marks a freshly inserted row version.
 */
const upsert = async (tx: Tx, statement: SQL, expected: number): Promise<ApplyCounts> => {
  const result = await tx.execute(
    sql`WITH up AS (${statement} RETURNING (xmax = 0) AS inserted) SELECT count(*)::int AS total, (count(*) FILTER (WHERE inserted))::int AS inserted FROM up`,
  );
  const [counts] = rowsOf<{ total: number; inserted: number }>(result);
  const total = Number(counts?.total ?? 0);
  const inserted = Number(counts?.inserted ?? 0);
  if (total !== expected) {
    // Validation saw every row as allowed; the database says otherwise now (an enterprise moved
    // to another park, a park left the scope). Roll everything back rather than apply part.
    throw conflict(`import: ${expected - total} of ${expected} rows are no longer within your tenancy; nothing was applied, please retry`);
  }
  return { inserted, updated: total - inserted };
};

const provenanceInsertColumns = "source_kind, source_batch_id, source_row, source_user_id, source_note, recorded_at, field_sources";
const provenanceSelect = (input: ApplyInput): SQL =>
  sql`'import', ${input.batchId}, s.row, ${input.userId}, NULL, ${input.at}::timestamptz, '{}'::jsonb`;

const applyIndicators = (tx: Tx, input: ApplyInput, grain: "annual" | "monthly"): Promise<ApplyCounts> => {
  const table = grain === "annual" ? "enterprise_annual" : "enterprise_monthly";
  const periodColumn = grain === "annual" ? "year" : "period";
  const all: DataColumn[] = indicatorFields(grain).map((f) => ({ key: f.key, column: f.column }));
  const written = all.filter((c) => input.present.has(c.key));
  const cols = written.map((c) => c.column);
  const statement = sql.join([
    raw(`INSERT INTO ${table} AS t (enterprise_id, ${periodColumn}${cols.map((c) => `, ${c}`).join("")}, ${provenanceInsertColumns}) `),
    raw(`SELECT s.enterprise_id, s.${periodColumn}${cols.map((c) => `, s.${c}`).join("")}, `),
    provenanceSelect(input),
    raw(` FROM ${quoteIdent(input.stage)} s JOIN enterprises ON enterprises.id = s.enterprise_id WHERE `),
    enterpriseVisibility(input.scope),
    raw(` ON CONFLICT (enterprise_id, ${periodColumn}) DO UPDATE SET `),
    raw([...cols.map((c) => `${c} = EXCLUDED.${c}`), rowSourceUpdateSql(), `field_sources = ${fieldSourcesUpdateSql("t", all, input.present)}`].join(", ")),
  ]);
  return upsert(tx, statement, input.expected);
};

const ENTERPRISE_OPTIONAL: readonly DataColumn[] = [
  { key: "industryCode", column: "industry_code" },
  { key: "foundedOn", column: "founded_on" },
  { key: "registeredCapital", column: "registered_capital" },
  { key: "aboveDesignatedSize", column: "above_designated_size" },
  { key: "mainProducts", column: "main_products" },
  { key: "businessScope", column: "business_scope" },
];

/**
 * Enterprises have no per-value provenance (master data; the audit log records the batch).
 * listed and operating_status are NOT NULL in the schema: a blank cell keeps the stored value
 * (new enterprises get the column default), because the database cannot hold "unknown" there.
 */
const applyEnterprises = (tx: Tx, input: ApplyInput): Promise<ApplyCounts> => {
  const optional = ENTERPRISE_OPTIONAL.filter((c) => input.present.has(c.key)).map((c) => c.column);
  const stage = quoteIdent(input.stage);
  const keepWhenBlank = (key: string, column: string) =>
    input.present.has(key) ? [`${column} = COALESCE((SELECT s2.${column} FROM ${stage} s2 WHERE s2.credit_code = EXCLUDED.credit_code), enterprises.${column})`] : [];
  const statement = sql.join([
    raw(`INSERT INTO enterprises (credit_code, name, park_id, province_code${optional.map((c) => `, ${c}`).join("")}, listed, operating_status, updated_at) `),
    raw(`SELECT s.credit_code, s.name, s.park_id, parks.province_code${optional.map((c) => `, s.${c}`).join("")}, COALESCE(s.listed, false), COALESCE(s.operating_status, 'operating'), `),
    sql`${input.at}::timestamptz`,
    raw(` FROM ${stage} s JOIN parks ON parks.id = s.park_id WHERE `),
    parkVisibility(input.scope),
    raw(" ON CONFLICT (credit_code) DO UPDATE SET "),
    raw(
      [
        "name = EXCLUDED.name",
        "park_id = EXCLUDED.park_id",
        "province_code = EXCLUDED.province_code",
        ...optional.map((c) => `${c} = EXCLUDED.${c}`),
        ...keepWhenBlank("listed", "listed"),
        ...keepWhenBlank("operatingStatus", "operating_status"),
        "updated_at = EXCLUDED.updated_at",
      ].join(", "),
    ),
    // The existing enterprise must be the importer's too (a park cannot take over another's).
    raw(" WHERE "),
    enterpriseVisibility(input.scope),
  ]);
  return upsert(tx, statement, input.expected);
};

const PARCEL_COLUMNS: readonly (DataColumn & { importKey: string })[] = [
  { importKey: "holderCreditCode", key: "holderEnterpriseId", column: "holder_enterprise_id" },
  { importKey: "areaMu", key: "areaMu", column: "area_mu" },
  { importKey: "landUse", key: "landUse", column: "land_use" },
  { importKey: "supplyMode", key: "supplyMode", column: "supply_mode" },
  { importKey: "termStart", key: "termStart", column: "term_start" },
  { importKey: "termEnd", key: "termEnd", column: "term_end" },
  { importKey: "plotRatio", key: "plotRatio", column: "plot_ratio" },
  { importKey: "buildingAreaM2", key: "buildingAreaM2", column: "building_area_m2" },
  { importKey: "status", key: "status", column: "status" },
];

const applyParcels = (tx: Tx, input: ApplyInput): Promise<ApplyCounts> => {
  const written = PARCEL_COLUMNS.filter((c) => input.present.has(c.importKey));
  const writtenKeys = new Set(written.map((c) => c.key));
  const cols = written.map((c) => c.column);
  const statement = sql.join([
    raw(`INSERT INTO land_parcels AS t (park_id, parcel_code${cols.map((c) => `, ${c}`).join("")}, ${provenanceInsertColumns}) `),
    raw(`SELECT s.park_id, s.parcel_code${cols.map((c) => `, s.${c}`).join("")}, `),
    provenanceSelect(input),
    raw(` FROM ${quoteIdent(input.stage)} s JOIN parks ON parks.id = s.park_id WHERE `),
    parkVisibility(input.scope),
    raw(" AND (s.holder_enterprise_id IS NULL OR EXISTS (SELECT 1 FROM enterprises WHERE enterprises.id = s.holder_enterprise_id AND "),
    enterpriseVisibility(input.scope),
    raw(")) ON CONFLICT (park_id, parcel_code) DO UPDATE SET "),
    raw([...cols.map((c) => `${c} = EXCLUDED.${c}`), rowSourceUpdateSql(), `field_sources = ${fieldSourcesUpdateSql("t", PARCEL_COLUMNS, writtenKeys)}`].join(", ")),
  ]);
  return upsert(tx, statement, input.expected);
};

/** Moves the staged rows into their table, inside the caller's transaction. */
export const applyStagedRows = (tx: Tx, input: ApplyInput): Promise<ApplyCounts> => {
  switch (input.kind) {
    case "annual":
    case "monthly":
      return applyIndicators(tx, input, input.kind);
    case "enterprises":
      return applyEnterprises(tx, input);
    case "parcels":
      return applyParcels(tx, input);
  }
};
