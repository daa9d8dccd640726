import { and, eq, like } from "drizzle-orm";
import { ZTierOverlay, type TTierOverlay } from "@parkpilot/contracts";
import { isIsoDate } from "@parkpilot/core";
import { tables, type DbOrTx } from "@parkpilot/db";

/** province_settings keys of the gradient database. */
export const EVALUATION_DAY_KEY = "gradient.evaluation_day";
export const OVERLAY_KEY_PREFIX = "gradient.overlay.";

/**
 * Year Y's data is evaluated in year Y + 1, on this day unless the province sets another: the
 * national rounds open in spring and summer (2026: 科技型 from 1 June, 小巨人 around mid-year), so
 * 1 June of Y + 1 selects the rules an application made with Y's accounts is judged by.
 */
export const DEFAULT_EVALUATION_DAY = "06-01";

export interface StoredOverlay {
  readonly overlay: TTierOverlay;
  readonly updatedAt: string | null;
}

export interface GradientSettings {
  readonly provinceCode: string;
  readonly evaluationDay: string;
  /** By rule-set id. */
  readonly overlays: ReadonlyMap<string, StoredOverlay>;
}

/** Reads a province's gradient settings; rows that no longer parse are ignored, never fatal. */
export const loadGradientSettings = async (db: DbOrTx, provinceCode: string): Promise<GradientSettings> => {
  const s = tables.provinceSettings;
  const rows = await db
    .select({ key: s.key, value: s.value, updatedAt: s.updatedAt })
    .from(s)
    .where(and(eq(s.provinceCode, provinceCode), like(s.key, "gradient.%")));
  let evaluationDay = DEFAULT_EVALUATION_DAY;
  const overlays = new Map<string, StoredOverlay>();
  for (const row of rows) {
    if (row.key === EVALUATION_DAY_KEY && typeof row.value === "string" && /^\d{2}-\d{2}$/.test(row.value)) evaluationDay = row.value;
    if (row.key.startsWith(OVERLAY_KEY_PREFIX)) {
      const parsed = ZTierOverlay.safeParse(row.value);
      if (parsed.success) overlays.set(parsed.data.ruleSetId, { overlay: parsed.data, updatedAt: row.updatedAt });
    }
  }
  return { provinceCode, evaluationDay, overlays };
};

/** The evaluation date of data year `year`: `evaluationDay` of the next year (29 Feb falls back to 28 Feb). */
export const evaluationDateFor = (year: number, evaluationDay: string): string => {
  const date = `${year + 1}-${evaluationDay}`;
  return isIsoDate(date) ? date : `${year + 1}-${evaluationDay.slice(0, 3)}28`;
};
