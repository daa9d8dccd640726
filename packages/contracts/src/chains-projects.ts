import { z } from "zod";
import { ZAlertAssignee } from "./alert-assignees";
import { ZDate, ZId, ZIdText, ZPage, ZPageQuery } from "./common";

/** API shapes of the investment-project pipeline (招商项目) and 链长制 (owners, tasks, visits). */
const ZCode = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "a chain template code");
const ZSegmentKey = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "a segment key");
/** 万元 or 亩: not negative, and below what any project could reach (its sums stay finite). */
const ZMoney = z.number().finite().min(0).max(1e12);
const ZJobs = z.number().int().min(0).max(10_000_000);

export const ZProjectStage = z.enum(["lead", "contacted", "negotiating", "signed", "under_construction", "producing", "lost"]);
export type TProjectStage = z.infer<typeof ZProjectStage>;

export const ZProjectCommitments = z.object({
  /** 万元 */
  investment: ZMoney.nullable(),
  /** 亩 (0 for a leased factory) */
  landMu: ZMoney.nullable(),
  /** 万元/year when producing */
  annualOutput: ZMoney.nullable(),
  annualTax: ZMoney.nullable(),
  jobs: ZJobs.nullable(),
  signedOn: ZDate.nullable(),
  productionDueOn: ZDate.nullable(),
});
export type TProjectCommitments = z.infer<typeof ZProjectCommitments>;

export const ZProjectCreate = z.object({
  parkId: ZId,
  name: z.string().trim().min(1).max(200),
  investorName: z.string().trim().min(1).max(200),
  investorCreditCode: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, "an 18-character unified social credit code").optional(),
  investorEnterpriseId: ZId.optional(),
  templateCode: ZCode.optional(),
  segmentKey: ZSegmentKey.optional(),
  industryCode: z.string().regex(/^\d{4}$/).optional(),
  stage: z.enum(["lead", "contacted", "negotiating"]).default("lead"),
  note: z.string().max(500).optional(),
});
export type TProjectCreate = z.infer<typeof ZProjectCreate>;

export const ZProjectUpdate = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  investorName: z.string().trim().min(1).max(200).optional(),
  templateCode: ZCode.nullable().optional(),
  segmentKey: ZSegmentKey.nullable().optional(),
  industryCode: z.string().regex(/^\d{4}$/).nullable().optional(),
  commitments: ZProjectCommitments.partial().optional(),
});
export type TProjectUpdate = z.infer<typeof ZProjectUpdate>;

export const ZProjectTransition = z.object({
  to: ZProjectStage,
  note: z.string().max(500).optional(),
  lostReason: z.string().max(500).optional(),
  /** Commitments given with the move to signed (merged over what the project has). */
  commitments: ZProjectCommitments.partial().optional(),
});
export type TProjectTransition = z.infer<typeof ZProjectTransition>;

export const ZProjectActualsInput = z.object({
  investment: ZMoney.nullable().optional(),
  output: ZMoney.nullable().optional(),
  tax: ZMoney.nullable().optional(),
  jobs: ZJobs.nullable().optional(),
});
export type TProjectActualsInput = z.infer<typeof ZProjectActualsInput>;

