import type { OperatingStatus } from "../schema";
import type { ParkAllocation } from "./allocation";
import { dateInMonth, type DemoCalendar } from "./calendar";
import type { ClassPool, DemoPark, IndustryClass, ReferenceData } from "./context";
import { ENERGY_CARRIERS, TCE_PER_UNIT, type EnergyAmounts } from "./energy";
import type { CreditCodeFactory } from "./identity";
import { deriveSeed, Rng, STREAM } from "./random";
import type { RowContext } from "./rows";
import type { SeasonTables } from "./seasonality";

/**
 * The lasting traits of one generated enterprise: who it is, where, in which industry, how big,
 * how it behaves over time. Drawn from the enterprise's own random stream, in a fixed order.
 */
export interface GenerationContext {
  readonly seed: number;
  readonly provinceCode: string;
  readonly calendar: DemoCalendar;
  readonly reference: ReferenceData;
  readonly allocation: ParkAllocation;
  readonly parkTraits: readonly ParkTraits[];
  readonly codes: CreditCodeFactory;
  /** Provenance note of every row, already escaped for CSV. */
  readonly sourceNote: string;
  readonly rows: RowContext;
  readonly season: SeasonTables;
}

export interface ParkTraits {
  /** Share of the park's enterprises in its declared leading industries. */
  readonly leadingShare: number;
  /** Park-wide growth effect (location, policy, anchor firms). */
  readonly growthEffect: number;
}

export const drawParkTraits = (seed: number, park: DemoPark): ParkTraits => {
  const rng = new Rng(deriveSeed(seed, STREAM.park, park.ordinal));
  return { leadingShare: rng.uniform(0.6, 0.75), growthEffect: rng.normal(0, 0.025) };
};

export type Anomaly =
  /** One month reported in 千元 instead of 万元: revenue and output ten times too high. */
  | { readonly kind: "unit_error_month"; readonly t: number }
  /** One month of electricity collapsing (meter fault, missed reading) while output stays flat. */
  | { readonly kind: "electricity_collapse"; readonly t: number }
  /** One annual report in 千元 instead of 万元. */
  | { readonly kind: "unit_error_year"; readonly year: number };

export interface Firm {
  readonly index: number;
  readonly rng: Rng;
  readonly park: DemoPark;
  readonly industry: IndustryClass;
  readonly inLeadingIndustry: boolean;
  /** Timeline month of founding (negative before the timeline) and the date itself. */
  readonly foundedT: number;
  readonly foundedOn: string;
  /** Active timeline months: [startT, endT). */
  readonly startT: number;
  readonly endT: number;
  readonly status: OperatingStatus;
  /** Annualised revenue level at the start of the timeline, 万元. */
  readonly revenueLevel: number;
  readonly growth: number;
  readonly decline: { readonly at: number; readonly factor: number } | null;
  readonly anomaly: Anomaly | null;
  /** Multiplier of the probability of missing values (poor reporters have more gaps). */
  readonly reportingGaps: number;
  readonly outputRatio: number;
  readonly taxRate: number;
  /** Energy use in each carrier's unit per 万元 of output (revenue for services). */
  readonly energyPerOutput: EnergyAmounts;
  readonly revenuePerHead: number;
}

/** Median revenue of all firms of a division relative to the median of its 规上 firms. */
const SMALL_FIRM_SCALE = 0.3;

const pickClass = (rng: Rng, pool: ClassPool): IndustryClass => pool.classes[rng.weightedIndex(pool.weights, pool.total)] as IndustryClass;

/** The profile's energy mix varied per firm; most firms in Guangdong burn no coal at all. */
const drawEnergy = (rng: Rng, industry: IndustryClass): EnergyAmounts => {
  const { mix, energyPerOutput } = industry.profile;
  const shares = { ...mix };
  shares.electricityKwh = Math.max(0.05, mix.electricityKwh * rng.logNormal(1, 0.2));
  if (mix.coalT < 0.3 && rng.chance(0.6)) shares.coalT = 0;
  else shares.coalT *= rng.logNormal(1, 0.4);
  if (mix.naturalGasM3 < 0.2 && rng.chance(0.3)) shares.naturalGasM3 = 0;
  else shares.naturalGasM3 *= rng.logNormal(1, 0.4);
  if (mix.oilT < 0.1 && rng.chance(0.5)) shares.oilT = 0;
  else shares.oilT *= rng.logNormal(1, 0.4);
  if (mix.heatGj < 0.3 && rng.chance(0.3)) shares.heatGj = 0;
  else shares.heatGj *= rng.logNormal(1, 0.4);
  const sum = ENERGY_CARRIERS.reduce((a, c) => a + shares[c], 0);
  const intensity = energyPerOutput * rng.logNormal(1, 0.4);
  const perOutput = {} as EnergyAmounts;
  for (const c of ENERGY_CARRIERS) perOutput[c] = (intensity * shares[c]) / sum / TCE_PER_UNIT[c];
  return perOutput;
};

