import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchLeadingIndustryCheck, fetchParkDashboard, fetchParkMonitoring } from "../api";
import type { MonitoringField } from "../monitoring-format";

/**
 * The monitoring page's queries. Keys start with "evaluation" like the rest of the workspace, so
 * a recomputation (useRecompute) refetches them with everything else evaluated.
 */
const keys = {
  dashboard: (id: number, year?: number) => ["evaluation", "monitoring", "dashboard", id, year ?? null] as const,
  series: (id: number, field: MonitoringField, period?: string) => ["evaluation", "monitoring", "series", id, field, period ?? null] as const,
  leading: (id: number, year?: number) => ["evaluation", "monitoring", "leading", id, year ?? null] as const,
};

export const useParkDashboard = (parkId: number | undefined, year: number | undefined) =>
  useQuery({ queryKey: keys.dashboard(parkId ?? 0, year), queryFn: ({ signal }) => fetchParkDashboard(parkId ?? 0, year, signal), enabled: (parkId ?? 0) > 0, placeholderData: keepPreviousData });

/** A field's 36 months ending at the period (the latest when undefined), with the period's industries. */
export const useParkMonitoring = (parkId: number | undefined, field: MonitoringField, period: string | undefined) =>
  useQuery({
    queryKey: keys.series(parkId ?? 0, field, period),
    queryFn: ({ signal }) => fetchParkMonitoring(parkId ?? 0, field, period, signal),
    enabled: (parkId ?? 0) > 0,
    placeholderData: keepPreviousData,
  });

export const useLeadingIndustryCheck = (parkId: number | undefined, year: number | undefined) =>
  useQuery({ queryKey: keys.leading(parkId ?? 0, year), queryFn: ({ signal }) => fetchLeadingIndustryCheck(parkId ?? 0, year, signal), enabled: (parkId ?? 0) > 0, placeholderData: keepPreviousData });
