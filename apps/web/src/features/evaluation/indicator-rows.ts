import type { TIndicatorMeta, TIndicatorValue } from "@parkpilot/contracts";

/** A park value with its catalogue entry (undefined when the catalogue does not list the key). */
export interface IndicatorRow extends TIndicatorValue {
  readonly meta: TIndicatorMeta | undefined;
}

/** The park's values in the order the API sends them, each with its catalogue entry. */
export const withCatalogue = (catalogue: readonly TIndicatorMeta[], values: readonly TIndicatorValue[]): IndicatorRow[] => {
  const byKey = new Map(catalogue.map((m) => [m.key, m]));
  return values.map((v) => ({ ...v, meta: byKey.get(v.key) }));
};

/** The Guidance orientations the rows serve, in the Guidance's order, with how many rows serve each. */
export const orientationCounts = (rows: readonly IndicatorRow[]): { orientation: number; count: number }[] => {
  const counts = new Map<number, number>();
  for (const r of rows) for (const o of new Set(r.meta?.orientations ?? [])) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([orientation, count]) => ({ orientation, count }));
};

/** The rows serving one orientation (all rows when none is chosen). */
export const inOrientation = (rows: readonly IndicatorRow[], orientation: number | undefined): IndicatorRow[] =>
  orientation === undefined ? [...rows] : rows.filter((r) => r.meta?.orientations.includes(orientation) ?? false);
