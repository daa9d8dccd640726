/**
 * The investment-project pipeline (招商项目) as a state machine: lead → contacted → negotiating →
 * signed → under_construction → producing, or lost (with a reason) from any open stage. No
 * stage may be skipped: a project is signed only after negotiation, and signing requires the
 * commitments the project will later be measured against. Producing and lost are final; a lead
 * that comes back is a new project, so the history of the lost one stays as it was.
 */
export const PROJECT_STAGES = ["lead", "contacted", "negotiating", "signed", "under_construction", "producing", "lost"] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const PROJECT_STAGE_ZH: Readonly<Record<ProjectStage, string>> = {
  lead: "线索",
  contacted: "已接洽",
  negotiating: "洽谈中",
  signed: "已签约",
  under_construction: "在建",
  producing: "已投产",
  lost: "已流失",
};

const NEXT: Readonly<Record<ProjectStage, readonly ProjectStage[]>> = {
  lead: ["contacted", "lost"],
  contacted: ["negotiating", "lost"],
  negotiating: ["signed", "lost"],
  signed: ["under_construction", "lost"],
  under_construction: ["producing", "lost"],
  producing: [],
  lost: [],
};

/** Stages a project may be recorded in when it is first entered (it has not been signed yet). */
export const INITIAL_STAGES: readonly ProjectStage[] = ["lead", "contacted", "negotiating"];

export const nextStages = (from: ProjectStage): readonly ProjectStage[] => NEXT[from];

/** What a project promised at signing: 万元, 亩, 万元/year, 万元/year, persons. */
export interface ProjectCommitments {
  readonly investment: number | null;
  readonly landMu: number | null;
  readonly annualOutput: number | null;
  readonly annualTax: number | null;
  readonly jobs: number | null;
  /** When it is due to reach production (达产), YYYY-MM-DD. */
  readonly productionDueOn: string | null;
}

export interface TransitionRequest {
  readonly from: ProjectStage;
  readonly to: ProjectStage;
  readonly commitments: ProjectCommitments;
  readonly lostReason: string | null;
}

export interface TransitionProblem {
  readonly field: string;
  readonly message: string;
}

const COMMITMENT_RULES: readonly { field: keyof ProjectCommitments; label: string; positive: boolean }[] = [
  { field: "investment", label: "计划投资额（万元）", positive: true },
  // Zero land is allowed: a project in a leased standard factory or 工业上楼 takes no new land.
  { field: "landMu", label: "用地面积（亩，租用厂房填 0）", positive: false },
  { field: "annualOutput", label: "达产年产值（万元）", positive: true },
  { field: "annualTax", label: "达产年税收（万元）", positive: false },
  { field: "jobs", label: "新增就业（人）", positive: false },
];

/** Every reason the transition is not allowed; empty when it is. */
export const checkTransition = (request: TransitionRequest): TransitionProblem[] => {
  const { from, to } = request;
  if (!NEXT[from].includes(to)) {
    const allowed = NEXT[from].map((s) => PROJECT_STAGE_ZH[s]).join("、") || "无（已是终态）";
    return [{ field: "stage", message: `不能从「${PROJECT_STAGE_ZH[from]}」转到「${PROJECT_STAGE_ZH[to]}」；可转到：${allowed}` }];
  }
  const problems: TransitionProblem[] = [];
  if (to === "signed") {
    for (const rule of COMMITMENT_RULES) {
      const value = request.commitments[rule.field];
      if (typeof value !== "number" || !Number.isFinite(value)) problems.push({ field: rule.field, message: `签约需填写${rule.label}` });
      else if (rule.positive ? value <= 0 : value < 0) problems.push({ field: rule.field, message: `${rule.label}须${rule.positive ? "大于 0" : "不小于 0"}` });
    }
    if (request.commitments.jobs !== null && !Number.isInteger(request.commitments.jobs)) problems.push({ field: "jobs", message: "新增就业须为整数" });
    if (!request.commitments.productionDueOn) problems.push({ field: "productionDueOn", message: "签约需填写约定达产日期" });
  }
  if (to === "lost" && !request.lostReason?.trim()) problems.push({ field: "lostReason", message: "流失需说明原因" });
  return problems;
};