export const ZProjectSummary = z.object({
  id: z.number().int(),
  parkId: z.number().int(),
  parkName: z.string(),
  name: z.string(),
  investorName: z.string(),
  investorCreditCode: z.string().nullable(),
  investorEnterpriseId: z.number().int().nullable(),
  templateCode: z.string().nullable(),
  segmentKey: z.string().nullable(),
  industryCode: z.string().nullable(),
  stage: ZProjectStage,
  lostReason: z.string().nullable(),
  commitments: ZProjectCommitments,
  nextStages: z.array(ZProjectStage),
  /** A shortfall against commitments in the latest year with actuals. */
  shortfall: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TProjectSummary = z.infer<typeof ZProjectSummary>;

export const ZProjectListQuery = ZPageQuery.extend({
  parkId: ZIdText.optional(),
  stage: ZProjectStage.optional(),
  templateCode: ZCode.optional(),
});
export type TProjectListQuery = z.infer<typeof ZProjectListQuery>;
export const ZProjectList = ZPage(ZProjectSummary);

export const ZCommitmentCheck = z.object({
  year: z.number().int(),
  metric: z.enum(["investment", "output", "tax", "jobs"]),
  committed: z.number(),
  actual: z.number().nullable(),
  ratio: z.number().nullable(),
  status: z.enum(["met", "shortfall", "not_due", "no_data"]),
  reason: z.string(),
});

export const ZProjectDetail = ZProjectSummary.extend({
  history: z.array(z.object({ fromStage: ZProjectStage.nullable(), toStage: ZProjectStage, note: z.string().nullable(), userName: z.string().nullable(), at: z.string() })),
  actuals: z.array(z.object({ year: z.number().int(), investment: z.number().nullable(), output: z.number().nullable(), tax: z.number().nullable(), jobs: z.number().int().nullable() })),
  review: z.object({ firstDueYear: z.number().int().nullable(), shortfall: z.boolean(), checks: z.array(ZCommitmentCheck) }),
  perMu: z.object({
    taxPerMu: z.number().nullable(),
    outputPerMu: z.number().nullable(),
    taxVsMedian: z.number().nullable(),
    outputVsMedian: z.number().nullable(),
    projectedClass: z.enum(["above_median", "mixed", "below_median", "no_land", "no_benchmark", "not_committed"]),
    basis: z.string(),
  }),
});
export type TProjectDetail = z.infer<typeof ZProjectDetail>;

// ---------- 链长制 ----------
export const ZTeamMember = z.object({ name: z.string().trim().min(1).max(60), role: z.string().trim().min(1).max(60), userId: ZId.optional() });
/**
 * The members whose name (trimmed) an earlier member already has: each position (0-based) with the
 * earlier one's. An empty name is no repeat. The API's check and the 链长 form's.
 */
export const repeatedMemberNames = (team: readonly { readonly name?: string | undefined }[]): Map<number, number> => {
  const first = new Map<string, number>();
  const repeated = new Map<number, number>();
  team.forEach((member, i) => {
    const name = member.name?.trim() ?? "";
    if (name === "") return;
    const earlier = first.get(name);
    if (earlier === undefined) first.set(name, i);
    else repeated.set(i, earlier);
  });
  return repeated;
};

/** A 链长's team: at most 50 members, each name once (members are told apart by name in tasks and visits). */
export const ZTeam = z
  .array(ZTeamMember)
  .max(50)
  .superRefine((team, ctx) => {
    for (const [i, earlier] of repeatedMemberNames(team)) {
      ctx.addIssue({ code: "custom", path: [i, "name"], message: `${team[i]?.name ?? ""} is already in the team (member ${earlier + 1})` });
    }
  });

export const ZChainOwnerInput = z.object({
  templateCode: ZCode,
  /** The park whose chain it is; omitted for a province-level 链长 (province accounts only). */
  parkId: ZId.optional(),
  ownerName: z.string().trim().min(1).max(60),
  ownerTitle: z.string().trim().max(100).optional(),
  /** The platform account of the 链长 (one of the 链长's own park or province, GET …/accounts); null unlinks. */
  ownerUserId: ZId.nullable().optional(),
  team: ZTeam.default([]),
});
export type TChainOwnerInput = z.infer<typeof ZChainOwnerInput>;
/** Only the fields sent change: the team has no default here (it would empty the team on a rename). */
export const ZChainOwnerUpdate = ZChainOwnerInput.omit({ templateCode: true, parkId: true }).extend({ team: ZTeam }).partial();
export type TChainOwnerUpdate = z.infer<typeof ZChainOwnerUpdate>;

export const ZChainOwner = z.object({
  id: z.number().int(),
  templateCode: z.string(),
  chainName: z.string().nullable(),
  level: z.enum(["park", "province"]),
  provinceCode: z.string().nullable(),
  parkId: z.number().int().nullable(),
  parkName: z.string().nullable(),
  ownerName: z.string(),
  ownerTitle: z.string().nullable(),
  /** The linked platform account, by its display name only. */
  ownerAccount: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  /** Each member with the account it is linked to (by display name only), where it is linked. */
  team: z.array(ZTeamMember.extend({ account: z.object({ id: z.number().int(), displayName: z.string() }).optional() })),
  openTasks: z.number().int(),
  overdueTasks: z.number().int(),
});
export type TChainOwner = z.infer<typeof ZChainOwner>;
export const ZChainOwnerList = z.object({ items: z.array(ZChainOwner) });
/**
 * GET /api/chains/owners/:id/accounts: the accounts a 链长 and its team members may be linked to
 * (the active accounts of its own park or province, the rule the writes enforce). Names, roles and
 * tenants only.
 */
/** An account a 链长 may be linked to: the same shape as an alert's possible assignee (one membership rule qualifies each). */
export const ZChainOwnerAccount = ZAlertAssignee;
export type TChainOwnerAccount = z.infer<typeof ZChainOwnerAccount>;
export const ZChainOwnerAccounts = z.object({ items: z.array(ZChainOwnerAccount) });
export const ZChainOwnerListQuery = z.object({ templateCode: ZCode.optional(), parkId: ZIdText.optional() });

export const ZTaskStatus = z.enum(["todo", "doing", "done", "cancelled"]);
export const ZChainTaskInput = z.object({
  title: z.string().trim().min(1).max(200),
  detail: z.string().max(2_000).optional(),
  assigneeName: z.string().trim().max(60).optional(),
  dueOn: ZDate.optional(),
});
export type TChainTaskInput = z.infer<typeof ZChainTaskInput>;
export const ZChainTaskUpdate = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  detail: z.string().max(2_000).nullable().optional(),
  assigneeName: z.string().trim().max(60).nullable().optional(),
  dueOn: ZDate.nullable().optional(),
  status: ZTaskStatus.optional(),
});
export type TChainTaskUpdate = z.infer<typeof ZChainTaskUpdate>;

