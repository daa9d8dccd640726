import { isValidCreditCode } from "@parkpilot/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DemoGenerationError, generateDemoProvince, insertSampleReference, SAMPLE_PROVINCE_CODE, TCE_PER_UNIT, type DemoOptions, type DemoSummary } from "../src/demo";
import { createTestDatabase, type TestDatabase } from "../src/testing";

// The sample province (code 99) has three parks: two with mapped leading industries, one whose
// only declared industry is unmapped. It exists beside the national catalogue without overlap.
const OPTIONS = { seed: 7, enterprises: 300, provinceCode: SAMPLE_PROVINCE_CODE, asOf: "2026-11-22" } as const satisfies DemoOptions;

/** One digest over every generated row, keyed by credit code rather than by serial ids. */
const digest = async (database: TestDatabase): Promise<string> => {
  const [row] = await database.query<{ h: string }>(`
    select md5(string_agg(x, E'\\n' order by x)) as h from (
      select e.credit_code || (to_jsonb(e) - 'id')::text as x from enterprises e
      union all
      select e.credit_code || (to_jsonb(a) - 'enterprise_id')::text from enterprise_annual a join enterprises e on e.id = a.enterprise_id
      union all
      select e.credit_code || (to_jsonb(m) - 'enterprise_id')::text from enterprise_monthly m join enterprises e on e.id = m.enterprise_id
      union all
      select coalesce(e.credit_code, '-') || (to_jsonb(p) - 'id' - 'holder_enterprise_id')::text
        from land_parcels p left join enterprises e on e.id = p.holder_enterprise_id
    ) rows`);
  return row?.h ?? "";
};

const count = async (database: TestDatabase, sql: string, params: unknown[] = []): Promise<number> => {
  const [row] = await database.query<{ n: number }>(sql, params);
  return Number(row?.n ?? 0);
};

