import { describe, expect, it } from "vitest";
import { checkTransition, PROJECT_STAGES, type ProjectCommitments, type ProjectStage } from "./project-stages";

const none: ProjectCommitments = { investment: null, landMu: null, annualOutput: null, annualTax: null, jobs: null, productionDueOn: null };
const full: ProjectCommitments = { investment: 50_000, landMu: 80, annualOutput: 120_000, annualTax: 4_000, jobs: 300, productionDueOn: "2027-12-31" };

const LEGAL: ReadonlySet<string> = new Set([
  "lead→contacted",
  "lead→lost",
  "contacted→negotiating",
  "contacted→lost",
  "negotiating→signed",
  "negotiating→lost",
  "signed→under_construction",
  "signed→lost",
  "under_construction→producing",
  "under_construction→lost",
]);

describe("project pipeline state machine", () => {
  const pairs = PROJECT_STAGES.flatMap((from) => PROJECT_STAGES.map((to) => [from, to] as [ProjectStage, ProjectStage]));

  it.each(pairs)("%s → %s is legal exactly when listed", (from, to) => {
    const problems = checkTransition({ from, to, commitments: full, lostReason: "对方选择外省" });
    expect(problems.length === 0).toBe(LEGAL.has(`${from}→${to}`));
  });

  it("refuses to sign without every commitment and says which are missing", () => {
    const problems = checkTransition({ from: "negotiating", to: "signed", commitments: none, lostReason: null });
    expect(problems.map((p) => p.field)).toEqual(["investment", "landMu", "annualOutput", "annualTax", "jobs", "productionDueOn"]);
  });

  it.each([
    ["zero investment", { investment: 0 }, ["investment"]],
    ["negative land", { landMu: -1 }, ["landMu"]],
    ["zero land (leased factory) is fine", { landMu: 0 }, []],
    ["zero output", { annualOutput: 0 }, ["annualOutput"]],
    ["fractional jobs", { jobs: 10.5 }, ["jobs"]],
  ] as const)("signing with %s", (_label, change, fields) => {
    const problems = checkTransition({ from: "negotiating", to: "signed", commitments: { ...full, ...change }, lostReason: null });
    expect(problems.map((p) => p.field)).toEqual(fields);
  });

  it("needs a reason to record a loss", () => {
    expect(checkTransition({ from: "contacted", to: "lost", commitments: none, lostReason: "  " }).map((p) => p.field)).toEqual(["lostReason"]);
    expect(checkTransition({ from: "contacted", to: "lost", commitments: none, lostReason: "落户邻省" })).toEqual([]);
  });

  it("explains an illegal jump", () => {
    expect(checkTransition({ from: "lead", to: "signed", commitments: full, lostReason: null })[0]?.message).toBe("不能从「线索」转到「已签约」；可转到：已接洽、已流失");
    expect(checkTransition({ from: "producing", to: "lost", commitments: full, lostReason: "x" })[0]?.message).toContain("无（已是终态）");
  });
});
