import type { TParkDashboard, TUnresolvedAlertCounts } from "@parkpilot/contracts";
import type { Database } from "@parkpilot/db";

/** The states of an alert nobody has resolved yet: open (not acknowledged) and acknowledged. */
export const UNRESOLVED_ALERT_STATUSES = ["open", "acknowledged"] as const;

/**
 * A park's unresolved alerts counted by state, in all and per severity (one grouped query on the
 * park's alerts; resolved ones are not counted).
 */
export const unresolvedAlertCounts = async (database: Database, parkId: number): Promise<TParkDashboard["alerts"]> => {
  const rows = await database.query<{ severity: string; status: string; n: number }>(
    `SELECT severity, status, count(*)::int AS n FROM alerts WHERE park_id = $1 AND status = ANY($2::text[]) GROUP BY severity, status`,
    [parkId, [...UNRESOLVED_ALERT_STATUSES]],
  );
  const counts = (severity?: string): TUnresolvedAlertCounts => {
    const n = (status: string) => rows.filter((r) => r.status === status && (severity === undefined || r.severity === severity)).reduce((s, r) => s + r.n, 0);
    const open = n("open");
    const acknowledged = n("acknowledged");
    return { unresolved: open + acknowledged, open, acknowledged };
  };
  return { ...counts(), bySeverity: { critical: counts("critical"), warning: counts("warning"), info: counts("info") } };
};
