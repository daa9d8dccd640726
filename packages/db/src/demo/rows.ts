import { ANNUAL_FIELDS, MONTHLY_FIELDS, type AnnualFieldKey, type AnnualValues, type MonthlyFieldKey } from "@parkpilot/core";
import { annualRecordedAt, monthlyRecordedAt, type DemoCalendar } from "./calendar";
import { csvNumber, roundTo } from "./csv";
import { ENERGY_CARRIERS, totalTce, type EnergyAmounts } from "./energy";
import type { Firm } from "./firm";
import { isActive, type MonthlySeries } from "./series";

/**
 * Indicator rows as reported: true values rounded to a sensible precision, with the gaps and
 * errors of real reporting: fields left empty (null, never 0), months not reported, the odd
 * unit mistake. Column lists derive from the core field catalogue, so a new field is a compile
 * error here until the generator fills it.
 */
const PROVENANCE_COLUMNS = ["source_kind", "source_note", "recorded_at"] as const;

export const ANNUAL_COLUMNS = ["enterprise_id", "year", ...ANNUAL_FIELDS.map((f) => f.column), ...PROVENANCE_COLUMNS] as const;
export const MONTHLY_COLUMNS = ["enterprise_id", "period", ...MONTHLY_FIELDS.map((f) => f.column), ...PROVENANCE_COLUMNS] as const;

/** Decimals kept per field; amounts in 万元 to the hundred yuan. */
const ANNUAL_DECIMALS: Readonly<Record<AnnualFieldKey, number>> = {
  revenue: 2, mainRevenue: 2, industrialOutput: 2, valueAdded: 2, profit: 2, taxPaid: 2, rdExpense: 2, totalCost: 2,
  employees: 0, stStaff: 0, rdStaff: 0, totalAssets: 2, totalLiabilities: 2, equityFinancing: 2, exports: 2,
  highTechRevenue: 2, inventionPatents: 0, otherClass1Ip: 0, class2Ip: 0, landAreaMu: 2, floorAreaM2: 0,
  electricityKwh: 0, coalT: 2, naturalGasM3: 0, oilT: 2, heatGj: 0, energyTce: 2, waterM3: 0,
  codT: 3, ammoniaNitrogenT: 4, so2T: 3, noxT: 3,
};

/**
 * Probability that a field is left empty in an annual report, before the firm's own reporting
 * habit scales it (×0.5 for 60% of firms, ×1 for 30%, ×3 for 10%). Core figures are rarely
 * missing; pollutants, IP and secondary finance more often. Averages ~6% over all fields.
 */
const ANNUAL_GAPS: Readonly<Record<AnnualFieldKey, number>> = {
  revenue: 0.01, mainRevenue: 0.05, industrialOutput: 0.03, valueAdded: 0.08, profit: 0.04, taxPaid: 0.03,
  rdExpense: 0.07, totalCost: 0.06, employees: 0.02, stStaff: 0.08, rdStaff: 0.08, totalAssets: 0.05,
  totalLiabilities: 0.06, equityFinancing: 0.1, exports: 0.08, highTechRevenue: 0.1, inventionPatents: 0.08,
  otherClass1Ip: 0.1, class2Ip: 0.1, landAreaMu: 0.05, floorAreaM2: 0.07, electricityKwh: 0.03, coalT: 0.08,
  naturalGasM3: 0.08, oilT: 0.08, heatGj: 0.08, energyTce: 0.05, waterM3: 0.07, codT: 0.1, ammoniaNitrogenT: 0.12,
  so2T: 0.1, noxT: 0.1,
};

// The tables above as arrays in column order, for the hot loops below.
const ANNUAL_KEYS = ANNUAL_FIELDS.map((f) => f.key);
const ANNUAL_DECIMALS_BY_COLUMN = ANNUAL_KEYS.map((key) => ANNUAL_DECIMALS[key]);
const ANNUAL_GAPS_BY_COLUMN = ANNUAL_KEYS.map((key) => ANNUAL_GAPS[key]);

const MONTHLY_DECIMALS: Readonly<Record<MonthlyFieldKey, number>> = { output: 2, revenue: 2, taxPaid: 2, electricityKwh: 0, employees: 0 };
const MONTHLY_GAPS: Readonly<Record<MonthlyFieldKey, number>> = { output: 0.03, revenue: 0.02, taxPaid: 0.05, electricityKwh: 0.04, employees: 0.05 };

