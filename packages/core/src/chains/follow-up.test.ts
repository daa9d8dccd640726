import { describe, expect, it } from "vitest";
import { daysBetween, isTaskOverdue, visitWarnings } from "./follow-up";

describe("isTaskOverdue", () => {
  it.each([
    ["due yesterday, open", "todo", "2026-05-31", true],
    ["due today, open", "doing", "2026-06-01", false],
    ["due tomorrow", "todo", "2026-06-02", false],
    ["due long ago but done", "done", "2026-01-01", false],
    ["cancelled", "cancelled", "2026-01-01", false],
    ["no deadline", "todo", null, false],
  ] as const)("%s", (_label, status, dueOn, overdue) => {
    expect(isTaskOverdue({ status, dueOn }, "2026-06-01")).toBe(overdue);
  });

  it("counts calendar days across months and leap years", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
  });
});

describe("visitWarnings", () => {
  const visits = [
    { id: 1, enterpriseId: 7, team: "省新能源汽车链专班", visitedOn: "2026-05-02" },
    { id: 2, enterpriseId: 7, team: "园区招商局", visitedOn: "2026-05-20" },
    { id: 3, enterpriseId: 7, team: "省新能源汽车链专班", visitedOn: "2026-04-30" },
    { id: 4, enterpriseId: 8, team: "省新能源汽车链专班", visitedOn: "2026-05-25" },
  ];

  it("warns about other teams within 30 days, not the same team, not other enterprises", () => {
    const warnings = visitWarnings({ enterpriseId: 7, team: " 园区招商局 ", visitedOn: "2026-06-01" }, visits);
    // 2026-05-02 is 30 days before: inside; 2026-04-30 is 32 days: outside.
    expect(warnings.map((w) => [w.visitId, w.daysApart])).toEqual([[1, 30]]);
    expect(warnings[0]?.message).toBe("「省新能源汽车链专班」已于 2026-05-02 走访该企业（相隔 30 天，30 天内）");
  });

  it("a visit logged late still collides with a later one", () => {
    expect(visitWarnings({ enterpriseId: 7, team: "区工信局", visitedOn: "2026-05-10" }, visits).map((w) => [w.visitId, w.daysApart])).toEqual([[1, 8], [2, 10], [3, 10]]);
  });
});
