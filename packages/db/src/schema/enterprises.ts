import { ANNUAL_FIELDS, MONTHLY_FIELDS, type IndicatorField } from "@parkpilot/core";
import {
  boolean,
  char,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  varchar,
  type PgDoublePrecisionBuilderInitial,
} from "drizzle-orm/pg-core";
import { industries, parks, regions } from "./reference";
import { provenanceColumns } from "./provenance";

export type OperatingStatus = "operating" | "suspended" | "deregistered" | "relocated";

export const enterprises = pgTable(
  "enterprises",
  {
    id: serial("id").primaryKey(),
    creditCode: char("credit_code", { length: 18 }).notNull(),
    name: text("name").notNull(),
    parkId: integer("park_id").references(() => parks.id),
    provinceCode: char("province_code", { length: 2 }).notNull(),
    regionCode: char("region_code", { length: 6 }).references(() => regions.code),
    industryCode: varchar("industry_code", { length: 4 }).references(() => industries.code),
    foundedOn: date("founded_on", { mode: "string" }),
    /** 注册资本, 万元. */
    registeredCapital: doublePrecision("registered_capital"),
    listed: boolean("listed").notNull().default(false),
    /** 规模以上 (above designated size) in the statistical sense. */
    aboveDesignatedSize: boolean("above_designated_size"),
    operatingStatus: varchar("operating_status", { length: 16 }).$type<OperatingStatus>().notNull().default("operating"),
    mainProducts: text("main_products"),
    businessScope: text("business_scope"),
    /** True for enterprises made up by the demo generator: shown with a badge everywhere. */
    isGenerated: boolean("is_generated").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("enterprises_credit_code_uq").on(t.creditCode),
    // With the id, a park's or a province's enterprises are read from the index alone (chain maps).
    index("enterprises_park_idx").on(t.parkId, t.id),
    index("enterprises_province_idx").on(t.provinceCode, t.id),
    index("enterprises_industry_idx").on(t.industryCode),
  ],
);

type DoubleColumns<F extends readonly IndicatorField[]> = {
  [K in F[number]["key"]]: PgDoublePrecisionBuilderInitial<string>;
};

/** One nullable double column per catalogue field: the field lists are the single declaration. */
const valueColumns = <const F extends readonly IndicatorField[]>(fields: F): DoubleColumns<F> =>
  Object.fromEntries(fields.map((f) => [f.key, doublePrecision(f.column)])) as DoubleColumns<F>;

export const enterpriseAnnual = pgTable(
  "enterprise_annual",
  {
    enterpriseId: integer("enterprise_id").notNull().references(() => enterprises.id, { onDelete: "cascade" }),
    year: smallint("year").notNull(),
    ...valueColumns(ANNUAL_FIELDS),
    ...provenanceColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.enterpriseId, t.year] }),
    // A year's output and revenue per enterprise from the index alone: the scale figures of a chain
    // map join a year's rows of up to a million enterprises.
    index("enterprise_annual_year_idx").on(t.year, t.enterpriseId, t.industrialOutput, t.revenue),
  ],
);

export const enterpriseMonthly = pgTable(
  "enterprise_monthly",
  {
    enterpriseId: integer("enterprise_id").notNull().references(() => enterprises.id, { onDelete: "cascade" }),
    /** YYYY-MM */
    period: char("period", { length: 7 }).notNull(),
    ...valueColumns(MONTHLY_FIELDS),
    ...provenanceColumns(),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.period] }), index("enterprise_monthly_period_idx").on(t.period)],
);

export type LandSupplyMode = "transfer" | "long_lease" | "lease_then_transfer" | "flexible_term";
export type ParcelStatus = "in_use" | "idle" | "under_construction" | "vacant";

export const landParcels = pgTable(
  "land_parcels",
  {
    id: serial("id").primaryKey(),
    parkId: integer("park_id").notNull().references(() => parks.id),
    parcelCode: varchar("parcel_code", { length: 40 }).notNull(),
    holderEnterpriseId: integer("holder_enterprise_id").references(() => enterprises.id, { onDelete: "set null" }),
    areaMu: doublePrecision("area_mu").notNull(),
    landUse: varchar("land_use", { length: 24 }).notNull(),
    supplyMode: varchar("supply_mode", { length: 24 }).$type<LandSupplyMode>().notNull(),
    termStart: date("term_start", { mode: "string" }),
    termEnd: date("term_end", { mode: "string" }),
    plotRatio: doublePrecision("plot_ratio"),
    buildingAreaM2: doublePrecision("building_area_m2"),
    status: varchar("status", { length: 24 }).$type<ParcelStatus>().notNull().default("in_use"),
    isGenerated: boolean("is_generated").notNull().default(false),
    ...provenanceColumns(),
  },
  (t) => [uniqueIndex("land_parcels_code_uq").on(t.parkId, t.parcelCode), index("land_parcels_holder_idx").on(t.holderEnterpriseId)],
);
