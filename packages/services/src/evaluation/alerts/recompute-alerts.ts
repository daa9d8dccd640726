import {
  detectDeclineStreak,
  detectDivergence,
  detectGrowthBelow,
  detectNonReporting,
  divisionsOf,
  pickInForce,
  type AlertSeverity,
  type Detection,
  type LeadingShrinkRule,
  type MonthlySeries,
  type ParkGrowthRule,
  type WarningRule,
} from "@parkpilot/core";
import type { Database } from "@parkpilot/db";
import { parkIndustrySubject, parkSubject } from "../indicator-values";
import { declaredItemsByPark } from "../industries/park-structure";
import { evaluationPolicies } from "../policies";
import type { VisiblePark } from "../visible-parks";
import { alertTitle } from "./alert-text";
import { droppedInMonth, enterpriseSeries, evidenceSeries, silentEnterprises } from "./enterprise-series";
import { storedMonthlySeries } from "./series-from-values";
import { writeRuleAlerts, type AlertWriteCounts, type RaisedAlert } from "./write-alerts";

/** Months of evidence kept with an alert (two years with their year-earlier bases). */
const EVIDENCE_MONTHS = 24;
/** Months read per subject: evidence plus the year-earlier bases. */
const READ_MONTHS = EVIDENCE_MONTHS + 12;

/** The warning rules in force on a date, one version per rule id. */
export const rulesInForce = (isoDate: string): WarningRule[] => {
  const all = evaluationPolicies().warningRules;
  return [...new Set(all.map((r) => r.id))].flatMap((id) => pickInForce(all, id, isoDate) ?? []);
};

const enterpriseNames = async (database: Database, ids: readonly number[]) => {
  const rows = await database.query<{ id: number; name: string; park_id: number | null }>(`SELECT id, name, park_id FROM enterprises WHERE id = ANY($1::int[])`, [ids]);
  return new Map(rows.map((r) => [r.id, r]));
};

type Fired = { readonly id: number; readonly detection: Detection; readonly evidence: object };

const enterpriseAlerts = async (database: Database, rule: WarningRule, fired: readonly Fired[]): Promise<RaisedAlert[]> => {
  const names = await enterpriseNames(database, fired.map((f) => f.id));
  return fired.map((f) => {
    const e = names.get(f.id);
    return {
      subject: `enterprise:${f.id}`,
      parkId: e?.park_id ?? null,
      enterpriseId: f.id,
      severity: rule.severity,
      title: alertTitle(rule.alert_title, { name: e?.name ?? `#${f.id}` }, f.detection),
      evidence: { ...f.evidence, measured: f.detection.measured, decisive: f.detection.decisive },
    };
  });
};

/** Runs one rule over a province for a period and returns the alerts it raises. */
/** A growth-line rule on one series: what it detected, and the alert's severity (critical past the rule's critical line). */
const growthLine = (rule: ParkGrowthRule | LeadingShrinkRule, s: MonthlySeries, period: string): { detection: Detection; severity: AlertSeverity } => {
  const p = rule.params;
  const detection = detectGrowthBelow(s, period, p.basis.value, p.below.value, p.critical_below?.value);
  return { detection, severity: detection.critical ? "critical" : rule.severity };
};

