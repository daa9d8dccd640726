import type { LandSupplyMode, ParcelStatus } from "../schema";
import type { LandHolding } from "./annual";
import { addYears, dateInMonth, type DemoCalendar } from "./calendar";
import { csvInt, csvNumber } from "./csv";
import type { Firm } from "./firm";

/**
 * Land parcels (宗地) of a park: the plots its enterprises hold, plus plots the park has taken
 * back or not yet supplied. Parcel codes follow the 19-character 宗地代码 layout: region (6),
 * cadastral district (3) and sub-district (3), "GB" (state-owned construction land), number (5).
 */
export const PARCEL_COLUMNS = [
  "park_id",
  "parcel_code",
  "holder_enterprise_id",
  "area_mu",
  "land_use",
  "supply_mode",
  "term_start",
  "term_end",
  "plot_ratio",
  "building_area_m2",
  "status",
  "is_generated",
  "source_kind",
  "source_note",
  "recorded_at",
] as const;

const MU_M2 = 666.67;
/** Parcel numbers reserved per enterprise (held plots and one vacant plot next to them). */
const NUMBERS_PER_ENTERPRISE = 3;

export interface ParcelContext {
  readonly calendar: DemoCalendar;
  readonly sourceNote: string;
  readonly recordedAt: string;
  /** First enterprise index of the firm's park, so numbering restarts in each park. */
  readonly parkStart: number;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

const parcelCode = (firm: Firm, parkStart: number, slot: number): string => {
  const number = (firm.index - parkStart) * NUMBERS_PER_ENTERPRISE + slot + 1;
  const district = (firm.park.ordinal % 999) + 1;
  const subDistrict = Math.floor(number / 100_000) + 1;
  return `${firm.park.creditRegion}${pad(district, 3)}${pad(subDistrict, 3)}GB${pad(number % 100_000, 5)}`;
};

/** Since the 2010s parks supply more land by long lease, lease-then-transfer or flexible terms. */
const supplyMode = (firm: Firm, foundedYear: number): LandSupplyMode => {
  const roll = firm.rng.next();
  if (foundedYear < 2017) return roll < 0.9 ? "transfer" : roll < 0.95 ? "lease_then_transfer" : "long_lease";
  return roll < 0.55 ? "transfer" : roll < 0.7 ? "long_lease" : roll < 0.9 ? "lease_then_transfer" : "flexible_term";
};

/** Term of the land right; a lease-then-transfer plot still in its lease phase ends with the lease. */
const termEnd = (firm: Firm, mode: LandSupplyMode, start: string, asOf: string): string => {
  const { rng } = firm;
  switch (mode) {
    case "transfer":
      return addYears(start, 50);
    case "flexible_term":
      return addYears(start, rng.pick([20, 25, 30]));
    case "long_lease":
      return addYears(start, rng.pick([5, 10, 15, 20]));
    case "lease_then_transfer": {
      const leaseEnd = addYears(start, rng.pick([3, 5]));
      return leaseEnd > asOf ? leaseEnd : addYears(start, 50);
    }
  }
};

const line = (
  ctx: ParcelContext,
  parkId: number,
  code: string,
  holder: number | null,
  areaMu: number,
  landUse: string,
  mode: LandSupplyMode,
  termStart: string | null,
  end: string | null,
  plotRatio: number,
  buildingM2: number,
  status: ParcelStatus,
): string =>
  [
    parkId,
    code,
    csvInt(holder),
    csvNumber(areaMu, 2),
    landUse,
    mode,
    termStart ?? "",
    end ?? "",
    csvNumber(plotRatio, 2),
    csvNumber(buildingM2, 0),
    status,
    "t",
    "generated",
    ctx.sourceNote,
    ctx.recordedAt,
  ].join(",") + "\n";

export const parcelLines = (ctx: ParcelContext, firm: Firm, enterpriseId: number, land: LandHolding | null): { text: string; rows: number } => {
  const { rng, park } = firm;
  const asOf = ctx.calendar.asOf;
  let text = "";
  let rows = 0;
  if (land) {
    const foundedYear = Number(firm.foundedOn.slice(0, 4));
    const split = rng.chance(0.15) ? rng.uniform(0.3, 0.7) : 1;
    const shares = split < 1 ? [split, 1 - split] : [1];
    const recent = firm.foundedT >= ctx.calendar.months - 24;
    shares.forEach((share, slot) => {
      const mode = supplyMode(firm, foundedYear);
      // Land markets for industrial plots opened in the early 1990s; a right starts within
      // months of founding and never after the as-of date.
      const landMarketOpened = (1993 - (ctx.calendar.years[0] ?? 1993)) * 12;
      const startT = Math.max(firm.foundedT, landMarketOpened) + rng.int(0, 8);
      const granted = dateInMonth(ctx.calendar, startT, rng.int(1, 28));
      const start = granted < asOf ? granted : asOf;
      const plotRatio = Math.max(0.3, land.plotRatio * Math.exp(rng.normal(0, 0.1)));
      const exited = firm.status !== "operating";
      const status: ParcelStatus = exited ? "idle" : recent && rng.chance(0.4) ? "under_construction" : rng.chance(0.02) ? "idle" : "in_use";
      const built = status === "under_construction" ? rng.uniform(0, 0.5) : 1;
      const area = land.mu * share;
      text += line(ctx, park.id, parcelCode(firm, ctx.parkStart, slot), enterpriseId, area, land.landUse, mode, start, termEnd(firm, mode, start, asOf), plotRatio, area * MU_M2 * plotRatio * built, status);
      rows++;
    });
  }
  // About 3% of plots are vacant: taken back from exited firms or never built on. The schema
  // requires a supply mode, so a vacant plot carries the mode it is planned to be supplied by.
  if (rng.chance(0.03)) {
    const planned: LandSupplyMode = rng.pick(["flexible_term", "flexible_term", "lease_then_transfer", "long_lease", "transfer"]);
    const area = rng.logNormal(25, 0.8);
    text += line(ctx, park.id, parcelCode(firm, ctx.parkStart, 2), null, area, "0601", planned, null, null, rng.uniform(1.2, 3), 0, "vacant");
    rows++;
  }
  return { text, rows };
};
