import { adjustmentFlagKey, annualFieldByKey, fieldsOfQuantity, type AnnualFieldKey, type CompiledLandRuleSet, type LandPopulation } from "@parkpilot/core";
import { readColumns, sqlLiteral, type CopyColumnType, type Database } from "@parkpilot/db";

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
 * One data year of a province's enterprises that filed an annual report, column by column: one
 * binary COPY decoded straight into typed arrays, so a province of a million enterprises never
 * sits in memory as row objects or strings; plus the adjustment flags (facts of the year, honours
 * valid during it).
 */
export const loadLandPopulation = async (database: Database, compiled: CompiledLandRuleSet, provinceCode: string, year: number): Promise<LandPopulation> => {
  const fields = fieldsRead(compiled);
  const spec = {
    id: "int4",
    grp: "text",
    above: "bool",
    industry: "text",
    founded: "float8",
    park: "int4",
    ...Object.fromEntries(fields.map((_, j) => [`f${j}`, "float8"] as const)),
  } as const satisfies Record<string, CopyColumnType>;
  const { n, columns } = await readColumns(
    database,
    `SELECT e.id, ${groupSql(compiled.ruleSet.classes.within)}, e.above_designated_size, e.industry_code::text,
            extract(year FROM e.founded_on)::float8, e.park_id${fields.map((k) => `, a.${annualFieldByKey.get(k)?.column}::float8`).join("")}
       FROM enterprises e
       JOIN enterprise_annual a ON a.enterprise_id = e.id AND a.year = ${sqlLiteral(year)}
       LEFT JOIN parks p ON p.id = e.park_id
      WHERE e.province_code = ${sqlLiteral(provinceCode)} AND e.operating_status IN ('operating', 'suspended')
      ORDER BY e.id`,
    spec,
  );
  const group = new Int32Array(n);
  const groupKeys: string[] = [];
  const groupIndex = new Map<string, number>();
  columns.grp.forEach((g, i) => {
    const key = g ?? "unknown";
    let k = groupIndex.get(key);
    if (k === undefined) {
      k = groupKeys.length;
      groupKeys.push(key);
      groupIndex.set(key, k);
    }
    group[i] = k;
  });
  const enterpriseId = columns.id;
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
  const float = columns as unknown as Readonly<Record<string, Float64Array>>;
  return {
    n,
    enterpriseId,
    group,
    groupKeys,
    above: columns.above,
    industryCode: columns.industry,
    foundedYear: columns.founded,
    fields: Object.fromEntries(fields.map((k, j) => [k, float[`f${j}`]!])),
    flags,
    parkId: columns.park,
  };
};
