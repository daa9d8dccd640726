import { sql } from "drizzle-orm";
import { bigserial, char, check, doublePrecision, index, integer, json, jsonb, pgTable, primaryKey, serial, smallint, text, timestamp, uniqueIndex, varchar, type AnyPgColumn } from "drizzle-orm/pg-core";
import { users } from "./access";
import { enterprises } from "./enterprises";
import { parks } from "./reference";

/** Per-mu (亩均) evaluation results per enterprise and year, with the rule set that scored them. */
export const landEvaluations = pgTable(
  "land_evaluations",
  {
    enterpriseId: integer("enterprise_id").notNull().references(() => enterprises.id, { onDelete: "cascade" }),
    year: smallint("year").notNull(),
    ruleSetId: varchar("rule_set_id", { length: 64 }).notNull(),
    ruleSetVersion: varchar("rule_set_version", { length: 32 }).notNull(),
    /** 规上 / 规下 method actually applied. */
    method: varchar("method", { length: 16 }).notNull(),
    score: doublePrecision("score"),
    /** A/B/C/D, or null when not evaluable (T类 / 不定等级, or data missing). */
    landClass: varchar("land_class", { length: 4 }),
    /**
     * The compact explanation (core's CompactLand). json, not jsonb: written a million at a time
     * and read back one whole document at a time, it is kept as the text it was written, which
     * PostgreSQL stores and checks in a third less time and space than jsonb's parsed form.
     */
    explanation: json("explanation").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.year, t.ruleSetId] }), index("land_evaluations_year_idx").on(t.year, t.ruleSetId, t.landClass)],
);

/**
 * Computed indicator values for parks and regions (annual or monthly), with the completeness of
 * the data behind each (how many enterprises reported of how many).
 */
export const indicatorValues = pgTable(
  "indicator_values",
  {
    indicatorKey: varchar("indicator_key", { length: 64 }).notNull(),
    /** "park:12", "region:440300", "province:44". */
    subject: varchar("subject", { length: 32 }).notNull(),
    /** "2025" or "2025-06". */
    period: varchar("period", { length: 7 }).notNull(),
    value: doublePrecision("value"),
    reporting: integer("reporting"),
    population: integer("population"),
    computedAt: timestamp("computed_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.indicatorKey, t.subject, t.period] }), index("indicator_values_subject_idx").on(t.subject, t.period)],
);

export type AlertStatus = "open" | "acknowledged" | "resolved";

/** Severity as a sort rank (critical first); the inbox's ORDER BY and its index use this same expression. */
export const alertSeverityRank = (severity: AnyPgColumn) => sql`CASE ${severity} WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END`;

/** Early-warning alerts raised by warning rule files; recomputation updates, never duplicates. */
export const alerts = pgTable(
  "alerts",
  {
    id: serial("id").primaryKey(),
    ruleId: varchar("rule_id", { length: 64 }).notNull(),
    ruleVersion: varchar("rule_version", { length: 32 }).notNull(),
    /** Stable identity of what the alert is about, e.g. "enterprise:123", "park:12", "park:12/industry:39". */
    subject: varchar("subject", { length: 64 }).notNull(),
    parkId: integer("park_id").references(() => parks.id, { onDelete: "cascade" }),
    enterpriseId: integer("enterprise_id").references(() => enterprises.id, { onDelete: "cascade" }),
    provinceCode: char("province_code", { length: 2 }).notNull(),
    period: varchar("period", { length: 7 }).notNull(),
    severity: varchar("severity", { length: 8 }).$type<"info" | "warning" | "critical">().notNull(),
    /** The title in Chinese, as raised (the rule's alert_title.zh filled in). */
    title: text("title").notNull(),
    /** The same title in English (alert_title.en); null on alerts raised before it was kept. */
    titleEn: text("title_en"),
    evidence: jsonb("evidence").notNull(),
    status: varchar("status", { length: 16 }).$type<AlertStatus>().notNull().default("open"),
    ownerUserId: integer("owner_user_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    raisedAt: timestamp("raised_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("alerts_identity_uq").on(t.ruleId, t.subject, t.period),
    index("alerts_park_status_idx").on(t.parkId, t.status),
    // The inbox order (most severe, newest first) within a province and status: a page of the
    // inbox reads 20 index entries instead of sorting every open alert of the province, and its
    // count (alertVisibility compares the province key) is an index-only scan.
    index("alerts_inbox_idx").on(t.provinceCode, t.status, sql`(${alertSeverityRank(t.severity)})`, t.period.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

/** Status changes of alerts (open → acknowledged → resolved with a note). */
export const alertEvents = pgTable(
  "alert_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    alertId: integer("alert_id").notNull().references(() => alerts.id, { onDelete: "cascade" }),
    fromStatus: varchar("from_status", { length: 16 }),
    toStatus: varchar("to_status", { length: 16 }).notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [index("alert_events_alert_idx").on(t.alertId)],
);

/**
 * Evidence for qualitative scorecard items (e.g. "a chain-leader system exists"): a park states
 * it with a note and an attachment; the item scores only when evidenced.
 */
export const scorecardEvidence = pgTable(
  "scorecard_evidence",
  {
    id: serial("id").primaryKey(),
    parkId: integer("park_id").notNull().references(() => parks.id, { onDelete: "cascade" }),
    year: smallint("year").notNull(),
    itemKey: varchar("item_key", { length: 64 }).notNull(),
    note: text("note").notNull(),
    attachmentName: text("attachment_name"),
    attachmentType: varchar("attachment_type", { length: 100 }),
    attachment: text("attachment_base64"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    /** The province's review: a park's evidence scores once accepted (core EvidenceReview). */
    reviewStatus: varchar("review_status", { length: 16 }).$type<"submitted" | "accepted" | "returned">().notNull().default("submitted"),
    reviewNote: text("review_note"),
    reviewedBy: integer("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [uniqueIndex("scorecard_evidence_uq").on(t.parkId, t.year, t.itemKey), check("scorecard_evidence_review_status_ck", sql`${t.reviewStatus} IN ('submitted', 'accepted', 'returned')`)],
);
