import type {
  TChainMap,
  TChainOwner,
  TChainOwnerAccount,
  TChainOwnerInput,
  TChainOwnerUpdate,
  TChainPlacement,
  TChainTask,
  TChainTaskInput,
  TChainTaskUpdate,
  TChainTemplateDetail,
  TChainTemplateDerive,
  TChainTemplateSummary,
  TPlacementDecision,
  TProjectActualsInput,
  TProjectCreate,
  TProjectDetail,
  TProjectSummary,
  TProjectTransition,
  TProjectUpdate,
  TSegmentEnterpriseList,
  TTargetList,
  TVisit,
  TVisitInput,
  TVisitUpdate,
} from "@parkpilot/contracts";
import { apiGet, apiPost, apiPut, send } from "../../lib/api";

/** A map or target list is drawn for one park or for the whole province. */
export type ChainSubject = { readonly parkId: number } | { readonly provinceCode: string };

const subjectQuery = (s: ChainSubject) => ("parkId" in s ? { parkId: s.parkId } : { provinceCode: s.provinceCode });

const apiPatch = async <T>(path: string, body: unknown): Promise<T> =>
  (await send(path, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json() as Promise<T>;

export const fetchTemplates = (allVersions: boolean, signal?: AbortSignal) =>
  apiGet<{ items: TChainTemplateSummary[] }>("/api/chains/templates", { allVersions: allVersions ? "true" : "false" }, signal);
export const fetchTemplate = (id: number, signal?: AbortSignal) => apiGet<TChainTemplateDetail>(`/api/chains/templates/${id}`, undefined, signal);
export const deriveTemplate = (id: number, body: TChainTemplateDerive) => apiPost<TChainTemplateDetail>(`/api/chains/templates/${id}/versions`, body);

export const fetchChainMap = (templateCode: string, subject: ChainSubject, signal?: AbortSignal) =>
  apiGet<TChainMap>("/api/chains/map", { templateCode, ...subjectQuery(subject) }, signal);

export const fetchSegmentEnterprises = (
  q: { templateCode: string; segmentKey: string; status: "counted" | "pending" | "rejected"; page: number; pageSize: number },
  subject: ChainSubject,
  signal?: AbortSignal,
) => apiGet<TSegmentEnterpriseList>("/api/chains/map/segment-enterprises", { ...q, ...subjectQuery(subject) }, signal);

export const decidePlacement = (enterpriseId: number, body: TPlacementDecision) =>
  apiPost<{ placement: TChainPlacement | null }>(`/api/chains/enterprises/${enterpriseId}/placements/decisions`, body);

export const runPlacement = (body: { templateCodes?: string[]; parkId?: number }) =>
  apiPost<{ enterprises: number; placements: number; kept: number; ms: number }>("/api/chains/placements/run", body);

export const fetchTargets = (templateCode: string, subject: ChainSubject, signal?: AbortSignal) =>
  apiGet<TTargetList>("/api/chains/targets", { templateCode, ...subjectQuery(subject) }, signal);

export const fetchProjects = (q: { parkId?: number; templateCode?: string }, signal?: AbortSignal) =>
  apiGet<{ items: TProjectSummary[]; total: number }>("/api/chains/projects", { ...q, pageSize: 200 }, signal);
export const fetchProject = (id: number, signal?: AbortSignal) => apiGet<TProjectDetail>(`/api/chains/projects/${id}`, undefined, signal);
export const createProject = (body: TProjectCreate) => apiPost<TProjectSummary>("/api/chains/projects", body);
export const transitionProject = (id: number, body: TProjectTransition) => apiPost<TProjectDetail>(`/api/chains/projects/${id}/transitions`, body);
export const recordActuals = (id: number, year: number, body: TProjectActualsInput) => apiPut<TProjectDetail>(`/api/chains/projects/${id}/actuals/${year}`, body);
export const updateProject = (id: number, body: TProjectUpdate) => apiPatch<TProjectSummary>(`/api/chains/projects/${id}`, body);
const apiDelete = async (path: string): Promise<void> => {
  await send(path, { method: "DELETE" });
};
export const deleteProject = (id: number) => apiDelete(`/api/chains/projects/${id}`);

export const fetchOwners = (signal?: AbortSignal) => apiGet<{ items: TChainOwner[] }>("/api/chains/owners", undefined, signal);
export const createOwner = (body: TChainOwnerInput) => apiPost<TChainOwner>("/api/chains/owners", body);
export const updateOwner = (id: number, body: TChainOwnerUpdate) => apiPatch<TChainOwner>(`/api/chains/owners/${id}`, body);
export const deleteOwner = (id: number) => apiDelete(`/api/chains/owners/${id}`);
export const fetchOwnerAccounts = (id: number, signal?: AbortSignal) => apiGet<{ items: TChainOwnerAccount[] }>(`/api/chains/owners/${id}/accounts`, undefined, signal);
export const fetchTasks = (signal?: AbortSignal) => apiGet<{ items: TChainTask[]; today: string }>("/api/chains/tasks", undefined, signal);
export const createTask = (ownerId: number, body: TChainTaskInput) => apiPost<TChainTask>(`/api/chains/owners/${ownerId}/tasks`, body);
export const updateTask = (id: number, body: TChainTaskUpdate) => apiPatch<TChainTask>(`/api/chains/tasks/${id}`, body);
export const deleteTask = (id: number) => apiDelete(`/api/chains/tasks/${id}`);

export const fetchVisits = (signal?: AbortSignal) => apiGet<{ items: TVisit[]; total: number }>("/api/chains/visits", { pageSize: 50 }, signal);
export const recordVisit = (enterpriseId: number, body: TVisitInput) =>
  apiPost<{ visit: TVisit; warnings: { team: string; visitedOn: string; daysApart: number; message: string }[] }>(`/api/chains/enterprises/${enterpriseId}/visits`, body);
export const updateVisit = (id: number, body: TVisitUpdate) => apiPatch<TVisit>(`/api/chains/visits/${id}`, body);
export const deleteVisit = (id: number) => apiDelete(`/api/chains/visits/${id}`);
