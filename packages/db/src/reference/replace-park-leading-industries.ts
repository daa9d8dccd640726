import { sql } from "drizzle-orm";
import type { Tx } from "../client";
import type { LeadingIndustryMatcher } from "./match-leading-industry";
import type { ReferenceRow } from "./parse-reference-csv";
import { splitLeadingIndustries } from "./split-leading-industries";

export interface LeadingIndustryLoad {
  readonly items: number;
  readonly mapped: number;
}

/**
 * Derives the catalogue parks' leading industries from their 主导产业 wording and the reviewed
 * map, replacing what an earlier version derived. Items keep their wording and catalogue
 * position (1-based); an item the map does not cover is stored as unmapped with no codes.
 */
export const replaceParkLeadingIndustries = async (tx: Tx, parks: readonly ReferenceRow[], match: LeadingIndustryMatcher): Promise<LeadingIndustryLoad> => {
  const items = parks.flatMap((park) =>
    splitLeadingIndustries(park.leading_industries_text).map((label, index) => ({ park, label, position: index + 1, result: match(label) })),
  );
  await tx.execute(sql`DELETE FROM park_leading_industries WHERE park_id IN (SELECT id FROM parks WHERE source = 'catalogue_2018')`);
  await tx.execute(sql`
    INSERT INTO park_leading_industries (park_id, position, label, industry_codes, mapping_status)
    SELECT p.id, i.position, i.label, string_to_array(i.codes, ' '), i.status
    FROM unnest(${sql.param(items.map((item) => item.park.catalogue_code))}::text[], ${sql.param(items.map((item) => item.park.name))}::text[],
      ${sql.param(items.map((item) => item.position))}::int[], ${sql.param(items.map((item) => item.label))}::text[],
      ${sql.param(items.map((item) => item.result.codes.join(" ")))}::text[], ${sql.param(items.map((item) => item.result.status))}::text[])
      AS i(catalogue_code, name, position, label, codes, status)
    JOIN parks p ON p.source = 'catalogue_2018' AND p.catalogue_code = i.catalogue_code AND p.name = i.name`);
  return { items: items.length, mapped: items.filter((item) => item.result.status === "mapped").length };
};
