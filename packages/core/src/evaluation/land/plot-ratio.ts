import { medianOf } from "../stats";

/** 1 亩 = 666.67 m² (ARCHITECTURE.md data conventions). */
export const M2_PER_MU = 666.67;

export interface ParcelForWhatIf {
  readonly areaMu: number;
  readonly plotRatio: number | null;
  readonly buildingAreaM2: number | null;
  readonly status: string;
}

export interface PlotRatioWhatIf {
  readonly targetPlotRatio: number;
  /** Parcels in use whose current floor area is known, and those left out because it is not. */
  readonly parcelsConsidered: number;
  readonly parcelsUnknown: number;
  readonly currentFloorM2: number;
  readonly extraFloorM2: number;
  /** Median of enterprise output ÷ floor area (万元/m²), over enterprises reporting both; null without any. */
  readonly medianOutputPerM2: number | null;
  readonly outputSample: number;
  /** Extra floor area × median output per m² (万元); null without a median. */
  readonly projectedOutput: number | null;
}

/**
 * 工业上楼 what-if: raising every parcel in use to a target plot ratio adds
 * max(0, target × area − current floor area) of floor space; valued at the park's median output
 * per m² of floor space it projects extra output. Parcels whose floor area is unknown (neither
 * building area nor plot ratio recorded) are counted apart, never assumed empty.
 */
export const plotRatioWhatIf = (
  parcels: readonly ParcelForWhatIf[],
  targetPlotRatio: number,
  enterprises: readonly { readonly output: number | null; readonly floorAreaM2: number | null }[],
): PlotRatioWhatIf => {
  let considered = 0;
  let unknownCount = 0;
  let current = 0;
  let extra = 0;
  for (const p of parcels) {
    if (p.status !== "in_use" || !(p.areaMu > 0)) continue;
    const areaM2 = p.areaMu * M2_PER_MU;
    const floor = p.buildingAreaM2 ?? (p.plotRatio !== null ? p.plotRatio * areaM2 : null);
    if (floor === null) {
      unknownCount += 1;
      continue;
    }
    considered += 1;
    current += floor;
    extra += Math.max(0, targetPlotRatio * areaM2 - floor);
  }
  const perM2 = enterprises.flatMap((e) => (e.output !== null && e.floorAreaM2 !== null && e.floorAreaM2 > 0 && e.output >= 0 ? [e.output / e.floorAreaM2] : []));
  const med = medianOf(perM2);
  return {
    targetPlotRatio,
    parcelsConsidered: considered,
    parcelsUnknown: unknownCount,
    currentFloorM2: current,
    extraFloorM2: extra,
    medianOutputPerM2: med,
    outputSample: perM2.length,
    projectedOutput: med === null ? null : extra * med,
  };
};
