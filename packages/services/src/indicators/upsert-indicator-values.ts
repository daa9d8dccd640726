import { annualFieldByKey, monthlyFieldByKey, type IndicatorField } from "@parkpilot/core";
import type { FieldSource } from "@parkpilot/db/schema";
import { rawSql, rowsOf } from "@parkpilot/db";
import type { ServiceContext } from "../context";
import type { Actor } from "../tenancy/actor";
import { requireVisibleEnterprise } from "../tenancy/visibility";
import { validationError, type FieldIssue } from "../errors/app-error";
import { recordAudit } from "../audit/record-audit";
import { validateIndicatorValues } from "./validate-values";
import { FIRST_REPORTING_YEAR, reportingCalendar, type ReportingCalendar } from "@parkpilot/core";

export type IndicatorGrain = { kind: "annual"; year: number } | { kind: "monthly"; period: string };

export interface UpsertIndicatorValuesOptions {
  readonly actor: Actor;
  readonly enterpriseId: number;
  readonly grain: IndicatorGrain;
  readonly values: Record<string, number | null>;
  /** How the values arrived: typed in the web form (manual) or sent by an API client (api). */
  readonly via: "manual" | "api";
  readonly note?: string;
}

export interface UpsertIndicatorValuesResult {
  readonly created: boolean;
  readonly changed: string[];
}

const GRAINS = {
  annual: { table: "enterprise_annual", keyColumn: "year", fields: annualFieldByKey, entity: "enterprise_annual" },
  monthly: { table: "enterprise_monthly", keyColumn: "period", fields: monthlyFieldByKey, entity: "enterprise_monthly" },
} as const;

/** The period must be one data can be reported for: from 1990 to the current year or month, as in imports. */
const periodIssues = (grain: IndicatorGrain, calendar: ReportingCalendar): FieldIssue[] => {
  if (grain.kind === "annual") {
    const ok = Number.isInteger(grain.year) && grain.year >= FIRST_REPORTING_YEAR && grain.year <= calendar.maxYear;
    return ok ? [] : [{ path: "year", message: `must be a year from ${FIRST_REPORTING_YEAR} to ${calendar.maxYear} (annual data is reported for years that have ended)` }];
  }
  const ok = /^\d{4}-(0[1-9]|1[0-2])$/.test(grain.period) && grain.period >= `${FIRST_REPORTING_YEAR}-01` && grain.period <= calendar.maxPeriod;
  return ok ? [] : [{ path: "period", message: `must be a month from ${FIRST_REPORTING_YEAR}-01 to ${calendar.maxPeriod} (monthly data is reported for months that have ended)` }];
};

/**
 * Reports or corrects some indicator values of one enterprise and period. Only the given keys
 * change; each changed value gets its own provenance (who, how, when); the change and its
 * before/after are audited in the same transaction. Tenancy: the enterprise must be visible to
 * the actor (enterprise users: only their own).
 */
export const upsertIndicatorValues = async (ctx: ServiceContext, options: UpsertIndicatorValuesOptions): Promise<UpsertIndicatorValuesResult> => {
  const grain = GRAINS[options.grain.kind];
  const issues = [...periodIssues(options.grain, reportingCalendar(ctx.clock.now())), ...validateIndicatorValues(options.values, grain.fields)];
  if (issues.length) throw validationError("Invalid indicator values", issues);
  const periodValue = options.grain.kind === "annual" ? options.grain.year : options.grain.period;
  const at = ctx.clock.now().toISOString();
  const source: FieldSource = { kind: options.via, userId: options.actor.userId, at, ...(options.note ? { note: options.note } : {}) };
  const fields = Object.keys(options.values).map((k) => grain.fields.get(k)).filter((f): f is IndicatorField => f !== undefined);

  return ctx.database.db.transaction(async (tx) => {
    await requireVisibleEnterprise(tx, options.actor.scope, options.enterpriseId);
    const columns = fields.map((f) => `"${f.column}" AS "${f.key}"`).join(", ");
    const existingResult = await tx.execute(
      rawSql(`SELECT ${columns}, field_sources FROM ${grain.table} WHERE enterprise_id = $1 AND ${grain.keyColumn} = $2 FOR UPDATE`, [
        options.enterpriseId,
        periodValue,
      ]),
    );
    const existing = rowsOf<Record<string, unknown>>(existingResult)[0];
    const changed = fields.filter((f) => !existing || existing[f.key] !== options.values[f.key]);
    const before = Object.fromEntries(changed.map((f) => [f.key, existing ? (existing[f.key] ?? null) : null]));
    const after = Object.fromEntries(changed.map((f) => [f.key, options.values[f.key] ?? null]));
    if (!existing) {
      const cols = fields.map((f) => `"${f.column}"`);
      const params = fields.map((f) => options.values[f.key] ?? null);
      await tx.execute(
        rawSql(
          `INSERT INTO ${grain.table} (enterprise_id, ${grain.keyColumn}, ${cols.join(", ")}, source_kind, source_user_id, source_note, recorded_at)
           VALUES ($1, $2, ${cols.map((_, i) => `$${i + 3}`).join(", ")}, $${cols.length + 3}, $${cols.length + 4}, $${cols.length + 5}, $${cols.length + 6})`,
          [options.enterpriseId, periodValue, ...params, options.via, options.actor.userId, options.note ?? null, at],
        ),
      );
    } else if (changed.length > 0) {
      const sets = changed.map((f, i) => `"${f.column}" = $${i + 3}`);
      const sourcesPatch = Object.fromEntries(changed.map((f) => [f.key, source]));
      await tx.execute(
        rawSql(
          `UPDATE ${grain.table} SET ${sets.join(", ")}, field_sources = field_sources || $${changed.length + 3}::jsonb
            WHERE enterprise_id = $1 AND ${grain.keyColumn} = $2`,
          [options.enterpriseId, periodValue, ...changed.map((f) => options.values[f.key] ?? null), JSON.stringify(sourcesPatch)],
        ),
      );
    }
    if (changed.length > 0) {
      await recordAudit(tx, {
        userId: options.actor.userId,
        action: existing ? "update" : "create",
        entity: grain.entity,
        entityKey: `${options.enterpriseId}:${periodValue}`,
        before: existing ? before : null,
        after: { ...after, via: options.via, ...(options.note ? { note: options.note } : {}) },
      });
    }
    return { created: !existing, changed: changed.map((f) => f.key) };
  });
};
