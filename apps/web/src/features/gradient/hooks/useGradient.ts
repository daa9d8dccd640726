import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TCandidateQuery, TEvaluateTiersRequest, TGradientSettingsUpdate, THonourInput, THonourListQuery, TSupportMeasureInput, TTierCardQuery } from "@parkpilot/contracts";
import {
  deleteHonour,
  deleteMeasure,
  fetchCandidates,
  fetchCatalogue,
  fetchFacts,
  fetchFunnel,
  fetchHonours,
  fetchMeasures,
  fetchSettings,
  fetchTierCard,
  importHonours,
  runEvaluation,
  saveFacts,
  saveHonour,
  saveMeasure,
  saveSettings,
} from "../api";

const ROOT = "gradient";
export const gradientKeys = {
  catalogue: [ROOT, "catalogue"] as const,
  funnel: (year: number, parkId?: number) => [ROOT, "funnel", year, parkId ?? null] as const,
  candidates: (q: object) => [ROOT, "candidates", q] as const,
  card: (id: number, q: TTierCardQuery) => [ROOT, "card", id, q] as const,
  facts: (id: number) => [ROOT, "facts", id] as const,
  honours: (q: object) => [ROOT, "honours", q] as const,
  measures: [ROOT, "measures"] as const,
  settings: [ROOT, "settings"] as const,
};

/** Anything gradient-related may change after a write: refetch all of it. */
const useInvalidateAll = () => {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] === ROOT });
};

export const useCatalogue = () => useQuery({ queryKey: gradientKeys.catalogue, queryFn: ({ signal }) => fetchCatalogue(signal), staleTime: Infinity });

export const useFunnel = (year: number, parkId?: number) =>
  useQuery({ queryKey: gradientKeys.funnel(year, parkId), queryFn: ({ signal }) => fetchFunnel(year, parkId, signal), placeholderData: keepPreviousData });

export const useCandidates = (query: Partial<TCandidateQuery> & Pick<TCandidateQuery, "year" | "tier">) =>
  useQuery({ queryKey: gradientKeys.candidates(query), queryFn: ({ signal }) => fetchCandidates(query, signal), placeholderData: keepPreviousData });

export const useTierCard = (id: number, query: TTierCardQuery) =>
  useQuery({ queryKey: gradientKeys.card(id, query), queryFn: ({ signal }) => fetchTierCard(id, query, signal), enabled: Number.isInteger(id) && id > 0, placeholderData: keepPreviousData });

export const useFacts = (id: number, enabled: boolean) => useQuery({ queryKey: gradientKeys.facts(id), queryFn: ({ signal }) => fetchFacts(id, signal), enabled });

export const useHonours = (query: Partial<THonourListQuery>) =>
  useQuery({ queryKey: gradientKeys.honours(query), queryFn: ({ signal }) => fetchHonours(query, signal), placeholderData: keepPreviousData });

export const useMeasures = () => useQuery({ queryKey: gradientKeys.measures, queryFn: ({ signal }) => fetchMeasures(signal) });

export const useSettings = (enabled: boolean) => useQuery({ queryKey: gradientKeys.settings, queryFn: ({ signal }) => fetchSettings(signal), enabled });

export const useRunEvaluation = () => {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: (body: TEvaluateTiersRequest) => runEvaluation(body), onSuccess: invalidate });
};

export const useSaveFacts = (id: number) => {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: (values: Record<string, number | boolean | string | null>) => saveFacts(id, values), onSuccess: invalidate });
};

export const useSaveHonour = () => {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: ({ input, id }: { input: THonourInput; id?: number }) => saveHonour(input, id), onSuccess: invalidate });
};

export const useDeleteHonour = () => {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: (id: number) => deleteHonour(id), onSuccess: invalidate });
};

export const useImportHonours = (onProgress: (fraction: number) => void) => {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: (file: File) => importHonours(file, onProgress), onSuccess: invalidate });
};

export const useSaveMeasure = () => {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: ({ input, id }: { input: TSupportMeasureInput; id?: number }) => saveMeasure(input, id), onSuccess: invalidate });
};

export const useDeleteMeasure = () => {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: (id: number) => deleteMeasure(id), onSuccess: invalidate });
};

export const useSaveSettings = () => {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: (update: TGradientSettingsUpdate) => saveSettings(update), onSuccess: invalidate });
};