export interface RowContext {
  readonly calendar: DemoCalendar;
  /** Provenance columns closing each row, per annual year and per timeline month. */
  readonly annualTail: readonly string[];
  readonly monthlyTail: readonly string[];
}

/** Precomputes the parts of rows that depend only on the period, once per run. */
export const createRowContext = (calendar: DemoCalendar, sourceNoteCsv: string): RowContext => ({
  calendar,
  annualTail: calendar.years.map((year) => `,generated,${sourceNoteCsv},${annualRecordedAt(calendar, year)}\n`),
  monthlyTail: calendar.periods.map((_, t) => `,generated,${sourceNoteCsv},${monthlyRecordedAt(calendar, t)}\n`),
});

export const annualLines = (ctx: RowContext, firm: Firm, enterpriseId: number, reports: readonly (AnnualValues | null)[]): { text: string; rows: number } => {
  const { rng } = firm;
  let text = "";
  let rows = 0;
  reports.forEach((report, k) => {
    if (!report) return;
    const year = ctx.calendar.years[k] ?? 0;
    const values: AnnualValues = { ...report };
    // The reported total is computed from the carriers as written, so it can be re-checked.
    const energy = {} as EnergyAmounts;
    for (const c of ENERGY_CARRIERS) energy[c] = roundTo(values[c] ?? 0, ANNUAL_DECIMALS[c]);
    values.energyTce = totalTce(energy);
    if (firm.anomaly?.kind === "unit_error_year" && firm.anomaly.year === year) {
      for (const key of ["revenue", "mainRevenue", "industrialOutput"] as const) {
        const v = values[key];
        if (v !== null) values[key] = v * 10;
      }
    }
    let line = `${enterpriseId},${year}`;
    for (let i = 0; i < ANNUAL_KEYS.length; i++) {
      const missing = rng.chance((ANNUAL_GAPS_BY_COLUMN[i] ?? 0) * firm.reportingGaps);
      line += missing ? "," : `,${csvNumber(values[ANNUAL_KEYS[i] as AnnualFieldKey], ANNUAL_DECIMALS_BY_COLUMN[i] ?? 2)}`;
    }
    text += line + ctx.annualTail[k];
    rows++;
  });
  return { text, rows };
};

export const monthlyLines = (
  ctx: RowContext,
  firm: Firm,
  enterpriseId: number,
  series: MonthlySeries,
  aboveDesignatedSize: boolean,
): { text: string; rows: number } => {
  const { rng, anomaly, industry } = firm;
  const { calendar } = ctx;
  // Monthly returns are compulsory for 规上 firms; smaller ones skip more months.
  const skip = (aboveDesignatedSize ? 0.02 : 0.08) * firm.reportingGaps;
  const source: Readonly<Record<MonthlyFieldKey, Float64Array | null>> = {
    output: industry.industrial ? series.output : null,
    revenue: series.revenue,
    taxPaid: series.tax,
    electricityKwh: series.electricity,
    employees: series.employees,
  };
  const columns = MONTHLY_FIELDS.map(({ key }) => ({
    values: source[key],
    decimals: MONTHLY_DECIMALS[key],
    gap: MONTHLY_GAPS[key] * firm.reportingGaps,
    // A month reported in 千元 inflates the money flows; a failed meter only electricity.
    errorAt: anomaly?.kind === "unit_error_month" && (key === "revenue" || key === "output") ? anomaly.t : -1,
    collapseAt: anomaly?.kind === "electricity_collapse" && key === "electricityKwh" ? anomaly.t : -1,
  }));
  let text = "";
  let rows = 0;
  for (let t = calendar.firstReported; t < calendar.months; t++) {
    if (!isActive(firm, t) || rng.chance(skip)) continue;
    let line = `${enterpriseId},${calendar.periods[t]}`;
    for (const column of columns) {
      const missing = rng.chance(column.gap);
      if (missing || column.values === null) {
        line += ",";
        continue;
      }
      const value = (column.values[t] ?? 0) * (t === column.errorAt ? 10 : t === column.collapseAt ? 0.06 : 1);
      line += `,${csvNumber(value, column.decimals)}`;
    }
    text += line + ctx.monthlyTail[t];
    rows++;
  }
  return { text, rows };
};
