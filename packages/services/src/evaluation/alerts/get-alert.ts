import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TAlertDetail } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { notFound } from "../../errors/app-error";
import { cite, evaluationPolicies } from "../policies";
import { citation } from "../present";
import { alertVisibility } from "../../tenancy/visibility";
import { alertSummarySelect, presentAlertSummary } from "./list-alerts";

type StoredEvidence = {
  field?: string;
  secondaryField?: string;
  series?: { period: string; value: number | null; base?: number | null; growth?: number | null }[];
  secondary?: { period: string; value: number | null; base?: number | null; growth?: number | null }[];
  measured?: Record<string, number | string | null>;
  decisive?: string[];
};

const FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  revenue: { zh: "营业收入（万元）", en: "Revenue (10k CNY)" },
  output: { zh: "工业总产值（万元）", en: "Output (10k CNY)" },
  electricityKwh: { zh: "用电量（千瓦时）", en: "Electricity (kWh)" },
};

const a = tables.alerts;
const owner = alias(tables.users, "owner");
const actor = alias(tables.users, "actor");

/** GET /api/evaluation/alerts/:id: the alert with its evidence series, the rule's rationale and citation, and its history. */
export const getAlert = async (ctx: ServiceContext, scope: TenantScope, id: number): Promise<TAlertDetail> => {
  const { db } = ctx.database;
  const [row] = await db
    .select({ ...alertSummarySelect, note: a.note, evidence: a.evidence })
    .from(a)
    .leftJoin(tables.parks, eq(tables.parks.id, a.parkId))
    .leftJoin(tables.enterprises, eq(tables.enterprises.id, a.enterpriseId))
    .leftJoin(owner, eq(owner.id, a.ownerUserId))
    .where(and(eq(a.id, id), alertVisibility(scope)))
    .limit(1);
  if (!row) throw notFound(`Alert ${id}`);
  const e = tables.alertEvents;
  const events = await db
    .select({ fromStatus: e.fromStatus, toStatus: e.toStatus, userId: e.userId, userName: actor.displayName, note: e.note, at: e.at })
    .from(e)
    .leftJoin(actor, eq(actor.id, e.userId))
    .where(eq(e.alertId, id))
    .orderBy(asc(e.at), asc(e.id));
  const rule = evaluationPolicies().warningRules.find((r) => r.id === row.ruleId && r.version === row.ruleVersion) ?? evaluationPolicies().warningRules.find((r) => r.id === row.ruleId);
  const ev = (row.evidence ?? {}) as StoredEvidence;
  const params = rule ? Object.fromEntries(Object.entries(rule.params).map(([k, v]) => [k, v.value as number | string])) : {};
  const { evidence: _evidence, ...summary } = row;
  return {
    ...presentAlertSummary(summary),
    evidence: {
      series: ev.series ?? [],
      seriesLabel: FIELD_LABELS[ev.field ?? ""] ?? { zh: ev.field ?? "", en: ev.field ?? "" },
      secondary: ev.secondary ?? null,
      secondaryLabel: ev.secondaryField ? (FIELD_LABELS[ev.secondaryField] ?? null) : null,
      measured: ev.measured ?? {},
      decisive: ev.decisive ?? [],
    },
    rule: rule
      ? { title: rule.title, rationale: rule.rationale, citation: citation(cite(rule)), params }
      : { title: { zh: row.ruleId, en: row.ruleId }, rationale: { zh: "", en: "" }, citation: { number: "", title: "", article: "", uncertain: true }, params },
    events,
  };
};