describe("generateDemoProvince", () => {
  let database: TestDatabase;
  let summary: DemoSummary;
  let firstDigest: string;
  const phases = new Set<string>();
  let lastGenerate = [0, 0];

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertSampleReference(database);
    summary = await generateDemoProvince(database, {
      ...OPTIONS,
      chunkSize: 120,
      onProgress: (done, total, phase) => {
        phases.add(phase);
        if (phase === "generate") lastGenerate = [done, total];
      },
    });
    firstDigest = await digest(database);
  });
  afterAll(async () => database.dispose());

  it("leaves every row pointing at its parent and foreign-key checks on after the bulk load", async () => {
    const orphans = `select (select count(*) from enterprise_annual a where not exists (select 1 from enterprises e where e.id = a.enterprise_id))
                          + (select count(*) from enterprise_monthly m where not exists (select 1 from enterprises e where e.id = m.enterprise_id))
                          + (select count(*) from land_parcels p where p.holder_enterprise_id is not null
                               and not exists (select 1 from enterprises e where e.id = p.holder_enterprise_id)) as n`;
    expect(await count(database, orphans)).toBe(0);
    await expect(database.query("insert into enterprise_annual (enterprise_id, year, source_kind) values (-1, 2020, 'manual')")).rejects.toThrow(/foreign key/);
  });

  it("writes what its summary reports, over the province's parks, with progress", async () => {
    expect(summary.rows.enterprises).toBe(300);
    expect(await count(database, "select count(*)::int as n from enterprises")).toBe(300);
    expect(await count(database, "select count(*)::int as n from enterprise_annual")).toBe(summary.rows.enterpriseAnnual);
    expect(await count(database, "select count(*)::int as n from enterprise_monthly")).toBe(summary.rows.enterpriseMonthly);
    expect(await count(database, "select count(*)::int as n from land_parcels")).toBe(summary.rows.landParcels);
    expect(summary.parks).toMatchObject({ available: 3, used: 3 });
    expect(summary.parks.byPark.reduce((a, p) => a + p.enterprises, 0)).toBe(300);
    // The national economic-technological zone (largest area) gets the most firms.
    expect(summary.parks.byPark[0]?.enterprises).toBeGreaterThan(summary.parks.byPark[2]?.enterprises ?? 0);
    expect([...phases]).toEqual(["prepare", "generate", "analyze"]);
    expect(lastGenerate).toEqual([300, 300]);
    expect(summary.years).toEqual([2023, 2024, 2025]);
    expect(summary.periods).toEqual({ first: "2023-11", last: "2026-10" });
    const periods = await database.query<{ first: string; last: string; months: number }>(
      "select min(period) as first, max(period) as last, count(distinct period)::int as months from enterprise_monthly",
    );
    expect(periods[0]).toEqual({ first: "2023-11", last: "2026-10", months: 36 });
  });

  it("gives every enterprise a valid, unique credit code from its park's region and marks every row generated", async () => {
    const rows = await database.query<{ credit_code: string; region_code: string | null; park_region: string | null }>(
      "select e.credit_code, e.region_code, p.region_code as park_region from enterprises e join parks p on p.id = e.park_id",
    );
    expect(rows.every((r) => isValidCreditCode(r.credit_code))).toBe(true);
    expect(new Set(rows.map((r) => r.credit_code)).size).toBe(rows.length);
    expect(rows.every((r) => r.region_code === r.park_region && r.credit_code.slice(2, 8) === r.park_region)).toBe(true);
    expect(await count(database, "select count(*)::int as n from enterprises where not is_generated")).toBe(0);
    expect(await count(database, "select count(*)::int as n from land_parcels where not is_generated")).toBe(0);
    for (const table of ["enterprise_annual", "enterprise_monthly", "land_parcels"]) {
      expect(await count(database, `select count(*)::int as n from ${table} where source_kind <> 'generated' or source_note <> 'demo seed 7'`)).toBe(0);
    }
    const [setting] = await database.query<{ value: Record<string, unknown> }>("select value from system_settings where key = 'demo'");
    expect(setting?.value).toMatchObject({ seed: 7, enterprises: 300, provinceCode: "99", asOf: "2026-11-22", status: "complete" });
  });

  it("places most of a park's firms in its leading industries and the others elsewhere", async () => {
    const shares = await database.query<{ name: string; share: number }>(`
      select p.name, avg(case when exists (
               select 1 from park_leading_industries l, unnest(l.industry_codes) c
                where l.park_id = p.id and e.industry_code like c || '%') then 1.0 else 0.0 end)::float8 as share
        from enterprises e join parks p on p.id = e.park_id group by p.name`);
    const byName = new Map(shares.map((s) => [s.name, s.share]));
    // 60–75% by design; a few hundred firms leave some sampling noise.
    expect(byName.get("示例经济技术开发区")).toBeGreaterThan(0.5);
    expect(byName.get("示例经济技术开发区")).toBeLessThan(0.85);
    expect(byName.get("示例高新技术产业开发区")).toBeGreaterThan(0.5);
    expect(byName.get("示例高新技术产业开发区")).toBeLessThan(0.85);
    expect(byName.get("示例临港工业园")).toBe(0);
  });

  it("leaves gaps as null, never as zero, at a realistic rate", async () => {
    // Fields every firm reports (output, value added and land apply to some firms only).
    const [rates] = await database.query<Record<string, number>>(`
      select avg((revenue is null)::int)::float8 as revenue, avg((employees is null)::int)::float8 as employees,
             avg((rd_expense is null)::int)::float8 as rd, avg((cod_t is null)::int)::float8 as cod,
             avg(num_nulls(revenue, main_revenue, profit, tax_paid, rd_expense, total_cost, employees, st_staff, rd_staff,
                 total_assets, total_liabilities, equity_financing, exports, high_tech_revenue, invention_patents,
                 other_class1_ip, class2_ip, floor_area_m2, electricity_kwh, coal_t, natural_gas_m3, oil_t, heat_gj,
                 energy_tce, water_m3, cod_t, ammonia_nitrogen_t, so2_t, nox_t) / 29.0)::float8 as overall
        from enterprise_annual`);
    expect(rates?.overall).toBeGreaterThan(0.03);
    expect(rates?.overall).toBeLessThan(0.12);
    for (const key of ["revenue", "employees", "rd", "cod"]) {
      expect(rates?.[key]).toBeGreaterThan(0);
      expect(rates?.[key]).toBeLessThan(0.25);
    }
    // Quantities every active firm has are never reported as 0.
    expect(
      await count(
        database,
        `select count(*)::int as n from enterprise_annual
          where revenue = 0 or employees = 0 or electricity_kwh = 0 or total_assets = 0 or floor_area_m2 = 0 or energy_tce = 0 or water_m3 = 0`,
      ),
    ).toBe(0);
    expect(await count(database, "select count(*)::int as n from enterprise_monthly where revenue = 0 or electricity_kwh = 0 or employees = 0")).toBe(0);
    expect(await count(database, "select count(*)::int as n from enterprise_monthly where num_nulls(output, revenue, tax_paid, electricity_kwh, employees) > 0")).toBeGreaterThan(0);
    // Some months are not reported at all by firms active then.
    const expectedMonths = await count(database, "select (count(*) * 36)::int as n from enterprises where operating_status = 'operating' and founded_on < '2023-11-01'");
    const reportedMonths = await count(database, `select count(*)::int as n from enterprise_monthly m join enterprises e on e.id = m.enterprise_id
       where e.operating_status = 'operating' and e.founded_on < '2023-11-01'`);
    expect(reportedMonths).toBeLessThan(expectedMonths);
    expect(reportedMonths).toBeGreaterThan(expectedMonths * 0.85);
  });

  it("keeps monthly sums within a few percent of annual totals where both exist", async () => {
    const ratios = await database.query<{ ratio: number }>(`
      select (sum(m.revenue) / a.revenue)::float8 as ratio
        from enterprise_monthly m
        join enterprise_annual a on a.enterprise_id = m.enterprise_id and a.year::text = left(m.period, 4)
       where a.year in (2024, 2025) and a.revenue is not null and m.revenue is not null
       group by m.enterprise_id, a.year, a.revenue
      having count(*) = 12`);
    expect(ratios.length).toBeGreaterThan(150);
    const sorted = ratios.map((r) => r.ratio).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(0.98);
    expect(median).toBeLessThan(1.02);
    // Unit errors of single months or years are the exceptions, by design.
    expect(sorted.filter((r) => Math.abs(r - 1) <= 0.05).length / sorted.length).toBeGreaterThan(0.9);
  });

  it("shows seasonality: a Spring Festival dip and a year-end peak", async () => {
    const months = await database.query<{ period: string; revenue: number }>(
      "select period, sum(revenue)::float8 as revenue from enterprise_monthly where period like '2024-%' or period like '2025-%' group by period",
    );
    const of = (p: string) => months.find((m) => m.period === p)?.revenue ?? 0;
    // 2024's festival fell on 10 February, 2025's on 29 January.
    expect(of("2024-02")).toBeLessThan(of("2024-03") * 0.85);
    expect(of("2025-01")).toBeLessThan(of("2025-03") * 0.9);
    expect(of("2024-12")).toBeGreaterThan(of("2024-11"));
  });

  it("includes decliners, exits, anomalies and a consistent energy balance", async () => {
    const decliners = await count(
      database,
      `select count(*)::int as n from (
         select m.enterprise_id,
                sum(m.revenue) filter (where m.period between '2026-08' and '2026-10') as recent,
                sum(m.revenue) filter (where m.period between '2025-08' and '2025-10') as before
           from enterprise_monthly m group by m.enterprise_id) s
        where recent <= 0.7 * before`,
    );
    expect(decliners / 300).toBeGreaterThanOrEqual(0.03);
    expect(summary.composition.declining).toBeGreaterThan(0);
    expect(summary.composition.suspended + summary.composition.deregistered + summary.composition.relocated).toBeGreaterThan(0);
    expect(summary.composition.anomalous).toBeGreaterThan(0);
    // A firm that exited reports nothing in the last month.
    expect(
      await count(
        database,
        `select count(*)::int as n from enterprise_monthly m join enterprises e on e.id = m.enterprise_id
          where e.operating_status <> 'operating' and m.period = '2026-10'`,
      ),
    ).toBe(0);
    // Reported energy is the carriers converted with the GB/T 2589-2020 coefficients.
    const mismatches = await count(
      database,
      `select count(*)::int as n from enterprise_annual
        where num_nulls(electricity_kwh, coal_t, natural_gas_m3, oil_t, heat_gj, energy_tce) = 0
          and abs(energy_tce - (electricity_kwh * $1 + coal_t * $2 + natural_gas_m3 * $3 + oil_t * $4 + heat_gj * $5)) > 0.01`,
      [TCE_PER_UNIT.electricityKwh, TCE_PER_UNIT.coalT, TCE_PER_UNIT.naturalGasM3, TCE_PER_UNIT.oilT, TCE_PER_UNIT.heatGj],
    );
    expect(mismatches).toBe(0);
    // Parcels: held plots sum to the holder's land, and some plots stand vacant or idle.
    expect(await count(database, "select count(*)::int as n from land_parcels where status in ('vacant', 'idle')")).toBeGreaterThan(0);
    const landGaps = await count(
      database,
      `select count(*)::int as n from (
         select holder_enterprise_id, sum(area_mu) as parcels from land_parcels group by holder_enterprise_id) p
         join enterprise_annual a on a.enterprise_id = p.holder_enterprise_id
        where a.land_area_mu is not null and abs(p.parcels - a.land_area_mu) > 0.02`,
    );
    expect(landGaps).toBe(0);
    expect(await count(database, "select count(distinct holder_enterprise_id)::int as n from land_parcels")).toBeGreaterThan(100);
  });

  it("refuses a second run into the same database and leaves the first intact", async () => {
    const error = await generateDemoProvince(database, { ...OPTIONS, seed: 8 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DemoGenerationError);
    expect((error as DemoGenerationError).code).toBe("demo_exists");
    expect(await digest(database)).toBe(firstDigest);
  });

  it("is deterministic: another seed differs, the same seed gives the same rows whatever the chunk size", async () => {
    const other = await generateDemoProvince(database, { ...OPTIONS, seed: 8, replace: true });
    expect(other.replaced).toBe(true);
    expect(await count(database, "select count(*)::int as n from enterprises")).toBe(300);
    expect(await count(database, "select count(*)::int as n from enterprise_monthly")).toBe(other.rows.enterpriseMonthly);
    expect(await digest(database)).not.toBe(firstDigest);

    const again = await generateDemoProvince(database, { ...OPTIONS, replace: true, chunkSize: 37 });
    expect(again.rows).toEqual(summary.rows);
    expect(await digest(database)).toBe(firstDigest);
    // With no other enterprise present, ids restart, so even the serial ids repeat.
    expect(await count(database, "select min(id)::int as n from enterprises")).toBe(1);
  });

  it("refuses a province without parks and invalid options, without claiming anything", async () => {
    const before = await digest(database);
    const noParks = await generateDemoProvince(database, { ...OPTIONS, provinceCode: "98", replace: true }).catch((e: unknown) => e);
    expect((noParks as DemoGenerationError).code).toBe("no_parks");
    const invalid = await generateDemoProvince(database, { ...OPTIONS, enterprises: 0, asOf: "2026-02-30" }).catch((e: unknown) => e);
    expect((invalid as DemoGenerationError).code).toBe("invalid_options");
    expect((invalid as Error).message).toMatch(/enterprises.*asOf/);
    expect(await digest(database)).toBe(before);
  });
});