export const ZChainTask = z.object({
  id: z.number().int(),
  chainOwnerId: z.number().int(),
  templateCode: z.string(),
  ownerName: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  assigneeName: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: ZTaskStatus,
  /** Open and past its due date, by the server's calendar (China Standard Time). */
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TChainTask = z.infer<typeof ZChainTask>;
export const ZChainTaskList = z.object({ items: z.array(ZChainTask), today: z.string() });
export const ZChainTaskListQuery = z.object({
  chainOwnerId: ZIdText.optional(),
  templateCode: ZCode.optional(),
  status: ZTaskStatus.optional(),
  overdue: z.enum(["true", "false"]).optional().transform((v) => (v === undefined ? undefined : v === "true")),
});

export const ZVisitInput = z.object({
  visitedOn: ZDate,
  team: z.string().trim().min(1).max(100),
  purpose: z.string().trim().min(1).max(300),
  notes: z.string().max(4_000).optional(),
  followUpOn: ZDate.optional(),
});
export type TVisitInput = z.infer<typeof ZVisitInput>;
/** A correction of a logged visit: the enterprise stays; an emptied notes or follow-up date is null. */
export const ZVisitUpdate = z
  .object({
    visitedOn: ZDate.optional(),
    team: z.string().trim().min(1).max(100).optional(),
    purpose: z.string().trim().min(1).max(300).optional(),
    notes: z.string().max(4_000).nullable().optional(),
    followUpOn: ZDate.nullable().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: "nothing to change" });
export type TVisitUpdate = z.infer<typeof ZVisitUpdate>;

export const ZVisit = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  visitedOn: z.string(),
  team: z.string(),
  purpose: z.string(),
  notes: z.string().nullable(),
  followUpOn: z.string().nullable(),
  userName: z.string().nullable(),
  createdAt: z.string(),
});
export type TVisit = z.infer<typeof ZVisit>;
export const ZVisitWarning = z.object({ visitId: z.number().int(), team: z.string(), visitedOn: z.string(), daysApart: z.number().int(), message: z.string() });
export const ZVisitCreated = z.object({ visit: ZVisit, warnings: z.array(ZVisitWarning) });
export const ZVisitListQuery = ZPageQuery.extend({
  enterpriseId: ZIdText.optional(),
  parkId: ZIdText.optional(),
  from: ZDate.optional(),
  to: ZDate.optional(),
});
export type TVisitListQuery = z.infer<typeof ZVisitListQuery>;
export const ZVisitList = ZPage(ZVisit);
