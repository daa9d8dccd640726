import type {
  TAlertAssignees,
  TAlertDetail,
  TAlertSummary,
  TEvidence,
  TEvidenceBody,
  TEvidenceReviewBody,
  TEnterpriseIndicators,
  TEvaluationSettings,
  THomogeneity,
  TIndicatorCatalogue,
  TLandExplanation,
  TLandParkSummary,
  TLeadingIndustryCheck,
  TParkDashboard,
  TParkIndicators,
  TParkMonitoring,
  TParkRanking,
  TParkScorecard,
  TProvinceScorecard,
  TRecomputeResult,
} from "@parkpilot/contracts";
import { apiGet, apiPost, apiPut, send } from "../../lib/api";

/** The evaluation API (/api/evaluation/…), one function per call. */
export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

export interface LandEnterpriseRow {
  readonly enterpriseId: number;
  readonly name: string;
  readonly isGenerated: boolean;
  readonly method: string | null;
  readonly status: string;
  readonly score: number | null;
  readonly class: string | null;
  readonly rank: number | null;
  readonly poolSize: number | null;
}

/** The indicator catalogue: formula, unit, direction, thresholds, orientations, citation per indicator. */
export const fetchIndicatorCatalogue = (signal?: AbortSignal) => apiGet<TIndicatorCatalogue>("/api/evaluation/indicators", undefined, signal);

export const fetchParkIndicators = (parkId: number, year: number | undefined, signal?: AbortSignal) =>
  apiGet<TParkIndicators>(`/api/evaluation/parks/${parkId}/indicators`, { year }, signal);

export const fetchEnterpriseIndicators = (enterpriseId: number, year: number | undefined, signal?: AbortSignal) =>
  apiGet<TEnterpriseIndicators>(`/api/evaluation/enterprises/${enterpriseId}/indicators`, { year }, signal);

export const fetchProvinceScorecard = (year: number | undefined, signal?: AbortSignal) => apiGet<TProvinceScorecard>("/api/evaluation/scorecard", { year }, signal);

export const fetchParkScorecard = (parkId: number, year: number | undefined, signal?: AbortSignal) =>
  apiGet<TParkScorecard>(`/api/evaluation/scorecard/parks/${parkId}`, { year }, signal);

export const saveEvidence = (parkId: number, itemKey: string, body: TEvidenceBody) => apiPut<TEvidence>(`/api/evaluation/scorecard/parks/${parkId}/evidence/${itemKey}`, body);

export const reviewEvidence = async (parkId: number, itemKey: string, body: TEvidenceReviewBody): Promise<void> => {
  await apiPut<null>(`/api/evaluation/scorecard/parks/${parkId}/evidence/${itemKey}/review`, body);
};

export const deleteEvidence = async (parkId: number, itemKey: string, year: number): Promise<void> => {
  await send(`/api/evaluation/scorecard/parks/${parkId}/evidence/${itemKey}?year=${year}`, { method: "DELETE" });
};

export const evidenceUrl = (parkId: number, itemKey: string, year: number) => `/api/evaluation/scorecard/parks/${parkId}/evidence/${itemKey}/attachment?year=${year}`;

export const fetchHomogeneity = (basis: "declared" | "output", year: number | undefined, threshold: number | undefined, signal?: AbortSignal) =>
  apiGet<THomogeneity>("/api/evaluation/homogeneity", { basis, year, threshold }, signal);

export const fetchRanking = (year: number | undefined, signal?: AbortSignal) => apiGet<TParkRanking>("/api/evaluation/land/ranking", { year }, signal);

export const fetchLandSummary = (parkId: number, target: number, year: number | undefined, signal?: AbortSignal) =>
  apiGet<TLandParkSummary>(`/api/evaluation/land/parks/${parkId}`, { target, year }, signal);

export const fetchLandEnterprises = (parkId: number, query: { page: number; class?: string; year?: number }, signal?: AbortSignal) =>
  apiGet<Page<LandEnterpriseRow> & { year: number | null }>(`/api/evaluation/land/parks/${parkId}/enterprises`, { ...query, pageSize: 20 }, signal);

export const fetchLandExplanation = (enterpriseId: number, year: number | undefined, signal?: AbortSignal) =>
  apiGet<TLandExplanation>(`/api/evaluation/land/enterprises/${enterpriseId}`, { year }, signal);

export const fetchAlerts = (query: { page: number; status?: string; severity?: string; parkId?: number }, signal?: AbortSignal) =>
  apiGet<Page<TAlertSummary>>("/api/evaluation/alerts", { ...query, pageSize: 20 }, signal);

export const fetchAlert = (id: number, signal?: AbortSignal) => apiGet<TAlertDetail>(`/api/evaluation/alerts/${id}`, undefined, signal);

export const transitionAlert = (id: number, to: "open" | "acknowledged" | "resolved", note?: string) =>
  apiPost<TAlertDetail>(`/api/evaluation/alerts/${id}/transition`, note ? { to, note } : { to });

export const assignAlert = (id: number, ownerUserId: number | null) => apiPut<TAlertDetail>(`/api/evaluation/alerts/${id}/owner`, { ownerUserId });

/** The accounts the alert may be assigned to (the members of its park and province). */
export const fetchAlertAssignees = (id: number, signal?: AbortSignal) => apiGet<TAlertAssignees>(`/api/evaluation/alerts/${id}/assignees`, undefined, signal);

export const recompute = () => apiPost<TRecomputeResult>("/api/evaluation/recompute", {});

export const fetchEvaluationSettings = (signal?: AbortSignal) => apiGet<TEvaluationSettings>("/api/evaluation/settings", undefined, signal);

/** The province adopts a shipped per-mu rule set (its classes change at the next recomputation). */
export const chooseLandRuleSet = (landRuleSetId: string) => apiPut<TEvaluationSettings>("/api/evaluation/settings", { landRuleSetId });

/** A park's dashboard: headline indicators against the province, per-mu classes, unresolved alerts, the latest month. */
export const fetchParkDashboard = (parkId: number, year: number | undefined, signal?: AbortSignal) =>
  apiGet<TParkDashboard>(`/api/evaluation/parks/${parkId}/dashboard`, { year }, signal);

/** 36 months of a field ending at the period (the latest when none), and the period's industries. */
export const fetchParkMonitoring = (parkId: number, field: TParkMonitoring["field"], period: string | undefined, signal?: AbortSignal) =>
  apiGet<TParkMonitoring>(`/api/evaluation/parks/${parkId}/monitoring`, { field, period }, signal);

/** The Guidance's "at most 3 leading industries" check, declared and observed. */
export const fetchLeadingIndustryCheck = (parkId: number, year: number | undefined, signal?: AbortSignal) =>
  apiGet<TLeadingIndustryCheck>(`/api/evaluation/parks/${parkId}/leading-industries`, { year }, signal);
