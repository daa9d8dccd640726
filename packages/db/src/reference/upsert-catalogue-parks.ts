import { sql } from "drizzle-orm";
import type { Tx } from "../client";
import { rowsOf } from "../raw-sql";
import { columnOf, type ReferenceRow } from "./parse-reference-csv";
import { pruneVanishedRows, type PruneResult } from "./prune-vanished-rows";

const SOURCE = "catalogue_2018";

/**
 * Upserts the catalogue parks, matched on catalogue code and name (the code alone is not
 * unique: S377018 names two zones). On an empty table each park gets its row number in
 * parks.csv as id (national first, then provincial, in catalogue order), so a fresh database
 * always numbers parks the same way; parks added by a later version take the next ids.
 * Parks added by hand (source manual) are never touched.
 */
export const upsertCatalogueParks = async (tx: Tx, rows: readonly ReferenceRow[]): Promise<PruneResult> => {
  const incoming = sql`unnest(
      ${sql.param(columnOf(rows, "catalogue_code"))}::text[], ${sql.param(columnOf(rows, "catalogue_serial"))}::int[], ${sql.param(columnOf(rows, "name"))}::text[],
      ${sql.param(columnOf(rows, "level"))}::text[], ${sql.param(columnOf(rows, "kind"))}::text[], ${sql.param(columnOf(rows, "kind_text"))}::text[],
      ${sql.param(columnOf(rows, "province_code"))}::text[], ${sql.param(columnOf(rows, "region_code"))}::text[], ${sql.param(columnOf(rows, "approved_on"))}::text[],
      ${sql.param(columnOf(rows, "approval_text"))}::text[], ${sql.param(columnOf(rows, "approved_area_km2"))}::float8[],
      ${sql.param(columnOf(rows, "leading_industries_text"))}::text[], ${sql.param(columnOf(rows, "longitude"))}::float8[],
      ${sql.param(columnOf(rows, "latitude"))}::float8[], ${sql.param(columnOf(rows, "location_source"))}::text[]
    ) WITH ORDINALITY AS i(catalogue_code, catalogue_serial, name, level, kind, kind_text, province_code, region_code, approved_on,
      approval_text, approved_area_km2, leading_industries_text, longitude, latitude, location_source, ord)`;
  const same = sql`p.source = ${SOURCE} AND p.catalogue_code = i.catalogue_code AND p.name = i.name`;

  await tx.execute(sql`
    UPDATE parks p SET catalogue_serial = i.catalogue_serial, level = i.level, kind = i.kind, kind_text = i.kind_text,
      province_code = i.province_code, region_code = i.region_code, approved_on = i.approved_on, approval_text = i.approval_text,
      approved_area_km2 = i.approved_area_km2, leading_industries_text = i.leading_industries_text,
      longitude = CASE WHEN p.location_source = 'manual' THEN p.longitude ELSE i.longitude END,
      latitude = CASE WHEN p.location_source = 'manual' THEN p.latitude ELSE i.latitude END,
      location_source = CASE WHEN p.location_source = 'manual' THEN p.location_source ELSE i.location_source END
    FROM ${incoming} WHERE ${same}`);

  const [existing] = rowsOf<{ n: number }>(await tx.execute(sql`SELECT count(*)::int AS n FROM parks`));
  const numbered = existing?.n === 0;
  await tx.execute(sql`
    INSERT INTO parks (${numbered ? sql`id, ` : sql``}catalogue_code, catalogue_serial, name, level, kind, kind_text, province_code, region_code,
      approved_on, approval_text, approved_area_km2, leading_industries_text, longitude, latitude, location_source, source)
    SELECT ${numbered ? sql`i.ord, ` : sql``}i.catalogue_code, i.catalogue_serial, i.name, i.level, i.kind, i.kind_text, i.province_code, i.region_code,
      i.approved_on, i.approval_text, i.approved_area_km2, i.leading_industries_text, i.longitude, i.latitude, i.location_source, ${SOURCE}
    FROM ${incoming} WHERE NOT EXISTS (SELECT 1 FROM parks p WHERE ${same}) ORDER BY i.ord`);
  // Explicit ids bypass the serial; move it past them so parks added later do not collide.
  if (numbered) await tx.execute(sql`SELECT setval(pg_get_serial_sequence('parks', 'id'), (SELECT max(id) FROM parks))`);

  const keys = rows.map((row) => `${row.catalogue_code ?? ""}\t${row.name ?? ""}`);
  return pruneVanishedRows(tx, "parks", sql`t.source = ${SOURCE} AND (t.catalogue_code || E'\t' || t.name) <> ALL(${sql.param(keys)}::text[])`, ["park_leading_industries"]);
};