const evaluateRule = async (database: Database, rule: WarningRule, provinceCode: string, parks: readonly VisiblePark[], period: string): Promise<RaisedAlert[]> => {
  switch (rule.kind) {
    case "revenue_decline_streak": {
      const field = rule.params.field.value;
      const ids = await droppedInMonth(database, provinceCode, field, period, rule.params.drop.value);
      const series = await enterpriseSeries(database, ids, period, READ_MONTHS, [field]);
      const fired = [...series].flatMap(([id, s]) => {
        const detection = detectDeclineStreak(s[field], period, rule.params.drop.value, rule.params.months.value);
        return detection.fires ? [{ id, detection, evidence: { field, series: evidenceSeries(s[field], period, EVIDENCE_MONTHS) } }] : [];
      });
      return enterpriseAlerts(database, rule, fired);
    }
    case "electricity_output_divergence": {
      const ids = await droppedInMonth(database, provinceCode, "electricityKwh", period, rule.params.electricity_drop.value);
      const series = await enterpriseSeries(database, ids, period, READ_MONTHS, ["electricityKwh", "output"]);
      const fired = [...series].flatMap(([id, s]) => {
        const p = rule.params;
        const detection = detectDivergence(s.electricityKwh, s.output, period, p.electricity_drop.value, p.output_band.value, p.months.value);
        return detection.fires
          ? [{ id, detection, evidence: { field: "electricityKwh", series: evidenceSeries(s.electricityKwh, period, EVIDENCE_MONTHS), secondaryField: "output", secondary: evidenceSeries(s.output, period, EVIDENCE_MONTHS) } }]
          : [];
      });
      return enterpriseAlerts(database, rule, fired);
    }
    case "non_reporting": {
      const { missed_months: missed, lookback_months: lookback } = rule.params;
      const silent = await silentEnterprises(database, provinceCode, period, missed.value, lookback.value);
      const candidates = [...silent].flatMap(([id, reported]) => {
        const detection = detectNonReporting(reported, period, missed.value, lookback.value);
        return detection.fires ? [{ id, detection }] : [];
      });
      const series = await enterpriseSeries(database, candidates.map((c) => c.id), period, READ_MONTHS, ["revenue"]);
      const empty: MonthlySeries = new Map();
      return enterpriseAlerts(
        database,
        rule,
        candidates.map((c) => ({ ...c, evidence: { field: "revenue", series: evidenceSeries(series.get(c.id)?.revenue ?? empty, period, EVIDENCE_MONTHS) } })),
      );
    }
    case "park_output_decline": {
      const key = `monthly_${rule.params.field.value}`;
      const series = await storedMonthlySeries(database, key, parks.map((p) => parkSubject(p.id)), period, READ_MONTHS);
      return parks.flatMap((p) => {
        const s = series.get(parkSubject(p.id));
        if (!s) return [];
        const { detection, severity } = growthLine(rule, s, period);
        if (!detection.fires) return [];
        return [
          {
            subject: parkSubject(p.id),
            parkId: p.id,
            enterpriseId: null,
            severity,
            title: alertTitle(rule.alert_title, { name: p.name }, detection),
            evidence: { field: rule.params.field.value, basis: rule.params.basis.value, series: evidenceSeries(s, period, EVIDENCE_MONTHS), measured: detection.measured, decisive: detection.decisive },
          },
        ];
      });
    }
    case "leading_industry_shrinking": {
      const declared = await declaredItemsByPark(database, parks.map((p) => p.id));
      const pairs = parks.flatMap((p) => [...new Set((declared.get(p.id) ?? []).flatMap((i) => divisionsOf(i.codes)))].map((d) => ({ park: p, division: d })));
      const key = `monthly_${rule.params.field.value}`;
      const series = await storedMonthlySeries(database, key, pairs.map((x) => parkIndustrySubject(x.park.id, x.division)), period, READ_MONTHS);
      const names = new Map(
        (await database.query<{ code: string; name: string }>(`SELECT code, name FROM industries WHERE code = ANY($1::text[])`, [[...new Set(pairs.map((x) => x.division))]])).map((r) => [r.code, r.name]),
      );
      return pairs.flatMap(({ park, division }) => {
        const subject = parkIndustrySubject(park.id, division);
        const s = series.get(subject);
        if (!s) return [];
        const { detection, severity } = growthLine(rule, s, period);
        if (!detection.fires) return [];
        const industry = `${division} ${names.get(division) ?? ""}`.trim();
        return [
          {
            subject,
            parkId: park.id,
            enterpriseId: null,
            severity,
            title: alertTitle(rule.alert_title, { name: park.name, industry }, detection),
            evidence: { field: rule.params.field.value, basis: rule.params.basis.value, division, series: evidenceSeries(s, period, EVIDENCE_MONTHS), measured: detection.measured, decisive: detection.decisive },
          },
        ];
      });
    }
  }
};

/**
 * Evaluates every warning rule in force for a province and period and writes the alerts
 * idempotently. Enterprise rules read only the candidates a SQL pre-filter finds (a necessary
 * condition of the rule); the detectors in core decide.
 */
export const recomputeAlerts = async (database: Database, provinceCode: string, parks: readonly VisiblePark[], period: string, now: Date): Promise<AlertWriteCounts> => {
  const total: AlertWriteCounts = { raised: 0, updated: 0, resolved: 0 };
  for (const rule of rulesInForce(now.toISOString().slice(0, 10))) {
    const raised = await evaluateRule(database, rule, provinceCode, parks, period);
    const c = await writeRuleAlerts(database, rule, provinceCode, period, raised, now.toISOString());
    total.raised += c.raised;
    total.updated += c.updated;
    total.resolved += c.resolved;
  }
  return total;
};
