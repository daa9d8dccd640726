import { adjustmentFlagKey, annualFieldByKey, fieldsOfQuantity, type AnnualFieldKey, type CompiledLandRuleSet, type LandPopulation } from "@parkpilot/core";
import type { Database } from "@parkpilot/db";

const PAGE = 100_000;

/** The ranking group expression of a scope (county, its city, the park, the province). */
const groupSql = (within: CompiledLandRuleSet["ruleSet"]["classes"]["within"]): string => {
  switch (within) {
    case "province":
      return "e.province_code";
    case "city":
      return "coalesce(left(coalesce(e.region_code, p.region_code), 4) || '00', 'unknown')";
    case "region":
      return "coalesce(e.region_code, p.region_code, 'unknown')";
    case "park":
      return "coalesce(e.park_id::text, 'none')";
  }
};

/** The annual fields the rule set's indicators read, plus land (the methods' land threshold). */
export const fieldsRead = (compiled: CompiledLandRuleSet): AnnualFieldKey[] => {
  const keys = new Set<AnnualFieldKey>(["landAreaMu"]);
  for (const d of compiled.indicators) {
    if (d.formula.kind !== "ratio") continue;
    for (const k of [...fieldsOfQuantity(d.formula.numerator), ...fieldsOfQuantity(d.formula.denominator)]) keys.add(k);
  }
  return [...keys];
};

/**
 * One data year of a province's enterprises that filed an annual report, column by column, read
 * in keyset pages so a province of a million enterprises never sits in memory as objects; plus the
 * adjustment flags (facts of the year, honours valid during it).
 */
export const loadLandPopulation = async (database: Database, compiled: CompiledLandRuleSet, provinceCode: string, year: number): Promise<LandPopulation> => {
  const fields = fieldsRead(compiled);
  // Each page comes back as ONE row of comma-joined columns (PostgreSQL builds the text, Node
  // splits it): parsing a hundred thousand row objects would cost more than the evaluation.
  const agg = (expr: string) => `string_agg(coalesce((${expr})::text, ''), ',' ORDER BY id)`;
  const columns = fields.map((k, j) => `${agg(`f${j}`)} AS f${j}`).join(", ");
  const inner = fields.map((k, j) => `a.${annualFieldByKey.get(k)?.column} AS f${j}`).join(", ");
  const ids: number[] = [];
  const group: number[] = [];
  const groupKeys: string[] = [];
  const groupIndex = new Map<string, number>();
  const above: number[] = [];
  const industryCode: (string | null)[] = [];
  const founded: number[] = [];
  const parkIds: number[] = [];
  const values: number[][] = fields.map(() => []);
  let last = 0;
  for (;;) {
    const [page] = await database.query<Record<string, string | null> & { n: number; last: number | null }>(
      `SELECT count(*)::int AS n, max(id) AS last, ${agg("id")} AS ids, string_agg(g, chr(31) ORDER BY id) AS groups, ${agg("above")} AS above,
              ${agg("industry_code")} AS industries, ${agg("founded")} AS founded, ${agg("park_id")} AS parks, ${columns}
         FROM (SELECT e.id, ${groupSql(compiled.ruleSet.classes.within)} AS g,
                      CASE WHEN e.above_designated_size THEN 1 WHEN NOT e.above_designated_size THEN 0 END AS above,
                      e.industry_code, extract(year FROM e.founded_on)::int AS founded, e.park_id, ${inner}
                 FROM enterprises e
                 JOIN enterprise_annual a ON a.enterprise_id = e.id AND a.year = $2
                 LEFT JOIN parks p ON p.id = e.park_id
                WHERE e.province_code = $1 AND e.operating_status IN ('operating', 'suspended') AND e.id > $3
                ORDER BY e.id
                LIMIT ${PAGE}) page`,
      [provinceCode, year, last],
    );
    const n = page?.n ?? 0;
    if (!page || n === 0) break;
    const split = (text: string | null | undefined, sep = ",") => (text ?? "").split(sep);
    const nums = (text: string | null | undefined) => split(text).map((v) => (v === "" ? Number.NaN : Number(v)));
    for (const id of nums(page.ids)) ids.push(id);
    for (const g of split(page.groups, "\x1f")) {
      let k = groupIndex.get(g);
      if (k === undefined) {
        k = groupKeys.length;
        groupKeys.push(g);
        groupIndex.set(g, k);
      }
      group.push(k);
    }
    for (const a of nums(page.above)) above.push(Number.isNaN(a) ? -1 : a);
    for (const c of split(page.industries)) industryCode.push(c === "" ? null : c);
    for (const f of nums(page.founded)) founded.push(f);
    for (const p of nums(page.parks)) parkIds.push(Number.isNaN(p) ? -1 : p);
    fields.forEach((_, j) => {
      const column = values[j]!;
      for (const v of nums(page[`f${j}`])) column.push(v);
    });
    if (n < PAGE || page.last === null) break;
    last = Number(page.last);
  }
  const n = ids.length;
  const enterpriseId = Int32Array.from(ids);
  const position = new Map<number, number>();
  enterpriseId.forEach((id, i) => position.set(id, i));
  const flags = new Map<string, Uint8Array>();
  for (const adj of compiled.ruleSet.adjustments) {
    const key = adjustmentFlagKey(adj.when);
    if (flags.has(key)) continue;
    const column = new Uint8Array(n);
    const holders =
      "fact" in adj.when
        ? await database.query<{ id: number }>(
            `SELECT f.enterprise_id AS id FROM enterprise_facts f JOIN enterprises e ON e.id = f.enterprise_id
              WHERE e.province_code = $1 AND f.key = $2 AND f.bool_value AND (f.as_of IS NULL OR extract(year FROM f.as_of) = $3)`,
            [provinceCode, adj.when.fact, year],
          )
        : await database.query<{ id: number }>(
            `SELECT DISTINCT h.enterprise_id AS id FROM enterprise_honours h JOIN enterprises e ON e.id = h.enterprise_id
              WHERE e.province_code = $1 AND h.tier = $2 AND h.valid_from <= $4::date AND (h.valid_until IS NULL OR h.valid_until >= $3::date)`,
            [provinceCode, adj.when.honour, `${year}-01-01`, `${year}-12-31`],
          );
    for (const h of holders) {
      const i = position.get(h.id);
      if (i !== undefined) column[i] = 1;
    }
    flags.set(key, column);
  }
  return {
    n,
    enterpriseId,
    group: Int32Array.from(group),
    groupKeys,
    above: Int8Array.from(above),
    industryCode,
    foundedYear: Float64Array.from(founded),
    fields: Object.fromEntries(fields.map((k, j) => [k, Float64Array.from(values[j]!)])),
    flags,
    parkId: Int32Array.from(parkIds),
  };
};
