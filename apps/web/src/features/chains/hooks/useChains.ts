import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  TChainOwnerInput,
  TChainOwnerUpdate,
  TChainTaskInput,
  TChainTaskUpdate,
  TChainTemplateDerive,
  TPlacementDecision,
  TProjectActualsInput,
  TProjectCreate,
  TProjectTransition,
  TProjectUpdate,
  TVisitInput,
  TVisitUpdate,
} from "@parkpilot/contracts";
import * as api from "../api";
import type { ChainSubject } from "../api";

const ROOT = "chains";
export const chainKeys = {
  templates: (all: boolean) => [ROOT, "templates", all] as const,
  template: (id: number) => [ROOT, "template", id] as const,
  map: (code: string, s: ChainSubject) => [ROOT, "map", code, s] as const,
  segment: (q: object, s: ChainSubject) => [ROOT, "segment", q, s] as const,
  targets: (code: string, s: ChainSubject) => [ROOT, "targets", code, s] as const,
  projects: (q: object) => [ROOT, "projects", q] as const,
  project: (id: number) => [ROOT, "project", id] as const,
  owners: [ROOT, "owners"] as const,
  ownerAccounts: (id: number) => [ROOT, "owner-accounts", id] as const,
  tasks: [ROOT, "tasks"] as const,
  visits: [ROOT, "visits"] as const,
};

/**
 * A write may change maps, targets, pipeline and tasks alike: refetch everything of the feature,
 * after a refused write too (a move refused because another user moved the project first must
 * leave the page showing where the project really is, not the stale stage).
 */
const useInvalidate = () => {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] === ROOT });
};

export const useTemplates = (all: boolean) => useQuery({ queryKey: chainKeys.templates(all), queryFn: ({ signal }) => api.fetchTemplates(all, signal), staleTime: 60_000 });
export const useTemplate = (id: number | null) =>
  useQuery({ queryKey: chainKeys.template(id ?? 0), queryFn: ({ signal }) => api.fetchTemplate(id ?? 0, signal), enabled: id !== null });
export const useChainMap = (code: string | null, s: ChainSubject | null) =>
  useQuery({
    queryKey: chainKeys.map(code ?? "", s ?? { provinceCode: "" }),
    queryFn: ({ signal }) => api.fetchChainMap(code ?? "", s ?? { provinceCode: "" }, signal),
    enabled: code !== null && s !== null,
    placeholderData: keepPreviousData,
  });
export const useSegmentEnterprises = (q: Parameters<typeof api.fetchSegmentEnterprises>[0] | null, s: ChainSubject) =>
  useQuery({
    queryKey: chainKeys.segment(q ?? {}, s),
    queryFn: ({ signal }) => api.fetchSegmentEnterprises(q ?? { templateCode: "", segmentKey: "", status: "counted", page: 1, pageSize: 20 }, s, signal),
    enabled: q !== null,
    placeholderData: keepPreviousData,
  });
export const useTargets = (code: string | null, s: ChainSubject | null) =>
  useQuery({
    queryKey: chainKeys.targets(code ?? "", s ?? { provinceCode: "" }),
    queryFn: ({ signal }) => api.fetchTargets(code ?? "", s ?? { provinceCode: "" }, signal),
    enabled: code !== null && s !== null,
  });
export const useProjects = (q: { parkId?: number; templateCode?: string }) => useQuery({ queryKey: chainKeys.projects(q), queryFn: ({ signal }) => api.fetchProjects(q, signal) });
export const useProject = (id: number | null) =>
  useQuery({ queryKey: chainKeys.project(id ?? 0), queryFn: ({ signal }) => api.fetchProject(id ?? 0, signal), enabled: id !== null });
export const useOwners = () => useQuery({ queryKey: chainKeys.owners, queryFn: ({ signal }) => api.fetchOwners(signal) });
/** The accounts a 链长 may be linked to (asked only by an account that may change the 链长). */
export const useOwnerAccounts = (id: number | null) =>
  useQuery({ queryKey: chainKeys.ownerAccounts(id ?? 0), queryFn: ({ signal }) => api.fetchOwnerAccounts(id ?? 0, signal), enabled: id !== null });
export const useTasks = () => useQuery({ queryKey: chainKeys.tasks, queryFn: ({ signal }) => api.fetchTasks(signal) });
export const useVisits = () => useQuery({ queryKey: chainKeys.visits, queryFn: ({ signal }) => api.fetchVisits(signal) });

const useWrite = <A, R>(fn: (a: A) => Promise<R>) => {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: fn, onSettled: invalidate });
};
export const useDeriveTemplate = () => useWrite(({ id, body }: { id: number; body: TChainTemplateDerive }) => api.deriveTemplate(id, body));
export const useDecidePlacement = () => useWrite(({ enterpriseId, body }: { enterpriseId: number; body: TPlacementDecision }) => api.decidePlacement(enterpriseId, body));
export const useRunPlacement = () => useWrite((body: { templateCodes?: string[]; parkId?: number }) => api.runPlacement(body));
export const useCreateProject = () => useWrite((body: TProjectCreate) => api.createProject(body));
export const useTransitionProject = () => useWrite(({ id, body }: { id: number; body: TProjectTransition }) => api.transitionProject(id, body));
export const useRecordActuals = () => useWrite(({ id, year, body }: { id: number; year: number; body: TProjectActualsInput }) => api.recordActuals(id, year, body));
export const useUpdateProject = () => useWrite(({ id, body }: { id: number; body: TProjectUpdate }) => api.updateProject(id, body));
/** After a deletion the project's own query is not asked again: it would only answer 404 while its drawer closes. */
export const useDeleteProject = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.deleteProject(id),
    onSettled: (_, error, id) => client.invalidateQueries({ predicate: (q) => q.queryKey[0] === ROOT && (error !== null || !(q.queryKey[1] === "project" && q.queryKey[2] === id)) }),
  });
};
export const useCreateOwner = () => useWrite((body: TChainOwnerInput) => api.createOwner(body));
export const useUpdateOwner = () => useWrite(({ id, body }: { id: number; body: TChainOwnerUpdate }) => api.updateOwner(id, body));
export const useDeleteOwner = () => useWrite((id: number) => api.deleteOwner(id));
export const useCreateTask = () => useWrite(({ ownerId, body }: { ownerId: number; body: TChainTaskInput }) => api.createTask(ownerId, body));
export const useUpdateTask = () => useWrite(({ id, body }: { id: number; body: TChainTaskUpdate }) => api.updateTask(id, body));
export const useDeleteTask = () => useWrite((id: number) => api.deleteTask(id));
export const useRecordVisit = () => useWrite(({ enterpriseId, body }: { enterpriseId: number; body: TVisitInput }) => api.recordVisit(enterpriseId, body));
export const useUpdateVisit = () => useWrite(({ id, body }: { id: number; body: TVisitUpdate }) => api.updateVisit(id, body));
export const useDeleteVisit = () => useWrite((id: number) => api.deleteVisit(id));
