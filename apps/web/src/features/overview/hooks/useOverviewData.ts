import { useEffect, useMemo } from "react";
import { useAllParks } from "../../parks/hooks/useParks";
import { aggregateKpis } from "../../../lib/kpis";
import { rememberDataYear, rememberedDataYear } from "../data-year";

/**
 * Parks of the province for the chosen year (default: the latest with data) and the year
 * before, with province totals recomputed from the park sums.
 */
export const useOverviewData = (year: number | undefined) => {
  const current = useAllParks(year);
  const dataYear = current.data?.year ?? null;
  const expectedYear = dataYear ?? year ?? rememberedDataYear();
  const previous = useAllParks(expectedYear === null ? undefined : expectedYear - 1, expectedYear !== null);
  useEffect(() => {
    if (year === undefined && dataYear !== null) rememberDataYear(dataYear);
  }, [year, dataYear]);
  const totals = useMemo(() => (current.data ? aggregateKpis(current.data.items) : null), [current.data]);
  // Only the year before the one shown counts (a remembered year may have been a wrong guess).
  const previousData = dataYear !== null && previous.data?.year === dataYear - 1 ? previous.data : null;
  const previousTotals = useMemo(() => (previousData ? aggregateKpis(previousData.items) : null), [previousData]);
  const previousSettled = dataYear !== null && (previousData !== null || previous.isError);
  return { current, previous, dataYear, totals, previousTotals, previousSettled };
};
