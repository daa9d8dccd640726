import { sql, type SQL } from "drizzle-orm";
import { rowsOf, skipForeignKeyChecksInTransaction, type Tx } from "@parkpilot/db";
import type { ServiceContext } from "../../context";

export interface SeedDemoGradientResult {
  /** The data year the honours and facts were made plausible for; null when the province has no generated data. */
  readonly year: number | null;
  readonly honours: number;
  readonly facts: number;
}

const NOTE = "演示数据：按生成的年报数据推算，非真实认定（demo data, not a real recognition）";
/** Shorter: it repeats on every fact of every generated enterprise (about 23 per enterprise). */
const FACT_NOTE = "演示数据，非真实信息（demo data）";

/**
 * A deterministic draw in [0, 1000) per enterprise and purpose: the same demo always gets the same
 * honours and facts, and different purposes draw independently.
 */
const draw = (salt: string): SQL => sql.raw(`(abs(hashtext(e.credit_code || '${salt}')) % 1000)`);

/** Generated enterprises of the province with the data year's figures (and any further joins). */
const base = (provinceCode: string, year: number, joins: SQL = sql``): SQL => sql`
  FROM enterprises e
  JOIN enterprise_annual a ON a.enterprise_id = e.id AND a.year = ${year}
  ${joins}
  WHERE e.province_code = ${provinceCode} AND e.is_generated AND e.operating_status = 'operating'`;

const count = async (tx: Tx, statement: SQL): Promise<number> => {
  const [row] = rowsOf<{ n: number }>(await tx.execute(sql`WITH done AS (${statement} RETURNING 1) SELECT count(*)::int AS n FROM done`));
  return Number(row?.n ?? 0);
};

const honour = (tier: string, level: string, from: SQL, years: number | null, provinceCode: string, year: number, condition: SQL): SQL => sql`
  INSERT INTO enterprise_honours (enterprise_id, tier, level, batch, year, valid_from, valid_until, source_kind, source_note)
  SELECT e.id, ${tier}, ${level}, ${"演示批次"}, extract(year FROM ${from})::int, ${from},
         ${years === null ? sql`NULL` : sql`(${from} + ${sql.raw(`interval '${years} years'`)} - interval '1 day')::date`}, 'generated', ${NOTE}
  ${base(provinceCode, year)} AND ${condition}
  ON CONFLICT (enterprise_id, tier, valid_from) DO NOTHING`;

const holds = (tier: string): SQL => sql`EXISTS (SELECT 1 FROM enterprise_honours x WHERE x.enterprise_id = e.id AND x.tier = ${tier})`;

/**
 * Makes the demo province's gradient database plausible: honours for generated enterprises whose
 * generated accounts would plausibly have earned them (高企 for R&D-intensive high-tech firms,
 * 科技型 registrations for SMEs with S&T staff, a few 专精特新 and 小巨人, two 领航 designations)
 * and the facts tier rules read (compliance lists, niche years, IP tied to the lead product, R&D
 * institutions, platform scores …), all marked source_kind 'generated'. Deterministic and
 * idempotent; never touches enterprises that are not generated, nor facts already recorded.
 * Some facts stay unknown on purpose (review decisions, valuations): the demo shows gaps too.
 */
