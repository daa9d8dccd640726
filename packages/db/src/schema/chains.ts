import { bigserial, char, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, varchar } from "drizzle-orm/pg-core";
import { users } from "./access";
import { enterprises } from "./enterprises";
import { parks } from "./reference";

/**
 * Industrial-chain templates as versioned data: segments (up/mid/downstream, nested) tied to
 * GB/T 4754 classes and product keywords, and edges saying which segment supplies which. Shipped
 * templates have no province; a province copy points at the template it was based on. A new
 * version is a new row; placements refer to the template code and version they were made with.
 */
export const chainTemplates = pgTable(
  "chain_templates",
  {
    id: serial("id").primaryKey(),
    code: varchar("code", { length: 48 }).notNull(),
    version: integer("version").notNull(),
    name: text("name").notNull(),
    provinceCode: char("province_code", { length: 2 }),
    basedOnId: integer("based_on_id"),
    definition: jsonb("definition").notNull(),
    citation: text("citation"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("chain_templates_code_version_uq").on(t.code, t.version)],
);

/** An enterprise placed on a chain segment, with how sure and why; staff overrides survive recomputation. */
export const chainPlacements = pgTable(
  "chain_placements",
  {
    enterpriseId: integer("enterprise_id").notNull().references(() => enterprises.id, { onDelete: "cascade" }),
    templateCode: varchar("template_code", { length: 48 }).notNull(),
    segmentKey: varchar("segment_key", { length: 64 }).notNull(),
    templateVersion: integer("template_version").notNull(),
    method: varchar("method", { length: 12 }).$type<"class" | "keyword" | "both" | "manual">().notNull(),
    confidence: doublePrecision("confidence").notNull(),
    reason: text("reason").notNull(),
    /** A person's decision: confirmed keeps it, rejected hides it; null = machine placement. */
    override: varchar("override", { length: 12 }).$type<"confirmed" | "rejected">(),
    overriddenBy: integer("overridden_by").references(() => users.id, { onDelete: "set null" }),
    overriddenAt: timestamp("overridden_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [
    primaryKey({ columns: [t.enterpriseId, t.templateCode, t.segmentKey] }),
    index("chain_placements_segment_idx").on(t.templateCode, t.segmentKey),
    // A chain map folds a template's placements per enterprise from this index alone, in enterprise order.
    index("chain_placements_template_idx").on(t.templateCode, t.enterpriseId, t.segmentKey, t.confidence, t.override),
  ],
);

export type ProjectStage = "lead" | "contacted" | "negotiating" | "signed" | "under_construction" | "producing" | "lost";

/** Investment-attraction projects from lead to production, with the commitments made at signing. */
export const investmentProjects = pgTable(
  "investment_projects",
  {
    id: serial("id").primaryKey(),
    parkId: integer("park_id").notNull().references(() => parks.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    investorName: text("investor_name").notNull(),
    investorCreditCode: char("investor_credit_code", { length: 18 }),
    investorEnterpriseId: integer("investor_enterprise_id").references(() => enterprises.id, { onDelete: "set null" }),
    templateCode: varchar("template_code", { length: 48 }),
    segmentKey: varchar("segment_key", { length: 64 }),
    industryCode: varchar("industry_code", { length: 4 }),
    stage: varchar("stage", { length: 20 }).$type<ProjectStage>().notNull().default("lead"),
    lostReason: text("lost_reason"),
    /** Commitments at signing: 万元, 亩, 万元/year, 万元/year, persons. */
    committedInvestment: doublePrecision("committed_investment"),
    committedLandMu: doublePrecision("committed_land_mu"),
    committedAnnualOutput: doublePrecision("committed_annual_output"),
    committedAnnualTax: doublePrecision("committed_annual_tax"),
    committedJobs: integer("committed_jobs"),
    signedOn: date("signed_on", { mode: "string" }),
    productionDueOn: date("production_due_on", { mode: "string" }),
    ownerUserId: integer("owner_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [index("investment_projects_park_idx").on(t.parkId, t.stage)],
);

export const projectStageHistory = pgTable(
  "project_stage_history",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    projectId: integer("project_id").notNull().references(() => investmentProjects.id, { onDelete: "cascade" }),
    fromStage: varchar("from_stage", { length: 20 }),
    toStage: varchar("to_stage", { length: 20 }).notNull(),
    note: text("note"),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [index("project_stage_history_project_idx").on(t.projectId)],
);

/** Actuals after signing, tracked against the commitments. */
export const projectActuals = pgTable(
  "project_actuals",
  {
    projectId: integer("project_id").notNull().references(() => investmentProjects.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    investment: doublePrecision("investment"),
    output: doublePrecision("output"),
    tax: doublePrecision("tax"),
    jobs: integer("jobs"),
    recordedBy: integer("recorded_by").references(() => users.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.year] })],
);

/** 链长制: a chain in a park or province has an owner (链长) and a team. */
export const chainOwners = pgTable(
  "chain_owners",
  {
    id: serial("id").primaryKey(),
    templateCode: varchar("template_code", { length: 48 }).notNull(),
    provinceCode: char("province_code", { length: 2 }),
    parkId: integer("park_id").references(() => parks.id, { onDelete: "cascade" }),
    ownerName: text("owner_name").notNull(),
    ownerTitle: text("owner_title"),
    ownerUserId: integer("owner_user_id").references(() => users.id, { onDelete: "set null" }),
    team: jsonb("team").$type<Array<{ name: string; role: string; userId?: number }>>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [index("chain_owners_scope_idx").on(t.provinceCode, t.parkId, t.templateCode)],
);

export const chainTasks = pgTable(
  "chain_tasks",
  {
    id: serial("id").primaryKey(),
    chainOwnerId: integer("chain_owner_id").notNull().references(() => chainOwners.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    detail: text("detail"),
    assigneeName: text("assignee_name"),
    dueOn: date("due_on", { mode: "string" }),
    status: varchar("status", { length: 16 }).$type<"todo" | "doing" | "done" | "cancelled">().notNull().default("todo"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [index("chain_tasks_owner_idx").on(t.chainOwnerId, t.status)],
);

/** A visit and follow-up log per enterprise shared by every team, so nobody visits unaware. */
export const enterpriseVisits = pgTable(
  "enterprise_visits",
  {
    id: serial("id").primaryKey(),
    enterpriseId: integer("enterprise_id").notNull().references(() => enterprises.id, { onDelete: "cascade" }),
    visitedOn: date("visited_on", { mode: "string" }).notNull(),
    team: text("team").notNull(),
    purpose: text("purpose").notNull(),
    notes: text("notes"),
    followUpOn: date("follow_up_on", { mode: "string" }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [index("enterprise_visits_enterprise_idx").on(t.enterpriseId, t.visitedOn)],
);
