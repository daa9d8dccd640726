/**
 * 链长制 follow-up: tasks with deadlines and a shared visit log. Dates are calendar dates
 * (YYYY-MM-DD) in the users' time zone; "today" is passed in, so the rules are pure.
 */
export type ChainTaskStatus = "todo" | "doing" | "done" | "cancelled";

const dayNumber = (date: string): number => Math.floor(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000);

/** Days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: string, b: string): number => dayNumber(b) - dayNumber(a);

/** Overdue: an open task whose due date has passed (due today is not overdue yet). */
export const isTaskOverdue = (task: { readonly status: ChainTaskStatus; readonly dueOn: string | null }, today: string): boolean =>
  task.dueOn !== null && (task.status === "todo" || task.status === "doing") && daysBetween(task.dueOn, today) > 0;

export interface VisitRecord {
  readonly id: number;
  readonly enterpriseId: number;
  readonly team: string;
  readonly visitedOn: string;
}

export interface VisitWarning {
  readonly visitId: number;
  readonly team: string;
  readonly visitedOn: string;
  readonly daysApart: number;
  readonly message: string;
}

/**
 * Visits by another team to the same enterprise within `windowDays` of this one (before or
 * after it: a visit logged late still collides), so that no enterprise is visited twice in a
 * month by teams that do not know of each other. Team names compare trimmed.
 */
export const visitWarnings = (visit: Omit<VisitRecord, "id">, others: readonly VisitRecord[], windowDays = 30): VisitWarning[] =>
  others
    .filter((o) => o.enterpriseId === visit.enterpriseId && o.team.trim() !== visit.team.trim())
    .map((o) => ({ o, days: Math.abs(daysBetween(o.visitedOn, visit.visitedOn)) }))
    .filter(({ days }) => days <= windowDays)
    .sort((a, b) => a.days - b.days || a.o.id - b.o.id)
    .map(({ o, days }) => ({
      visitId: o.id,
      team: o.team,
      visitedOn: o.visitedOn,
      daysApart: days,
      message: `「${o.team}」已于 ${o.visitedOn} 走访该企业（相隔 ${days} 天，${windowDays} 天内）`,
    }));