export const seedDemoGradient = async (ctx: ServiceContext, provinceCode: string): Promise<SeedDemoGradientResult> => {
  const { db } = ctx.database;
  const [latest] = rowsOf<{ y: number | null }>(
    await db.execute(sql`SELECT max(a.year)::int AS y FROM enterprise_annual a JOIN enterprises e ON e.id = a.enterprise_id WHERE e.province_code = ${provinceCode} AND e.is_generated`),
  );
  const year = latest?.y ?? null;
  if (year === null) return { year: null, honours: 0, facts: 0 };
  const r = (salt: string) => draw(salt);
  const rdRatio = sql`(a.rd_expense / NULLIF(a.revenue, 0))`;
  const stRatio = sql`(a.st_staff::float8 / NULLIF(a.employees, 0))`;
  const smeCaps = sql`a.employees <= 500 AND a.revenue <= 20000 AND a.total_assets <= 20000`;
  const day = (salt: string) => sql.raw(`(1 + abs(hashtext(e.credit_code || '${salt}')) % 28)`);

  // Each statement commits on its own, the facts in ranges of enterprises: a first start runs this
  // while the server already serves, and on the embedded database (one session) a request waits
  // for the transaction under way (one transaction for all took 9–11 s). Every statement skips
  // what is already there, so a run stopped half-way is completed by the next.
  const inserted = (statement: SQL): Promise<number> =>
    db.transaction(async (tx) => {
      // Inserts only, of rows keyed to generated enterprises (see withoutForeignKeyChecks): the
      // setting lasts to this transaction's end, never reaching other requests' statements.
      await skipForeignKeyChecksInTransaction(ctx.database, tx);
      return count(tx, statement);
    });

  let honours = 0;
  // 高企: certificates of the last three yearly rounds (Nov/Dec), three years each.
  honours += await inserted(
    honour("high_tech", "national", sql`make_date(${year} - ${r("ht-y")}::int % 3, 11 + ${r("ht-m")}::int % 2, ${day("ht-d")})`, 3, provinceCode, year, sql`${rdRatio} >= 0.03 AND ${stRatio} >= 0.1 AND a.high_tech_revenue >= 0.6 * a.revenue AND coalesce(a.invention_patents, 0) + coalesce(a.class2_ip, 0) >= 1 AND ${r("ht")} < 700`),
  );
  // 科技型: yearly registration numbers; last year's round, valid one year.
  honours += await inserted(
    honour("tech_sme", "national", sql`make_date(${year}, 5 + ${r("ts-m")}::int % 4, ${day("ts-d")})`, 1, provinceCode, year, sql`${smeCaps} AND ${stRatio} >= 0.1 AND a.rd_expense > 0 AND ${r("ts")} < 600`),
  );
  honours += await inserted(
    honour("innovative_sme", "provincial", sql`make_date(${year} - 1 + ${r("in-y")}::int % 2, 9, ${day("in-d")})`, 3, provinceCode, year, sql`a.employees < 1000 AND ${rdRatio} >= 0.02 AND ${r("in")} < 250`),
  );
  honours += await inserted(
    honour("specialized_sme", "provincial", sql`make_date(${year} - ${r("sp-y")}::int % 3, 7, ${day("sp-d")})`, 3, provinceCode, year, sql`(${holds("innovative_sme")} OR ${holds("tech_sme")}) AND a.revenue >= 1500 AND a.rd_expense >= 100 AND ${rdRatio} >= 0.03 AND ${r("sp")} < 350`),
  );
  honours += await inserted(
    honour("little_giant", "national", sql`make_date(${year} - ${r("lg-y")}::int % 2, 8, ${day("lg-d")})`, 3, provinceCode, year, sql`${holds("specialized_sme")} AND a.revenue >= 5000 AND ${r("lg")} < 150`),
  );
  // Demonstration and IP-advantage titles: a few, so that the direct routes read a real list.
  honours += await inserted(
    honour("tech_innovation_demo", "national", sql`make_date(${year} - 1, 12, ${day("td-d")})`, 3, provinceCode, year, sql`${rdRatio} >= 0.05 AND a.revenue >= 20000 AND ${r("td")} < 100`),
  );
  honours += await inserted(
    honour("ip_advantage", "national", sql`make_date(${year} - 1, 10, ${day("ia-d")})`, null, provinceCode, year, sql`coalesce(a.invention_patents, 0) >= 10 AND ${r("ia")} < 200`),
  );
  // 领航: the two largest generated enterprises by revenue, designated from the start of the year.
  honours += await inserted(
    honour("navigator", "provincial", sql`make_date(${year}, 1, 1)`, null, provinceCode, year, sql`e.id IN (SELECT e.id ${base(provinceCode, year)} ORDER BY a.revenue DESC NULLS LAST, e.id LIMIT 2)`),
  );

  // One pass over the enterprises for all facts (a statement per fact re-read the population
  // for each): every fact is a row of a lateral VALUES list, kept where its condition holds.
  interface Fact {
    readonly key: string;
    readonly value: SQL;
    readonly kind: "number" | "bool";
    readonly condition: SQL;
  }
  const fact = (key: string, value: SQL, kind: Fact["kind"], condition: SQL = sql`TRUE`): Fact => ({ key, value, kind, condition });
  const ageYears = sql`extract(year FROM age(make_date(${year}, 12, 31), e.founded_on))`;
  const facts: Fact[] = [
    fact("registered_legal_person_cn", sql`TRUE`, "bool"),
    fact("on_dishonesty_list", sql`${r("dl")} < 3`, "bool"),
    fact("on_abnormal_operation_list", sql`${r("ab")} < 8`, "bool"),
    fact("prohibited_products", sql`FALSE`, "bool"),
    fact("major_incident_1y", sql`${r("mi")} < 3`, "bool"),
    fact("major_incident_2y", sql`${r("mi")} < 4`, "bool"),
    fact("major_incident_3y", sql`${r("mi")} < 5`, "bool"),
    fact("niche_years", sql`round(${ageYears} * (0.3 + ${r("ny")} / 1428.0))`, "number", sql`e.founded_on IS NOT NULL`),
    fact("rd_institution_level", sql`CASE WHEN ${rdRatio} >= 0.03 THEN ${r("ri")}::int % 4 ELSE 0 END`, "number", sql`a.rd_expense IS NOT NULL`),
    fact("ip_class1_lead_product", sql`round(a.invention_patents * 0.6)`, "number", sql`a.invention_patents IS NOT NULL`),
    fact("ip_class1_self_developed", sql`round(a.invention_patents * 0.7)`, "number", sql`a.invention_patents IS NOT NULL`),
    fact("ip_class1_high_value", sql`floor(a.invention_patents * 0.1)`, "number", sql`a.invention_patents IS NOT NULL`),
    fact("rd_domestic_share_pct", sql`100 - ${r("rd")}::int % 12`, "number", sql`a.rd_expense > 0`),
    fact("market_share_pct", sql`1 + ${r("ms")}::int % 20`, "number", sql`a.revenue >= 5000`),
    fact("market_rank_cn", sql`1 + ${r("mr")}::int % 12`, "number", sql`a.revenue >= 20000`),
    fact("lead_product_strategic_emerging", sql`${r("se")} < 400`, "bool"),
    fact("digital_level", sql`1 + ${r("dg")}::int % 4`, "number"),
    fact("quality_mgmt_items", sql`${r("qm")}::int % 4`, "number"),
    fact("sci_award_level_3y", sql`CASE WHEN ${r("aw")} < 20 THEN 1 ELSE 0 END`, "number"),
    fact("sci_award_level_3y_top3", sql`CASE WHEN ${r("aw")} < 10 THEN 1 ELSE 0 END`, "number"),
    fact("sci_award_level_3y_top5", sql`CASE WHEN ${r("aw")} < 12 THEN 1 ELSE 0 END`, "number"),
    fact("sci_award_level_5y_top3", sql`CASE WHEN ${r("aw")} < 15 THEN 1 ELSE 0 END`, "number"),
    fact("led_standard_5y", sql`${r("st")} < 15`, "bool"),
    fact("maker_china_top500_3y", sql`${r("mc")} < 5`, "bool"),
    fact("maker_china_top50_3y", sql`${r("mc")} < 1`, "bool"),
    fact("private_financing", sql`coalesce(a.equity_financing, 0) > 0`, "bool"),
    fact("platform_score", sql`45 + ${r("ps")}::int % 40`, "number", holds("specialized_sme")),
    fact("hte_innovation_score", sql`66 + ${r("hs")}::int % 30`, "number", holds("high_tech")),
    fact("hte_field_match", sql`TRUE`, "bool", holds("high_tech")),
  ];
  const rows = sql.join(
    facts.map(
      (f) =>
        sql`(${f.key}, ${f.kind === "number" ? sql`(${f.value})::float8` : sql`NULL::float8`}, ${f.kind === "bool" ? sql`(${f.value})::boolean` : sql`NULL::boolean`}, ${f.condition})`,
    ),
    sql`, `,
  );
  const [span] = rowsOf<{ lo: number; hi: number }>(
    await db.execute(sql`SELECT coalesce(min(e.id), 0)::int AS lo, coalesce(max(e.id), -1)::int AS hi FROM enterprises e WHERE e.province_code = ${provinceCode} AND e.is_generated`),
  );
  let factsWritten = 0;
  for (let lo = span?.lo ?? 0; lo <= (span?.hi ?? -1); lo += FACT_RANGE) {
    factsWritten += await inserted(sql`
      INSERT INTO enterprise_facts (enterprise_id, key, number_value, bool_value, source_kind, source_note)
      SELECT e.id, f.key, f.number_value, f.bool_value, 'generated', ${FACT_NOTE}
      ${base(provinceCode, year, sql`CROSS JOIN LATERAL (VALUES ${rows}) AS f(key, number_value, bool_value, applies)`)}
        AND e.id BETWEEN ${lo} AND ${lo + FACT_RANGE - 1}
        AND f.applies
        AND NOT EXISTS (SELECT 1 FROM enterprise_facts x WHERE x.enterprise_id = e.id AND x.key = f.key)`);
  }
  return { year, honours, facts: factsWritten };
};

/** Enterprise ids per statement of facts (about 23 facts each: some 45,000 rows, well under a second). */
const FACT_RANGE = 2_000;
