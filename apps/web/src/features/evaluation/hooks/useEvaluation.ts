import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TEvidenceBody, TEvidenceReviewBody } from "@parkpilot/contracts";
import {
  assignAlert,
  chooseLandRuleSet,
  deleteEvidence,
  reviewEvidence,
  fetchAlert,
  fetchAlertAssignees,
  fetchAlerts,
  fetchEnterpriseIndicators,
  fetchEvaluationSettings,
  fetchHomogeneity,
  fetchIndicatorCatalogue,
  fetchLandEnterprises,
  fetchLandExplanation,
  fetchLandSummary,
  fetchParkIndicators,
  fetchParkScorecard,
  fetchProvinceScorecard,
  fetchRanking,
  recompute,
  saveEvidence,
  transitionAlert,
} from "../api";

const ROOT = "evaluation";
const keys = {
  provinceScorecard: (year?: number) => [ROOT, "scorecard", year ?? null] as const,
  parkScorecard: (id: number, year?: number) => [ROOT, "scorecard", "park", id, year ?? null] as const,
  homogeneity: (basis: string, year?: number, threshold?: number) => [ROOT, "homogeneity", basis, year ?? null, threshold ?? null] as const,
  ranking: (year?: number) => [ROOT, "ranking", year ?? null] as const,
  land: (id: number, target: number, year?: number) => [ROOT, "land", id, target, year ?? null] as const,
  landEnterprises: (id: number, q: object) => [ROOT, "land", id, "enterprises", q] as const,
  explanation: (id: number, year?: number) => [ROOT, "explanation", id, year ?? null] as const,
  alerts: (q: object) => [ROOT, "alerts", q] as const,
  alert: (id: number) => [ROOT, "alert", id] as const,
  assignees: (id: number) => [ROOT, "alert", id, "assignees"] as const,
  settings: () => [ROOT, "settings"] as const,
  catalogue: () => [ROOT, "catalogue"] as const,
  parkIndicators: (id: number, year?: number) => [ROOT, "indicators", "park", id, year ?? null] as const,
  // Computed from the enterprise's annual figures at each request, not by the recomputation: under
  // "enterprises" so that a report or correction of the figures (useSaveIndicators) refetches it.
  enterpriseIndicators: (id: number, year?: number) => ["enterprises", "indicators", id, year ?? null] as const,
};

/** Everything evaluated may change after a write or a recomputation: refetch all of it. */
const useInvalidate = () => {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] === ROOT });
};

/** The catalogue changes only with a new release of the rules: fetched once a session. */
export const useIndicatorCatalogue = () => useQuery({ queryKey: keys.catalogue(), queryFn: ({ signal }) => fetchIndicatorCatalogue(signal), staleTime: Infinity });

export const useParkIndicators = (parkId: number | undefined, year: number | undefined) =>
  useQuery({ queryKey: keys.parkIndicators(parkId ?? 0, year), queryFn: ({ signal }) => fetchParkIndicators(parkId ?? 0, year, signal), enabled: (parkId ?? 0) > 0, placeholderData: keepPreviousData });

export const useEnterpriseIndicators = (enterpriseId: number, year: number | undefined) =>
  useQuery({ queryKey: keys.enterpriseIndicators(enterpriseId, year), queryFn: ({ signal }) => fetchEnterpriseIndicators(enterpriseId, year, signal), enabled: enterpriseId > 0, placeholderData: keepPreviousData });

export const useProvinceScorecard = (year: number | undefined, enabled: boolean) =>
  useQuery({ queryKey: keys.provinceScorecard(year), queryFn: ({ signal }) => fetchProvinceScorecard(year, signal), enabled, placeholderData: keepPreviousData });

export const useParkScorecard = (parkId: number | undefined, year: number | undefined) =>
  useQuery({ queryKey: keys.parkScorecard(parkId ?? 0, year), queryFn: ({ signal }) => fetchParkScorecard(parkId ?? 0, year, signal), enabled: (parkId ?? 0) > 0, placeholderData: keepPreviousData });

