import { describe, expect, it } from "vitest";
import { monthsUpTo, reportingCalendar } from "./reporting-calendar";

describe("reportingCalendar: only periods that have ended, by the calendar in China (UTC+8)", () => {
  it.each([
    ["mid-year", "2026-12-07T10:00:00Z", "2026-12-07", "2026-11", 2025],
    ["last instant of a year in Beijing", "2026-12-31T15:59:59Z", "2026-12-31", "2026-11", 2025],
    ["first instant of a year in Beijing (still 31 Dec in UTC)", "2026-12-31T16:00:00Z", "2027-01-01", "2026-12", 2026],
    ["last instant of a month in Beijing", "2027-03-31T15:59:59Z", "2027-03-31", "2027-02", 2026],
    ["first instant of a month in Beijing", "2027-03-31T16:00:00Z", "2027-04-01", "2027-03", 2026],
    ["first day of February", "2027-02-01T00:00:00Z", "2027-02-01", "2027-01", 2026],
    ["last day of a leap February", "2028-02-29T12:00:00Z", "2028-02-29", "2028-01", 2027],
  ])("%s: %s → today %s, last month %s, last year %i", (_, now, today, maxPeriod, maxYear) => {
    expect(reportingCalendar(new Date(now))).toEqual({ today, maxPeriod, maxYear });
  });
});

describe("monthsUpTo", () => {
  it.each([
    ["2026-11", 3, ["2026-11", "2026-10", "2026-09"]],
    ["2027-01", 3, ["2027-01", "2026-12", "2026-11"]],
    ["2026-12", 2, ["2026-12", "2026-11"]],
    ["2026-05", 1, ["2026-05"]],
    ["2026-05", 0, []],
  ])("%s, %i months → %j", (last, count, months) => {
    expect(monthsUpTo(last, count)).toEqual(months);
  });
});
