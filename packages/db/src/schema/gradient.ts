import { bigint, boolean, char, date, doublePrecision, index, integer, json, jsonb, pgTable, primaryKey, serial, smallint, text, timestamp, uniqueIndex, varchar } from "drizzle-orm/pg-core";
import { users } from "./access";
import { enterprises } from "./enterprises";
import { parks } from "./reference";
import type { SourceKind } from "./provenance";

/**
 * Recognised honours (认定/入库) per enterprise: what an official list says, with validity.
 * Eligibility computed by the rule engine is stored apart (tier_assessments): eligible is never
 * recognised.
 */
export const enterpriseHonours = pgTable(
  "enterprise_honours",
  {
    id: serial("id").primaryKey(),
    enterpriseId: integer("enterprise_id").notNull().references(() => enterprises.id, { onDelete: "cascade" }),
    /** Tier key, e.g. tech_sme, innovative_sme, high_tech, specialized_sme, little_giant … */
    tier: varchar("tier", { length: 32 }).notNull(),
    level: varchar("level", { length: 12 }).$type<"national" | "provincial" | "municipal" | "district">(),
    batch: text("batch"),
    year: smallint("year"),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validUntil: date("valid_until", { mode: "string" }),
    certificateNo: text("certificate_no"),
    /** Where the honour was learnt: an official list import, a manual entry, the API. */
    sourceKind: varchar("source_kind", { length: 12 }).$type<SourceKind>().notNull(),
    sourceBatchId: bigint("source_batch_id", { mode: "number" }),
    sourceRow: integer("source_row"),
    sourceNote: text("source_note"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("enterprise_honours_uq").on(t.enterpriseId, t.tier, t.validFrom), index("enterprise_honours_tier_idx").on(t.tier)],
);

/**
 * Facts about an enterprise that are not annual indicators but that tier rules read (awards,
 * R&D institutions, niche start, market share, the MIIT platform's 专精特新 score, valuation,
 * credit-list flags …). Keys come from the rule engine's fact catalogue; each carries provenance.
 */
export const enterpriseFacts = pgTable(
  "enterprise_facts",
  {
    enterpriseId: integer("enterprise_id").notNull().references(() => enterprises.id, { onDelete: "cascade" }),
    key: varchar("key", { length: 64 }).notNull(),
    numberValue: doublePrecision("number_value"),
    textValue: text("text_value"),
    boolValue: boolean("bool_value"),
    /** The date the fact refers to (award year, valuation date …). */
    asOf: date("as_of", { mode: "string" }),
    sourceKind: varchar("source_kind", { length: 12 }).$type<SourceKind>().notNull(),
    sourceBatchId: bigint("source_batch_id", { mode: "number" }),
    sourceRow: integer("source_row"),
    sourceUserId: integer("source_user_id"),
    sourceNote: text("source_note"),
    recordedAt: timestamp("recorded_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  // (key, enterprise): a tier run reads its facts batch by batch (these keys, a range of
  // enterprises) as index ranges, where the primary key's order made the planner scan the table.
  (t) => [primaryKey({ columns: [t.enterpriseId, t.key] }), index("enterprise_facts_key_enterprise_idx").on(t.key, t.enterpriseId)],
);

export type AssessmentOutcome = "eligible" | "not_eligible" | "undetermined";

/**
 * Eligibility per enterprise, rule set and year, with the explanation and the rule version used.
 *
 * Derived data, rewritten by every tier run (a million enterprises write some 1.6 million rows):
 * its enterprise is not a declared foreign key, whose check per row was a third of the time of
 * storing them (decision 0009). A tier run writes only enterprises it has just read; a deleted
 * enterprise's assessments are deleted with it by a trigger (migration 0008); every reader reaches
 * assessments through their enterprise.
 */
export const tierAssessments = pgTable(
  "tier_assessments",
  {
    enterpriseId: integer("enterprise_id").notNull(),
    ruleSetId: varchar("rule_set_id", { length: 64 }).notNull(),
    year: smallint("year").notNull(),
    ruleSetVersion: varchar("rule_set_version", { length: 32 }).notNull(),
    /** The date the rules were selected for (in force on it). */
    evaluatedFor: date("evaluated_for", { mode: "string" }).notNull(),
    outcome: varchar("outcome", { length: 16 }).$type<AssessmentOutcome>().notNull(),
    score: doublePrecision("score"),
    classification: varchar("classification", { length: 32 }),
    /** Share of criteria passed, for ranking candidates by closeness. */
    closeness: doublePrecision("closeness"),
    failedCount: smallint("failed_count").notNull().default(0),
    unknownCount: smallint("unknown_count").notNull().default(0),
    /** Not eligible but close (NEAR_MISS_SHARE), as decided when assessed: what the funnel counts. */
    nearMiss: boolean("near_miss").notNull().default(false),
    /** The stored explanation (storedExplanation in services): written and read whole, so json, not jsonb. */
    explanation: json("explanation").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    /** Hash of the inputs and rule version, so recomputation can skip unchanged enterprises. */
    inputHash: char("input_hash", { length: 16 }),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.ruleSetId, t.year] }), index("tier_assessments_rule_year_idx").on(t.ruleSetId, t.year, t.outcome)],
);

/** Support measures attached to tiers (policies, services, funds), per province or park. */
export const supportMeasures = pgTable(
  "support_measures",
  {
    id: serial("id").primaryKey(),
    provinceCode: char("province_code", { length: 2 }),
    parkId: integer("park_id").references(() => parks.id, { onDelete: "cascade" }),
    tier: varchar("tier", { length: 32 }).notNull(),
    kind: varchar("kind", { length: 16 }).$type<"policy" | "service" | "fund" | "training">().notNull(),
    title: text("title").notNull(),
    description: text("description"),
    reference: text("reference"),
    active: boolean("active").notNull().default(true),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [index("support_measures_scope_idx").on(t.provinceCode, t.parkId, t.tier)],
);

/** Province-level settings (chosen rule-set variants, overridden local thresholds …). */
export const provinceSettings = pgTable(
  "province_settings",
  {
    provinceCode: char("province_code", { length: 2 }).notNull(),
    key: varchar("key", { length: 64 }).notNull(),
    value: jsonb("value").notNull(),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provinceCode, t.key] })],
);
