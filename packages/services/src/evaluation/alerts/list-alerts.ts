import { and, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TAlertSummary } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import { alertSeverityRank } from "@parkpilot/db/schema";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { isoUtcColumn } from "../iso-timestamp";
import { evaluationPolicies } from "../policies";
import { alertVisibility } from "../../tenancy/visibility";
import { UNRESOLVED_ALERT_STATUSES } from "./unresolved-alert-counts";

export interface AlertListQuery {
  /** One status, or unresolved: open and acknowledged together. */
  readonly status?: "open" | "acknowledged" | "resolved" | "unresolved";
  readonly severity?: "info" | "warning" | "critical";
  readonly parkId?: number;
  readonly ruleId?: string;
  readonly period?: string;
  readonly page: number;
  readonly pageSize: number;
}

const a = tables.alerts;
const owner = alias(tables.users, "owner");

/** The columns of an alert summary; the rule's title comes from its file. */
export const alertSummarySelect = {
  id: a.id,
  ruleId: a.ruleId,
  ruleVersion: a.ruleVersion,
  subject: a.subject,
  parkId: a.parkId,
  parkName: tables.parks.name,
  enterpriseId: a.enterpriseId,
  enterpriseName: tables.enterprises.name,
  period: a.period,
  severity: a.severity,
  title: a.title,
  titleEn: a.titleEn,
  status: a.status,
  ownerUserId: a.ownerUserId,
  ownerName: owner.displayName,
  raisedAt: isoUtcColumn(a.raisedAt),
  updatedAt: isoUtcColumn(a.updatedAt),
};

export const ruleTitle = (ruleId: string) => evaluationPolicies().warningRules.find((r) => r.id === ruleId)?.title ?? { zh: ruleId, en: ruleId };

/** A stored summary row as the API shows it: the title in both languages (an alert raised before English titles were kept shows its Chinese one). */
export const presentAlertSummary = <R extends { ruleId: string; title: string; titleEn: string | null }>({ title, titleEn, ...rest }: R) => ({
  ...rest,
  title: { zh: title, en: titleEn ?? title },
  ruleTitle: ruleTitle(rest.ruleId),
});

/**
 * GET /api/evaluation/alerts: the alert inbox, most severe and newest first. The filters narrow
 * what the scope sees (a park account asking for another park's alerts gets none), never widen it.
 */
export const listAlerts = async (ctx: ServiceContext, scope: TenantScope, query: AlertListQuery) => {
  const { db } = ctx.database;
  const conditions: SQL[] = [alertVisibility(scope)];
  if (query.status === "unresolved") conditions.push(inArray(a.status, [...UNRESOLVED_ALERT_STATUSES]));
  else if (query.status) conditions.push(eq(a.status, query.status));
  if (query.severity) conditions.push(eq(a.severity, query.severity));
  if (query.parkId) conditions.push(eq(a.parkId, query.parkId));
  if (query.ruleId) conditions.push(eq(a.ruleId, query.ruleId));
  if (query.period) conditions.push(eq(a.period, query.period));
  const where = and(...conditions);
  // The page's ids first, read in the inbox index's order (alerts_inbox_idx); the names are then
  // joined to those rows only, not to every open alert of a province of a million enterprises.
  const [ids, [total]] = await Promise.all([
    db
      .select({ id: a.id })
      .from(a)
      .where(where)
      .orderBy(alertSeverityRank(a.severity), desc(a.period), desc(a.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(a).where(where),
  ]);
  const order = new Map(ids.map((r, i) => [r.id, i]));
  const rows =
    ids.length === 0
      ? []
      : (
          await db
            .select(alertSummarySelect)
            .from(a)
            .leftJoin(tables.parks, eq(tables.parks.id, a.parkId))
            .leftJoin(tables.enterprises, eq(tables.enterprises.id, a.enterpriseId))
            .leftJoin(owner, eq(owner.id, a.ownerUserId))
            .where(inArray(a.id, [...order.keys()]))
        ).sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0));
  const items: TAlertSummary[] = rows.map(presentAlertSummary);
  return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
};
