import { compareActuals, nextStages, type ProjectCommitments } from "@parkpilot/core";
import type { TProjectSummary } from "@parkpilot/contracts";
import type { ProjectRow } from "./project-access";
import { shippedChainFiles } from "../files/load-chain-files";

export const commitmentsOf = (p: ProjectRow): ProjectCommitments => ({
  investment: p.committedInvestment,
  landMu: p.committedLandMu,
  annualOutput: p.committedAnnualOutput,
  annualTax: p.committedAnnualTax,
  jobs: p.committedJobs,
  productionDueOn: p.productionDueOn,
});

export interface ActualRow {
  year: number;
  investment: number | null;
  output: number | null;
  tax: number | null;
  jobs: number | null;
}

export const reviewActuals = (p: ProjectRow, actuals: readonly ActualRow[]) =>
  compareActuals(commitmentsOf(p), actuals, shippedChainFiles().policy.projects.shortfallBelow);

export const presentProjectSummary = (p: ProjectRow & { parkName: string }, actuals: readonly ActualRow[]): TProjectSummary => ({
  id: p.id,
  parkId: p.parkId,
  parkName: p.parkName,
  name: p.name,
  investorName: p.investorName,
  investorCreditCode: p.investorCreditCode,
  investorEnterpriseId: p.investorEnterpriseId,
  templateCode: p.templateCode,
  segmentKey: p.segmentKey,
  industryCode: p.industryCode,
  stage: p.stage,
  lostReason: p.lostReason,
  commitments: {
    investment: p.committedInvestment,
    landMu: p.committedLandMu,
    annualOutput: p.committedAnnualOutput,
    annualTax: p.committedAnnualTax,
    jobs: p.committedJobs,
    signedOn: p.signedOn,
    productionDueOn: p.productionDueOn,
  },
  nextStages: [...nextStages(p.stage)],
  shortfall: reviewActuals(p, actuals).shortfall,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});
