import { sql } from "drizzle-orm";
import { bigserial, boolean, char, check, doublePrecision, index, integer, jsonb, pgTable, serial, text, timestamp, varchar } from "drizzle-orm/pg-core";
import { enterprises } from "./enterprises";
import { parks } from "./reference";

export type Role = "province_admin" | "park_admin" | "enterprise_user";

export const users = pgTable("users", {
  id: serial("id").primaryKey(),
  username: varchar("username", { length: 64 }).notNull().unique(),
  displayName: text("display_name").notNull(),
  passwordHash: text("password_hash").notNull(),
  locale: varchar("locale", { length: 8 }).notNull().default("zh-CN"),
  disabled: boolean("disabled").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
});

/** What a user may see: exactly one tenant (a province, a park or an enterprise) per membership. */
export const memberships = pgTable(
  "memberships",
  {
    id: serial("id").primaryKey(),
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    role: varchar("role", { length: 20 }).$type<Role>().notNull(),
    provinceCode: char("province_code", { length: 2 }),
    parkId: integer("park_id").references(() => parks.id, { onDelete: "cascade" }),
    enterpriseId: integer("enterprise_id").references(() => enterprises.id, { onDelete: "cascade" }),
  },
  (t) => [
    index("memberships_user_idx").on(t.userId),
    check(
      "memberships_one_tenant",
      sql`(${t.role} = 'province_admin' AND ${t.provinceCode} IS NOT NULL AND ${t.parkId} IS NULL AND ${t.enterpriseId} IS NULL)
       OR (${t.role} = 'park_admin' AND ${t.parkId} IS NOT NULL AND ${t.provinceCode} IS NULL AND ${t.enterpriseId} IS NULL)
       OR (${t.role} = 'enterprise_user' AND ${t.enterpriseId} IS NOT NULL AND ${t.provinceCode} IS NULL AND ${t.parkId} IS NULL)`,
    ),
  ],
);

/** Login sessions; the cookie carries a random token, the table only its SHA-256. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: char("token_hash", { length: 64 }).primaryKey(),
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    membershipId: integer("membership_id").notNull().references(() => memberships.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "string" }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Every write: who, when, what, before and after. Written in the same transaction as the change. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    action: varchar("action", { length: 40 }).notNull(),
    entity: varchar("entity", { length: 40 }).notNull(),
    entityKey: text("entity_key").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [index("audit_log_entity_idx").on(t.entity, t.entityKey), index("audit_log_user_idx").on(t.userId)],
);

export type ImportKind = "enterprises" | "annual" | "monthly" | "parcels";
export type ImportStatus = "validating" | "rejected" | "applied" | "failed";

export const importBatches = pgTable(
  "import_batches",
  {
    id: serial("id").primaryKey(),
    kind: varchar("kind", { length: 16 }).$type<ImportKind>().notNull(),
    fileName: text("file_name").notNull(),
    fileSha256: char("file_sha256", { length: 64 }).notNull(),
    fileBytes: integer("file_bytes").notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    /** The tenant the import was made in (what its rows were allowed to touch). */
    provinceCode: char("province_code", { length: 2 }),
    parkId: integer("park_id").references(() => parks.id, { onDelete: "set null" }),
    enterpriseId: integer("enterprise_id").references(() => enterprises.id, { onDelete: "set null" }),
    status: varchar("status", { length: 12 }).$type<ImportStatus>().notNull(),
    rowCount: integer("row_count").notNull().default(0),
    insertedCount: integer("inserted_count").notNull().default(0),
    updatedCount: integer("updated_count").notNull().default(0),
    errorCount: integer("error_count").notNull().default(0),
    /** Values of an applied import that need a second look (see import_warnings); all are counted. */
    warningCount: integer("warning_count").notNull().default(0),
    message: text("message"),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [index("import_batches_park_idx").on(t.parkId), index("import_batches_province_idx").on(t.provinceCode)],
);

/** Row errors of a rejected import: row and column as the user sees them in the file. */
export const importErrors = pgTable(
  "import_errors",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    batchId: integer("batch_id").notNull().references(() => importBatches.id, { onDelete: "cascade" }),
    row: integer("row"),
    column: text("column"),
    value: text("value"),
    message: text("message").notNull(),
  },
  (t) => [index("import_errors_batch_idx").on(t.batchId)],
);

/**
 * Values of an applied indicator import that need a second look: a hundred times (or a
 * hundredth of) the value of the period before (元 typed for 万元). They never block the import.
 * The column is the template's Chinese header; the reference is the enterprise's value of the
 * year before (or of the same month a year before) as it stood after the import: a row of the
 * same file (reference_row) or the stored value (reference_row null).
 */
export const importWarnings = pgTable(
  "import_warnings",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    batchId: integer("batch_id").notNull().references(() => importBatches.id, { onDelete: "cascade" }),
    row: integer("row").notNull(),
    column: text("column").notNull(),
    /** The indicator's catalogue key (ANNUAL_FIELDS / MONTHLY_FIELDS). */
    field: varchar("field", { length: 40 }).notNull(),
    value: doublePrecision("value").notNull(),
    referenceValue: doublePrecision("reference_value").notNull(),
    /** YYYY or YYYY-MM. */
    referencePeriod: varchar("reference_period", { length: 7 }).notNull(),
    referenceRow: integer("reference_row"),
    message: text("message").notNull(),
  },
  (t) => [index("import_warnings_batch_idx").on(t.batchId)],
);

/** Key-value settings of the installation (demo seeded, reference data version …). */
export const systemSettings = pgTable("system_settings", {
  key: varchar("key", { length: 64 }).primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
});
