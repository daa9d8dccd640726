import { useQuery } from "@tanstack/react-query";
import type { TDataYears } from "@parkpilot/contracts";
import { apiGet } from "./api";

/** Query key of the years with data; writes of indicator data invalidate it with the lists. */
export const DATA_YEARS_KEY = "data-years";

/** Years with annual data in the user's province, newest first: what year pickers offer. */
export const useDataYears = () =>
  useQuery({ queryKey: [DATA_YEARS_KEY], queryFn: ({ signal }) => apiGet<TDataYears>("/api/meta/data-years", undefined, signal), staleTime: 60_000 });

/**
 * The years a picker offers, newest first: those with data, and the year on screen even when it
 * has none (a shared link, a year chosen before its data arrived), so the picker never shows a
 * value it does not list.
 */
export const yearChoices = (dataYears: readonly number[], shown?: number | null): number[] =>
  [...new Set(shown === undefined || shown === null ? dataYears : [...dataYears, shown])].sort((a, b) => b - a);