describe("generateDemoProvince on the shipped catalogue", () => {
  it("spreads Guangdong's firms over its real parks and their mapped leading industries", async () => {
    const database = await createTestDatabase();
    try {
      const summary = await generateDemoProvince(database, { seed: 1, enterprises: 400, asOf: "2026-11-22" });
      expect(summary.provinceCode).toBe("44");
      expect(summary.parks.available).toBe(await count(database, "select count(*)::int as n from parks where province_code = '44'"));
      expect(summary.parks.used).toBeGreaterThan(50);
      const rows = await database.query<{ name: string; credit_code: string; park_region: string | null; city: string | null; in_leading: boolean }>(`
        select e.name, e.credit_code, p.region_code as park_region,
               case when r.level = 'county' then parent.name else r.name end as city,
               exists (select 1 from park_leading_industries l, unnest(l.industry_codes) c
                        where l.park_id = p.id and e.industry_code like c || '%') as in_leading
          from enterprises e join parks p on p.id = e.park_id
          left join regions r on r.code = p.region_code left join regions parent on parent.code = r.parent_code`);
      expect(rows.every((r) => r.credit_code.slice(2, 8) === (r.park_region ?? "440000"))).toBe(true);
      // Most names carry the park's city (广州…, 广州市…) or the province (广东…).
      const placed = rows.filter((r) => r.name.startsWith("广东") || (r.city !== null && r.name.startsWith(r.city.replace(/市$/, ""))));
      expect(placed.length / rows.length).toBeGreaterThan(0.6);
      expect(rows.filter((r) => r.in_leading).length / rows.length).toBeGreaterThan(0.5);
      expect(await count(database, "select count(distinct left(industry_code, 2))::int as n from enterprises")).toBeGreaterThan(15);
    } finally {
      await database.dispose();
    }
  });
});

