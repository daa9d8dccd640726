import { describe, expect, it } from "vitest";
import { alertStatusFilter, alertsPageHref } from "./alerts-query";

describe("the alerts page's address", () => {
  it("reads the status filter: a known status or unresolved, all for none, the default (open) otherwise", () => {
    expect(alertStatusFilter(undefined)).toBe("open");
    expect(alertStatusFilter("acknowledged")).toBe("acknowledged");
    expect(alertStatusFilter("unresolved")).toBe("unresolved");
    expect(alertStatusFilter("all")).toBeUndefined();
    expect(alertStatusFilter("pending")).toBe("open");
  });

  it("links to a park's alerts of a state and severity, leaving out what is the page's default", () => {
    expect(alertsPageHref({ park: 12, status: "unresolved" })).toBe("/evaluation/alerts?park=12&status=unresolved");
    expect(alertsPageHref({ park: 12, status: "acknowledged", severity: "critical" })).toBe("/evaluation/alerts?park=12&status=acknowledged&severity=critical");
    expect(alertsPageHref({ park: 3, status: "open", severity: "info" })).toBe("/evaluation/alerts?park=3&severity=info");
    expect(alertsPageHref({ status: "all" })).toBe("/evaluation/alerts?status=all");
    expect(alertsPageHref({})).toBe("/evaluation/alerts");
  });

  it("reads back what it writes", () => {
    const href = alertsPageHref({ park: 7, status: "unresolved", severity: "warning" });
    const query = new URLSearchParams(href.split("?")[1]);
    expect(alertStatusFilter(query.get("status") ?? undefined)).toBe("unresolved");
    expect(query.get("park")).toBe("7");
    expect(query.get("severity")).toBe("warning");
  });
});
