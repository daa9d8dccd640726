import { sqlText } from "../sql-text";
import { rowsOf, type Database, type Tx } from "@parkpilot/db";
import type { AlertSeverity, Bilingual } from "@parkpilot/core";

/** An alert a rule raised for one subject and period. */
export interface RaisedAlert {
  readonly subject: string;
  readonly parkId: number | null;
  readonly enterpriseId: number | null;
  readonly severity: AlertSeverity;
  /** The rule's alert_title in both languages, filled in. */
  readonly title: Bilingual;
  readonly evidence: unknown;
}

/** The note the recomputation leaves on alerts it resolves: a rule that no longer fires after corrected data. */
export const AUTO_RESOLVED_NOTE = "系统重算后不再触发 / No longer fires after recomputation";

export interface AlertWriteCounts {
  raised: number;
  updated: number;
  resolved: number;
}

const BATCH = 10_000;

/**
 * Writes one rule's alerts for one period of a province, idempotently (alerts are unique by rule,
 * subject and period): new ones open with an event; existing ones whose evidence changed get it
 * (counted as updated) and keep their status and owner; ones resolved automatically reopen if
 * they fire again; open or acknowledged ones that no longer fire are resolved with a note. A
 * person's resolution stands.
 */
export const writeRuleAlerts = async (
  database: Database,
  rule: { readonly id: string; readonly version: string },
  provinceCode: string,
  period: string,
  raised: readonly RaisedAlert[],
  now: string,
): Promise<AlertWriteCounts> => {
  const counts: AlertWriteCounts = { raised: 0, updated: 0, resolved: 0 };
  await database.db.transaction(async (tx) => {
    const existing = rowsOf<{ id: number; subject: string; status: string; note: string | null }>(
      await tx.execute(sqlText(`SELECT id, subject, status, note FROM alerts WHERE rule_id = $1 AND period = $2 AND province_code = $3 FOR UPDATE`, [rule.id, period, provinceCode])),
    );
    const bySubject = new Map(existing.map((e) => [e.subject, e]));
    const fresh = raised.filter((r) => !bySubject.has(r.subject));
    const again = raised.filter((r) => bySubject.has(r.subject));
    const firing = new Set(raised.map((r) => r.subject));
    for (let i = 0; i < fresh.length; i += BATCH) {
      const c = fresh.slice(i, i + BATCH);
      // One JSON document per batch ([[subject, park, enterprise, severity, title zh, title en, evidence], …]).
      const doc = JSON.stringify(c.map((r) => [r.subject, r.parkId, r.enterpriseId, r.severity, r.title.zh, r.title.en, r.evidence]));
      const ids = rowsOf<{ id: number }>(
        await tx.execute(
          sqlText(
            `INSERT INTO alerts (rule_id, rule_version, subject, park_id, enterprise_id, province_code, period, severity, title, title_en, evidence, status, raised_at, updated_at)
             SELECT $1, $2, x->>0, (x->>1)::int, (x->>2)::int, $3, $4, x->>3, x->>4, x->>5, x->6, 'open', $6::timestamptz, $6::timestamptz
               FROM jsonb_array_elements($5::jsonb) AS t(x)
             RETURNING id`,
            [rule.id, rule.version, provinceCode, period, doc, now],
          ),
        ),
      ).map((r) => r.id);
      await events(tx, ids, null, "open", null, now);
      counts.raised += ids.length;
    }
    for (let i = 0; i < again.length; i += BATCH) {
      const c = again.slice(i, i + BATCH);
      const reopen = c.flatMap((r) => {
        const e = bySubject.get(r.subject)!;
        return e.status === "resolved" && e.note === AUTO_RESOLVED_NOTE ? [e.id] : [];
      });
      const doc = JSON.stringify(c.map((r) => [bySubject.get(r.subject)!.id, r.severity, r.title.zh, r.title.en, r.evidence]));
      // Only alerts whose content changed (or that reopen) are rewritten: an unchanged re-run of a
      // province leaves its tens of thousands of alerts, and their updated_at, as they were.
      const changed = rowsOf<{ id: number }>(
        await tx.execute(
          sqlText(
            `UPDATE alerts a SET rule_version = $1, severity = x->>1, title = x->>2, title_en = x->>3, evidence = x->4, updated_at = $3::timestamptz,
                    status = CASE WHEN a.id = ANY($4::int[]) THEN 'open' ELSE a.status END,
                    note = CASE WHEN a.id = ANY($4::int[]) THEN NULL ELSE a.note END
               FROM jsonb_array_elements($2::jsonb) AS t(x)
              WHERE a.id = (x->>0)::int
                AND (a.id = ANY($4::int[]) OR a.rule_version IS DISTINCT FROM $1 OR a.severity IS DISTINCT FROM x->>1
                     OR a.title IS DISTINCT FROM x->>2 OR a.title_en IS DISTINCT FROM x->>3 OR a.evidence IS DISTINCT FROM x->4)
            RETURNING a.id`,
            [rule.version, doc, now, reopen],
          ),
        ),
      );
      await events(tx, reopen, "resolved", "open", "再次触发 / Fires again after recomputation", now);
      counts.updated += changed.length;
    }
    const stale = existing.filter((e) => !firing.has(e.subject) && e.status !== "resolved");
    for (const status of ["open", "acknowledged"]) {
      const ids = stale.filter((e) => e.status === status).map((e) => e.id);
      if (ids.length === 0) continue;
      await tx.execute(sqlText(`UPDATE alerts SET status = 'resolved', note = $2, updated_at = $3::timestamptz WHERE id = ANY($1::int[])`, [ids, AUTO_RESOLVED_NOTE, now]));
      await events(tx, ids, status, "resolved", AUTO_RESOLVED_NOTE, now);
      counts.resolved += ids.length;
    }
  });
  return counts;
};

const events = async (tx: Tx, ids: readonly number[], from: string | null, to: string, note: string | null, at: string) => {
  if (ids.length === 0) return;
  await tx.execute(
    sqlText(`INSERT INTO alert_events (alert_id, from_status, to_status, user_id, note, at) SELECT id, $2, $3, NULL, $4, $5::timestamptz FROM unnest($1::int[]) AS t(id)`, [
      ids,
      from,
      to,
      note,
      at,
    ]),
  );
};