describe("generateDemoProvince when a write fails", () => {
  it("removes the partial demo and its claim, then reports the failure", async () => {
    const database = await createTestDatabase();
    try {
      await insertSampleReference(database);
      let monthlyCopies = 0;
      const failing: TestDatabase = {
        ...database,
        async copyFromCsv(table, columns, csv) {
          if (table === "enterprise_monthly" && ++monthlyCopies === 2) throw new Error("simulated: no space left on device");
          return database.copyFromCsv(table, columns, csv);
        },
      };
      const error = await generateDemoProvince(failing, { ...OPTIONS, chunkSize: 50 }).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/no space left/);
      expect(await count(database, "select count(*)::int as n from enterprises")).toBe(0);
      expect(await count(database, "select count(*)::int as n from enterprise_monthly")).toBe(0);
      expect(await count(database, "select count(*)::int as n from land_parcels")).toBe(0);
      expect(await count(database, "select count(*)::int as n from system_settings where key = 'demo'")).toBe(0);
      // The embedded database's bulk load skipped foreign-key checks; they are back on after a failure.
      expect(await database.query("SHOW session_replication_role")).toEqual([{ session_replication_role: "origin" }]);
      // And a clean run can follow without replace.
      const summary = await generateDemoProvince(database, { ...OPTIONS, enterprises: 60 });
      expect(summary.rows.enterprises).toBe(60);
    } finally {
      await database.dispose();
    }
  });
});
