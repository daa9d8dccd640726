import { describe, expect, it } from "vitest";
import { compareActuals } from "./compare-actuals";
import type { ProjectCommitments } from "./project-stages";

const commitments: ProjectCommitments = { investment: 10_000, landMu: 50, annualOutput: 20_000, annualTax: 800, jobs: 200, productionDueOn: "2025-06-30" };
const status = (review: ReturnType<typeof compareActuals>, year: number, metric: string) => review.checks.find((c) => c.year === year && c.metric === metric)?.status;

describe("compareActuals", () => {
  it("holds annual figures to the commitment from the first full year after the production date", () => {
    const review = compareActuals(
      commitments,
      [
        { year: 2025, investment: 6_000, output: 5_000, tax: 100, jobs: 120 },
        { year: 2026, investment: 3_000, output: 20_000, tax: 799, jobs: null },
      ],
      1,
    );
    expect(review.firstDueYear).toBe(2026);
    expect(status(review, 2025, "output")).toBe("not_due");
    // investment is due by the production year and cumulative: 6,000 < 10,000
    expect(status(review, 2025, "investment")).toBe("shortfall");
    expect(status(review, 2026, "investment")).toBe("shortfall"); // 9,000
    expect(status(review, 2026, "output")).toBe("met"); // at the commitment exactly
    expect(status(review, 2026, "tax")).toBe("shortfall"); // just below
    expect(status(review, 2026, "jobs")).toBe("no_data");
    expect(review.shortfall).toBe(true);
    expect(review.checks.find((c) => c.year === 2026 && c.metric === "tax")?.reason).toBe("年税收 799（99.8%） < 承诺 800");
  });

  it("a production date of 1 January makes that year the first due year", () => {
    expect(compareActuals({ ...commitments, productionDueOn: "2026-01-01" }, [], 1).firstDueYear).toBe(2026);
  });

  it("applies a tolerance when the policy sets one", () => {
    const review = compareActuals(commitments, [{ year: 2026, investment: 10_000, output: 16_000, tax: 640, jobs: 160 }], 0.8);
    expect(review.checks.map((c) => c.status)).toEqual(["met", "met", "met", "met"]);
    expect(review.shortfall).toBe(false);
  });

  it("has nothing to check before commitments exist", () => {
    expect(compareActuals({ ...commitments, productionDueOn: null }, [{ year: 2026, investment: 1, output: 1, tax: 1, jobs: 1 }], 1)).toEqual({ checks: [], firstDueYear: null, shortfall: false });
  });
});
