import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { fetchAllParks, fetchPark, fetchParkIndustryMix, fetchParkMonthly, fetchParks, type ParkListParams } from "../api";

export const parkKeys = {
  all: ["parks"] as const,
  list: (params: ParkListParams) => ["parks", "list", params] as const,
  allOfYear: (year: number | undefined) => ["parks", "all", year ?? "latest"] as const,
  detail: (id: number) => ["parks", "detail", id] as const,
  monthly: (id: number) => ["parks", "monthly", id] as const,
  industryMix: (id: number, year: number | undefined) => ["parks", "industry-mix", id, year ?? "latest"] as const,
};

export const useParkList = (params: ParkListParams) =>
  useQuery({ queryKey: parkKeys.list(params), queryFn: ({ signal }) => fetchParks(params, signal), placeholderData: keepPreviousData });

/** All parks of the scope for one year; `enabled` lets a caller wait for the year it needs. */
/** All parks of the scope with KPIs of one year (default: the latest with data). */
export const allParksQuery = (year: number | undefined) =>
  queryOptions({ queryKey: parkKeys.allOfYear(year), queryFn: ({ signal }) => fetchAllParks(year, signal) });

export const useAllParks = (year: number | undefined, enabled = true) => useQuery({ ...allParksQuery(year), enabled });

export const usePark = (id: number) => useQuery({ queryKey: parkKeys.detail(id), queryFn: ({ signal }) => fetchPark(id, signal), enabled: Number.isInteger(id) && id > 0 });

export const useParkMonthly = (id: number, enabled: boolean) =>
  useQuery({ queryKey: parkKeys.monthly(id), queryFn: ({ signal }) => fetchParkMonthly(id, signal), enabled });

export const useParkIndustryMix = (id: number, year: number | undefined, enabled: boolean) =>
  useQuery({ queryKey: parkKeys.industryMix(id, year), queryFn: ({ signal }) => fetchParkIndustryMix(id, year, signal), enabled });
