import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TAnnualUpsert } from "@parkpilot/contracts";
import { DATA_YEARS_KEY } from "../../../lib/data-years";
import { fetchEnterprise, fetchEnterprises, saveAnnual, saveMonthly, type EnterpriseListParams } from "../api";

/** What a report or correction is for: a year of annual indicators or a month of monthly ones. */
export type EditGrain = { readonly kind: "annual"; readonly year: number } | { readonly kind: "monthly"; readonly period: string };

export const enterpriseKeys = {
  list: (params: EnterpriseListParams) => ["enterprises", "list", params] as const,
  detail: (id: number) => ["enterprises", "detail", id] as const,
};

export const useEnterpriseList = (params: EnterpriseListParams) =>
  useQuery({ queryKey: enterpriseKeys.list(params), queryFn: ({ signal }) => fetchEnterprises(params, signal), placeholderData: keepPreviousData });

export const useEnterprise = (id: number) =>
  useQuery({ queryKey: enterpriseKeys.detail(id), queryFn: ({ signal }) => fetchEnterprise(id, signal), enabled: Number.isInteger(id) && id > 0 });

export const useSaveIndicators = (id: number) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ grain, body }: { grain: EditGrain; body: TAnnualUpsert }) =>
      grain.kind === "annual" ? saveAnnual(id, grain.year, body) : saveMonthly(id, grain.period, body),
    // The detail is reloaded so every tooltip shows the new provenance; lists, park KPIs and the years with data too.
    onSuccess: () => client.invalidateQueries({ predicate: (q) => ["enterprises", "parks", DATA_YEARS_KEY].includes(String(q.queryKey[0])) }),
  });
};
