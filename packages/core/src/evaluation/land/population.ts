import type { AnnualFieldKey } from "../../indicators/enterprise-fields";

/**
 * One year of a province's enterprises, column by column (a million enterprises do not fit as
 * objects comfortably). NaN is unknown in every numeric column.
 */
export interface LandPopulation {
  readonly n: number;
  readonly enterpriseId: Int32Array;
  /** Ranking group per enterprise: index into groupKeys (province, region code or park id). */
  readonly group: Int32Array;
  readonly groupKeys: readonly string[];
  /** 1 规上, 0 规下, −1 unknown. */
  readonly above: Int8Array;
  readonly industryCode: readonly (string | null)[];
  readonly foundedYear: Float64Array;
  readonly fields: Readonly<Partial<Record<AnnualFieldKey, Float64Array>>>;
  /** Adjustment flags ("fact:safety_incident", "honour:specialized_sme") → 1 when it applies that year. */
  readonly flags: ReadonlyMap<string, Uint8Array>;
  /** Park of each enterprise (−1 outside any park), for park summaries; absent when not loaded. */
  readonly parkId?: Int32Array;
}

/** Builds a population from plain rows: small populations (tests, one park) and the reference for the columnar path. */
export interface LandRow {
  readonly enterpriseId: number;
  readonly groupKey: string;
  readonly aboveDesignatedSize: boolean | null;
  readonly industryCode: string | null;
  readonly foundedYear: number | null;
  readonly values: Readonly<Partial<Record<AnnualFieldKey, number | null>>>;
  readonly flags?: readonly string[];
  readonly parkId?: number | null;
}

export const populationFromRows = (rows: readonly LandRow[], fieldKeys: readonly AnnualFieldKey[], flagKeys: readonly string[]): LandPopulation => {
  const n = rows.length;
  const groupKeys: string[] = [];
  const groupIndex = new Map<string, number>();
  const group = new Int32Array(n);
  const fields: Partial<Record<AnnualFieldKey, Float64Array>> = {};
  for (const k of fieldKeys) fields[k] = new Float64Array(n).fill(Number.NaN);
  const flags = new Map(flagKeys.map((k) => [k, new Uint8Array(n)] as const));
  rows.forEach((r, i) => {
    let g = groupIndex.get(r.groupKey);
    if (g === undefined) {
      g = groupKeys.length;
      groupKeys.push(r.groupKey);
      groupIndex.set(r.groupKey, g);
    }
    group[i] = g;
    for (const k of fieldKeys) {
      const v = r.values[k];
      if (v !== null && v !== undefined && Number.isFinite(v)) fields[k]![i] = v;
    }
    for (const f of r.flags ?? []) {
      const col = flags.get(f);
      if (col) col[i] = 1;
    }
  });
  return {
    n,
    enterpriseId: Int32Array.from(rows.map((r) => r.enterpriseId)),
    group,
    groupKeys,
    above: Int8Array.from(rows.map((r) => (r.aboveDesignatedSize === null ? -1 : r.aboveDesignatedSize ? 1 : 0))),
    industryCode: rows.map((r) => r.industryCode),
    foundedYear: Float64Array.from(rows.map((r) => r.foundedYear ?? Number.NaN)),
    fields,
    flags,
    parkId: Int32Array.from(rows.map((r) => r.parkId ?? -1)),
  };
};
