import type { TAnnualUpsert, TEnterpriseDetail, TMonthlyUpsert, TEnterpriseListQuery, TEnterpriseSummary } from "@parkpilot/contracts";
import { apiGet, apiPut } from "../../lib/api";

export interface EnterpriseListResponse {
  readonly items: TEnterpriseSummary[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  /** The year of the figures in the list (latest with data). */
  readonly year: number | null;
}

export type EnterpriseListParams = Partial<TEnterpriseListQuery>;

export const fetchEnterprises = (params: EnterpriseListParams, signal?: AbortSignal): Promise<EnterpriseListResponse> =>
  apiGet<EnterpriseListResponse>("/api/enterprises", { ...params }, signal);

/** Rows an export may hold; beyond this the user is asked to narrow the filter. */
export const EXPORT_LIMIT = 20_000;
const EXPORT_PAGE = 200;

/** Every enterprise matching a filter, page by page (the API pages at most 200 at a time). */
export const fetchAllEnterprises = async (
  params: EnterpriseListParams,
  onProgress: (loaded: number, total: number) => void,
  signal?: AbortSignal,
): Promise<EnterpriseListResponse> => {
  const first = await fetchEnterprises({ ...params, page: 1, pageSize: EXPORT_PAGE }, signal);
  const items = [...first.items];
  onProgress(items.length, first.total);
  for (let page = 2; items.length < Math.min(first.total, EXPORT_LIMIT); page++) {
    const next = await fetchEnterprises({ ...params, page, pageSize: EXPORT_PAGE }, signal);
    if (next.items.length === 0) break;
    items.push(...next.items);
    onProgress(items.length, first.total);
  }
  return { ...first, items: items.slice(0, EXPORT_LIMIT), pageSize: items.length };
};

export const fetchEnterprise = (id: number, signal?: AbortSignal): Promise<TEnterpriseDetail> =>
  apiGet<TEnterpriseDetail>(`/api/enterprises/${id}`, undefined, signal);

export interface UpsertResult {
  readonly created: boolean;
  readonly changed: string[];
}

/** A correction typed in the web form: recorded as manual entry by the signed-in user. */
export const saveAnnual = (id: number, year: number, body: TAnnualUpsert): Promise<UpsertResult> =>
  apiPut<UpsertResult>(`/api/enterprises/${id}/annual/${year}?via=manual`, body);

/** A month typed in the web form (YYYY-MM): recorded as manual entry by the signed-in user. */
export const saveMonthly = (id: number, period: string, body: TMonthlyUpsert): Promise<UpsertResult> =>
  apiPut<UpsertResult>(`/api/enterprises/${id}/monthly/${period}?via=manual`, body);
