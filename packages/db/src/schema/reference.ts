import { boolean, char, doublePrecision, index, integer, pgTable, primaryKey, serial, smallint, text, varchar } from "drizzle-orm/pg-core";

/** Administrative divisions (GB/T 2260 six-digit codes): province, city, county. */
export const regions = pgTable(
  "regions",
  {
    code: char("code", { length: 6 }).primaryKey(),
    name: text("name").notNull(),
    level: varchar("level", { length: 8 }).$type<"province" | "city" | "county">().notNull(),
    parentCode: char("parent_code", { length: 6 }),
    provinceCode: char("province_code", { length: 2 }).notNull(),
  },
  (t) => [index("regions_parent_idx").on(t.parentCode), index("regions_province_idx").on(t.provinceCode)],
);

/** GB/T 4754-2017 (with 2019 amendment): 门类 section, 大类 division, 中类 group, 小类 class. */
export const industries = pgTable(
  "industries",
  {
    code: varchar("code", { length: 4 }).primaryKey(),
    name: text("name").notNull(),
    level: smallint("level").notNull(),
    parentCode: varchar("parent_code", { length: 4 }),
    section: char("section", { length: 1 }).notNull(),
  },
  (t) => [index("industries_parent_idx").on(t.parentCode)],
);

/** Derived NBS classifications mapped onto GB/T 4754 classes (战略性新兴产业, 高技术产业 …). */
export const industryClassifications = pgTable(
  "industry_classifications",
  {
    classification: varchar("classification", { length: 24 }).notNull(),
    industryCode: varchar("industry_code", { length: 4 }).notNull().references(() => industries.code),
    categoryPath: text("category_path").notNull(),
    partial: boolean("partial").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.classification, t.industryCode, t.categoryPath] })],
);

/** Development zones of the 2018 audit catalogue, and parks added later by hand. */
export const parks = pgTable(
  "parks",
  {
    id: serial("id").primaryKey(),
    catalogueCode: varchar("catalogue_code", { length: 8 }),
    catalogueSerial: integer("catalogue_serial"),
    name: text("name").notNull(),
    level: varchar("level", { length: 12 }).$type<"national" | "provincial">().notNull(),
    kind: varchar("kind", { length: 16 }).$type<ParkKind>().notNull(),
    /** The catalogue's own type wording, e.g. 经济技术开发区, 工业园区. */
    kindText: text("kind_text").notNull(),
    provinceCode: char("province_code", { length: 2 }).notNull(),
    regionCode: char("region_code", { length: 6 }).references(() => regions.code),
    approvedOn: text("approved_on"),
    approvalText: text("approval_text"),
    approvedAreaKm2: doublePrecision("approved_area_km2"),
    leadingIndustriesText: text("leading_industries_text"),
    longitude: doublePrecision("longitude"),
    latitude: doublePrecision("latitude"),
    /** Where the point came from: a trusted catalogue geocode (demo/test only) or a manual pick. */
    locationSource: varchar("location_source", { length: 24 }).$type<"catalogue_geocode" | "manual">(),
    source: varchar("source", { length: 24 }).$type<"catalogue_2018" | "manual">().notNull(),
  },
  (t) => [index("parks_province_idx").on(t.provinceCode), index("parks_code_idx").on(t.catalogueCode)],
);

export type ParkKind = "etdz" | "hitech" | "customs" | "border" | "other" | "provincial_ez" | "industrial";

/**
 * A park's declared leading industries, in catalogue order, with the original wording kept.
 * One declared item may cover several GB/T 4754 codes (装备制造 → 33–35, 38–40); an item that
 * could not be mapped has no codes and status "unmapped".
 */
export const parkLeadingIndustries = pgTable(
  "park_leading_industries",
  {
    parkId: integer("park_id").notNull().references(() => parks.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    label: text("label").notNull(),
    industryCodes: text("industry_codes").array().notNull(),
    mappingStatus: varchar("mapping_status", { length: 12 }).$type<"mapped" | "unmapped" | "pending">().notNull(),
  },
  (t) => [primaryKey({ columns: [t.parkId, t.position] })],
);
