import type {
  TCandidateList,
  TCandidateQuery,
  TEnterpriseFacts,
  TEvaluateTiersRequest,
  TEvaluateTiersResult,
  TFunnel,
  TGradientSettings,
  TGradientSettingsUpdate,
  THonour,
  THonourImportResult,
  THonourInput,
  THonourList,
  THonourListQuery,
  TSupportMeasure,
  TSupportMeasureInput,
  TTierCard,
  TTierCardQuery,
  TTierCatalogue,
} from "@parkpilot/contracts";
import { apiGet, apiPost, apiPut, send, uploadForm } from "../../lib/api";

export const fetchCatalogue = (signal?: AbortSignal): Promise<TTierCatalogue> => apiGet<TTierCatalogue>("/api/gradient/catalogue", undefined, signal);

export const fetchFunnel = (year: number, parkId: number | undefined, signal?: AbortSignal): Promise<TFunnel> => apiGet<TFunnel>("/api/gradient/funnel", { year, parkId }, signal);

export const fetchCandidates = (query: Partial<TCandidateQuery> & Pick<TCandidateQuery, "year" | "tier">, signal?: AbortSignal): Promise<TCandidateList> =>
  apiGet<TCandidateList>("/api/gradient/candidates", { ...query }, signal);

export const runEvaluation = (body: TEvaluateTiersRequest): Promise<TEvaluateTiersResult> => apiPost<TEvaluateTiersResult>("/api/gradient/evaluations", body);

export const fetchTierCard = (id: number, query: TTierCardQuery, signal?: AbortSignal): Promise<TTierCard> =>
  apiGet<TTierCard>(`/api/gradient/enterprises/${id}/card`, { ...query }, signal);

export const fetchFacts = (id: number, signal?: AbortSignal): Promise<TEnterpriseFacts> => apiGet<TEnterpriseFacts>(`/api/gradient/enterprises/${id}/facts`, undefined, signal);

/** Typed in the web form: recorded as a manual entry by the signed-in user. */
export const saveFacts = (id: number, values: Record<string, number | boolean | string | null>): Promise<TEnterpriseFacts> =>
  apiPut<TEnterpriseFacts>(`/api/gradient/enterprises/${id}/facts`, { values, via: "manual" });

export const fetchHonours = (query: Partial<THonourListQuery>, signal?: AbortSignal): Promise<THonourList> => apiGet<THonourList>("/api/gradient/honours", { ...query }, signal);

export const saveHonour = (input: THonourInput, id?: number): Promise<THonour> =>
  id === undefined ? apiPost<THonour>("/api/gradient/honours", input) : apiPut<THonour>(`/api/gradient/honours/${id}`, input);

export const deleteHonour = async (id: number): Promise<void> => {
  await send(`/api/gradient/honours/${id}`, { method: "DELETE" });
};

export const honoursTemplateUrl = (format: "xlsx" | "csv"): string => `/api/gradient/honours/template?format=${format}`;

export const importHonours = (file: File, onProgress: (fraction: number) => void): Promise<THonourImportResult> => {
  const form = new FormData();
  form.append("file", file, file.name);
  return uploadForm<THonourImportResult>("/api/gradient/honours/import", form, onProgress);
};

export const fetchMeasures = (signal?: AbortSignal): Promise<TSupportMeasure[]> => apiGet<TSupportMeasure[]>("/api/gradient/measures", undefined, signal);

export const saveMeasure = (input: TSupportMeasureInput, id?: number): Promise<TSupportMeasure> =>
  id === undefined ? apiPost<TSupportMeasure>("/api/gradient/measures", input) : apiPut<TSupportMeasure>(`/api/gradient/measures/${id}`, input);

export const deleteMeasure = async (id: number): Promise<void> => {
  await send(`/api/gradient/measures/${id}`, { method: "DELETE" });
};

export const fetchSettings = (signal?: AbortSignal): Promise<TGradientSettings> => apiGet<TGradientSettings>("/api/gradient/settings", undefined, signal);

export const saveSettings = (update: TGradientSettingsUpdate): Promise<TGradientSettings> => apiPut<TGradientSettings>("/api/gradient/settings", update);
