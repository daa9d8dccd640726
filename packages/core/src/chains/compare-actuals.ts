import type { ProjectCommitments } from "./project-stages";

export interface ProjectActual {
  readonly year: number;
  /** Investment made in the year, 万元 (the commitment is a total, so years are summed). */
  readonly investment: number | null;
  readonly output: number | null;
  readonly tax: number | null;
  readonly jobs: number | null;
}

export type CommitmentMetric = "investment" | "output" | "tax" | "jobs";
export type CommitmentStatus = "met" | "shortfall" | "not_due" | "no_data";

export interface CommitmentCheck {
  readonly year: number;
  readonly metric: CommitmentMetric;
  readonly committed: number;
  /** Cumulative for investment, the year's figure otherwise. */
  readonly actual: number | null;
  readonly ratio: number | null;
  readonly status: CommitmentStatus;
  readonly reason: string;
}

export interface ActualsReview {
  readonly checks: readonly CommitmentCheck[];
  /** First full year in which output, tax and jobs are held to the commitment. */
  readonly firstDueYear: number | null;
  /** Any shortfall in the latest year that has actuals. */
  readonly shortfall: boolean;
}

const METRIC_ZH: Readonly<Record<CommitmentMetric, string>> = { investment: "累计投资", output: "年产值", tax: "年税收", jobs: "就业人数" };

const committedOf = (c: ProjectCommitments, metric: CommitmentMetric): number | null =>
  metric === "investment" ? c.investment : metric === "output" ? c.annualOutput : metric === "tax" ? c.annualTax : c.jobs;

/**
 * Actuals against the commitments made at signing. Investment is cumulative and due by the year
 * of the agreed production date; output, tax and jobs are annual and due from the first full
 * calendar year after it (a production date of 1 January makes that year the first). A figure
 * below `shortfallBelow` × commitment is a shortfall; an unreported figure in a due year is
 * "no_data", never a zero.
 */
export const compareActuals = (commitments: ProjectCommitments, actuals: readonly ProjectActual[], shortfallBelow: number): ActualsReview => {
  const due = commitments.productionDueOn;
  if (!due) return { checks: [], firstDueYear: null, shortfall: false };
  const dueYear = Number(due.slice(0, 4));
  const firstDueYear = due.slice(5) === "01-01" ? dueYear : dueYear + 1;
  const sorted = [...actuals].sort((a, b) => a.year - b.year);
  const checks: CommitmentCheck[] = [];
  let invested: number | null = null;
  for (const a of sorted) {
    if (a.investment !== null) invested = (invested ?? 0) + a.investment;
    for (const metric of ["investment", "output", "tax", "jobs"] as const) {
      const committed = committedOf(commitments, metric);
      if (committed === null) continue;
      const actual = metric === "investment" ? invested : a[metric];
      const ratio = actual === null || committed <= 0 ? null : actual / committed;
      const isDue = metric === "investment" ? a.year >= dueYear : a.year >= firstDueYear;
      let status: CommitmentStatus;
      if (!isDue) status = "not_due";
      else if (actual === null) status = "no_data";
      else status = committed <= 0 || actual >= committed * shortfallBelow ? "met" : "shortfall";
      const shown = actual === null ? "未报送" : `${actual}`;
      // Floored so that a figure just short of the commitment never reads as 100%.
      const pct = ratio === null ? "" : `（${Math.floor(ratio * 1000) / 10}%）`;
      const reason =
        status === "not_due"
          ? `${METRIC_ZH[metric]} ${shown}${pct}，${metric === "investment" ? `${dueYear} 年` : `${firstDueYear} 年`}起考核`
          : status === "no_data"
            ? `${METRIC_ZH[metric]}未报送，无法对比承诺 ${committed}`
            : `${METRIC_ZH[metric]} ${shown}${pct} ${status === "met" ? "≥" : "<"} 承诺 ${committed}${shortfallBelow !== 1 ? ` × ${shortfallBelow}` : ""}`;
      checks.push({ year: a.year, metric, committed, actual, ratio, status, reason });
    }
  }
  const lastYear = sorted.at(-1)?.year;
  const shortfall = checks.some((c) => c.year === lastYear && c.status === "shortfall");
  return { checks, firstDueYear, shortfall };
};