export const useHomogeneity = (basis: "declared" | "output", year: number | undefined, threshold: number | undefined) =>
  useQuery({ queryKey: keys.homogeneity(basis, year, threshold), queryFn: ({ signal }) => fetchHomogeneity(basis, year, threshold, signal), placeholderData: keepPreviousData });

export const useRanking = (year: number | undefined, enabled: boolean) =>
  useQuery({ queryKey: keys.ranking(year), queryFn: ({ signal }) => fetchRanking(year, signal), enabled });

export const useLandSummary = (parkId: number | undefined, target: number, year: number | undefined) =>
  useQuery({ queryKey: keys.land(parkId ?? 0, target, year), queryFn: ({ signal }) => fetchLandSummary(parkId ?? 0, target, year, signal), enabled: (parkId ?? 0) > 0, placeholderData: keepPreviousData });

export const useLandEnterprises = (parkId: number | undefined, query: { page: number; class?: string; year?: number }) =>
  useQuery({ queryKey: keys.landEnterprises(parkId ?? 0, query), queryFn: ({ signal }) => fetchLandEnterprises(parkId ?? 0, query, signal), enabled: (parkId ?? 0) > 0, placeholderData: keepPreviousData });

export const useLandExplanation = (enterpriseId: number | null, year?: number) =>
  useQuery({ queryKey: keys.explanation(enterpriseId ?? 0, year), queryFn: ({ signal }) => fetchLandExplanation(enterpriseId ?? 0, year, signal), enabled: (enterpriseId ?? 0) > 0 });

export const useAlerts = (query: { page: number; status?: string; severity?: string; parkId?: number }) =>
  useQuery({ queryKey: keys.alerts(query), queryFn: ({ signal }) => fetchAlerts(query, signal), placeholderData: keepPreviousData });

export const useAlert = (id: number | null) => useQuery({ queryKey: keys.alert(id ?? 0), queryFn: ({ signal }) => fetchAlert(id ?? 0, signal), enabled: (id ?? 0) > 0 });

export const useAlertAssignees = (id: number | null) =>
  useQuery({ queryKey: keys.assignees(id ?? 0), queryFn: ({ signal }) => fetchAlertAssignees(id ?? 0, signal), enabled: (id ?? 0) > 0 });

export const useTransitionAlert = () => {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (v: { id: number; to: "open" | "acknowledged" | "resolved"; note?: string }) => transitionAlert(v.id, v.to, v.note), onSuccess: invalidate });
};

export const useAssignAlert = () => {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (v: { id: number; ownerUserId: number | null }) => assignAlert(v.id, v.ownerUserId), onSuccess: invalidate });
};

export const useSaveEvidence = () => {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (v: { parkId: number; itemKey: string; body: TEvidenceBody }) => saveEvidence(v.parkId, v.itemKey, v.body), onSuccess: invalidate });
};

export const useReviewEvidence = () => {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (v: { parkId: number; itemKey: string; body: TEvidenceReviewBody }) => reviewEvidence(v.parkId, v.itemKey, v.body), onSuccess: invalidate });
};

export const useDeleteEvidence = () => {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (v: { parkId: number; itemKey: string; year: number }) => deleteEvidence(v.parkId, v.itemKey, v.year), onSuccess: invalidate });
};

export const useRecompute = () => {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: recompute, onSuccess: invalidate });
};

export const useEvaluationSettings = (enabled: boolean) => useQuery({ queryKey: keys.settings(), queryFn: ({ signal }) => fetchEvaluationSettings(signal), enabled });

/** Adopts a per-mu rule set, then recomputes, so that the classes shown are the new method's. */
export const useChooseLandRuleSet = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (id: string) => {
      await chooseLandRuleSet(id);
      return recompute();
    },
    onSettled: invalidate,
  });
};
