import type { TParkDetail, TParkIndustryMix, TParkListQuery, TParkMonthly, TParkSummary } from "@parkpilot/contracts";
import { apiGet } from "../../lib/api";

export interface ParkListResponse {
  readonly items: TParkSummary[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  /** The year the KPIs are of (default: the latest with data); null on an empty installation. */
  readonly year: number | null;
}

export type ParkListParams = Partial<TParkListQuery>;

export const fetchParks = (params: ParkListParams, signal?: AbortSignal): Promise<ParkListResponse> =>
  apiGet<ParkListResponse>("/api/parks", { ...params }, signal);

const MAX_PAGE = 200;

/** Every park of the scope with KPIs of one year (the API pages at most 200 at a time). */
export const fetchAllParks = async (year: number | undefined, signal?: AbortSignal): Promise<ParkListResponse> => {
  const first = await fetchParks({ year, pageSize: MAX_PAGE, page: 1, sort: "industrialOutput", order: "desc" }, signal);
  const items = [...first.items];
  for (let page = 2; items.length < first.total; page++) {
    const next = await fetchParks({ year, pageSize: MAX_PAGE, page, sort: "industrialOutput", order: "desc" }, signal);
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  return { ...first, items, pageSize: items.length };
};

export const fetchPark = (id: number, signal?: AbortSignal): Promise<TParkDetail> => apiGet<TParkDetail>(`/api/parks/${id}`, undefined, signal);

export const fetchParkMonthly = (id: number, signal?: AbortSignal): Promise<TParkMonthly> =>
  apiGet<TParkMonthly>(`/api/parks/${id}/monthly`, undefined, signal);

export const fetchParkIndustryMix = (id: number, year: number | undefined, signal?: AbortSignal): Promise<TParkIndustryMix> =>
  apiGet<TParkIndustryMix>(`/api/parks/${id}/industry-mix`, { year }, signal);
