import { ALERT_STATUSES, oneOf, type AlertStatus, type Severity } from "./text";

/** The inbox's status filter: one status, or unresolved (open and acknowledged together). */
export const ALERT_STATUS_FILTERS = [...ALERT_STATUSES, "unresolved"] as const;
export type AlertStatusFilter = AlertStatus | "unresolved";

/** The inbox shows open alerts until the address says otherwise; "all" lifts the filter. */
export const DEFAULT_ALERT_STATUS: AlertStatusFilter = "open";

/** The status filter the address asks for: a known one, undefined for all, else the default. */
export const alertStatusFilter = (inAddress: string | undefined): AlertStatusFilter | undefined =>
  inAddress === "all" ? undefined : (oneOf(ALERT_STATUS_FILTERS, inAddress) ?? DEFAULT_ALERT_STATUS);

/**
 * The address of the alerts page filtered by park, status and severity (the keys the page keeps
 * its filters under), so a link lands on exactly the alerts it counts.
 */
export const alertsPageHref = (filter: { readonly park?: number; readonly status?: AlertStatusFilter | "all"; readonly severity?: Severity }): string => {
  const query = new URLSearchParams();
  if (filter.park !== undefined) query.set("park", String(filter.park));
  if (filter.status !== undefined && filter.status !== DEFAULT_ALERT_STATUS) query.set("status", filter.status);
  if (filter.severity !== undefined) query.set("severity", filter.severity);
  const text = query.toString();
  return text ? `/evaluation/alerts?${text}` : "/evaluation/alerts";
};