/** About 1.6% of firms make one reporting error somewhere in the data they could report. */
const drawAnomaly = (rng: Rng, calendar: DemoCalendar, industry: IndustryClass, startT: number, endT: number): Anomaly | null => {
  const roll = rng.next();
  const firstMonth = Math.max(startT, calendar.firstReported);
  const month = rng.int(firstMonth, Math.max(firstMonth, endT - 1));
  const yearIndex = rng.int(0, 2);
  const reportsMonthly = endT > firstMonth;
  const activeInYear = 12 * yearIndex < endT && 12 * yearIndex + 12 > startT;
  if (roll < 0.006) return reportsMonthly ? { kind: "unit_error_month", t: month } : null;
  if (roll < 0.012) return reportsMonthly && industry.industrial ? { kind: "electricity_collapse", t: month } : null;
  if (roll < 0.016) return activeInYear ? { kind: "unit_error_year", year: calendar.years[yearIndex] ?? 0 } : null;
  return null;
};

export const drawFirm = (ctx: GenerationContext, index: number): Firm => {
  const { calendar, reference, allocation } = ctx;
  const rng = new Rng(deriveSeed(ctx.seed, STREAM.enterprise, index));
  const parkIndex = allocation.parkIndexOf(index);
  const park = reference.parks[parkIndex] as DemoPark;
  const traits = ctx.parkTraits[parkIndex] as ParkTraits;

  const inLeadingIndustry = park.leading.length > 0 && rng.chance(traits.leadingShare);
  const industry = inLeadingIndustry ? pickClass(rng, rng.pick(park.leading)) : pickClass(rng, reference.general);
  const profile = industry.profile;

  // Founding: ~6% start during the timeline (they ramp up), the rest earlier, mostly recently.
  const months = calendar.months;
  const foundedT = rng.chance(0.06)
    ? rng.int(0, months - 4)
    : -12 * Math.min(40, Math.floor(rng.gamma(1.6) * 6)) - rng.int(1, 12);
  const foundedOn = dateInMonth(calendar, foundedT, rng.int(1, 28));
  const startT = Math.max(0, foundedT);

  // Exits: deregistered and relocated firms stop reporting well before the end, suspended ones
  // recently. Too young a firm to exit stays operating.
  let status: OperatingStatus = "operating";
  let endT = months;
  const exit = rng.next();
  const exitAt =
    exit < 0.012 ? ["deregistered", rng.int(6, 30)] as const
    : exit < 0.017 ? ["relocated", rng.int(3, 24)] as const
    : exit < 0.037 ? ["suspended", rng.int(1, 10)] as const
    : null;
  if (exitAt && months - exitAt[1] > startT + 3) {
    status = exitAt[0];
    endT = months - exitAt[1];
  }

  // ~5% of operating firms fall by 40–70% in the last year (lost orders, relocation of lines);
  // half of the suspended ones declined before they stopped.
  let decline: Firm["decline"] = null;
  if (status === "operating" && rng.chance(0.055)) {
    const at = months - rng.int(6, 12);
    if (at >= startT + 15) decline = { at, factor: rng.uniform(0.3, 0.6) };
  } else if (status === "suspended" && rng.chance(0.5)) {
    const at = endT - rng.int(3, 8);
    if (at > startT) decline = { at, factor: rng.uniform(0.4, 0.7) };
  }

  const growth = Math.min(
    decline ? 0.03 : 0.6,
    Math.max(-0.3, profile.growth + traits.growthEffect + rng.normal(0, 0.1)),
  );
  // Most park firms are small: the median firm is well below the median 规上 firm, so that
  // about a third of them reach the 规上 threshold, as in Guangdong's parks.
  const typical = SMALL_FIRM_SCALE * profile.medianRevenue * (park.level === "national" ? 1.3 : 1);
  const revenueLevel = Math.min(8e6, Math.max(20, rng.logNormal(typical, 1.3)));

  const anomaly = drawAnomaly(rng, calendar, industry, startT, endT);

  const gapRoll = rng.next();
  return {
    index,
    rng,
    park,
    industry,
    inLeadingIndustry,
    foundedT,
    foundedOn,
    startT,
    endT,
    status,
    revenueLevel,
    growth,
    decline,
    anomaly,
    reportingGaps: gapRoll < 0.6 ? 0.5 : gapRoll < 0.9 ? 1 : 3,
    outputRatio: industry.industrial ? rng.clampedNormal(1.0, 0.05, 0.85, 1.2) : 0,
    taxRate: rng.uniform(0.02, 0.06),
    energyPerOutput: drawEnergy(rng, industry),
    revenuePerHead: profile.revenuePerHead * rng.logNormal(1, 0.35),
  };
};
