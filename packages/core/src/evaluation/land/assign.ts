import type { CompiledLandRuleSet } from "./compile";
import type { LandPopulation } from "./population";

export const SCORED = 0;
export const EXCLUDED = 1;
export const OUT_OF_SCOPE = 2;
export const DATA_MISSING = 3;

export interface Assignment {
  /** Method index per enterprise, −1 when not evaluated. */
  readonly method: Int8Array;
  /** SCORED (so far), EXCLUDED, OUT_OF_SCOPE; scoring turns missing data into DATA_MISSING. */
  readonly status: Uint8Array;
  /** Exclusion index for EXCLUDED, the reason code for OUT_OF_SCOPE (see OUT_OF_SCOPE_REASONS). */
  readonly detail: Int8Array;
}

/** Why an enterprise is out of scope. */
export const OUT_OF_SCOPE_REASONS = ["size_unknown", "no_method_for_size", "below_min_land"] as const;

/**
 * Which method evaluates each enterprise, or why none does: a T类 exclusion (utilities, recently
 * founded firms …), 规上/规下 status unknown, no method for its size class, or less land than the
 * method's minimum. Unknown land does not exclude: the land-based items become unknown instead.
 */
export const assignMethods = (compiled: CompiledLandRuleSet, pop: LandPopulation, year: number): Assignment => {
  const method = new Int8Array(pop.n).fill(-1);
  const status = new Uint8Array(pop.n);
  const detail = new Int8Array(pop.n).fill(-1);
  const land = pop.fields.landAreaMu;
  const exclusions = compiled.ruleSet.exclusions;
  const bySize = { above: -1, below: -1 };
  compiled.methods.forEach((m, k) => (bySize[m.def.applies_to] = k));
  for (let i = 0; i < pop.n; i++) {
    const ex = exclusions.findIndex((e) =>
      "industry_prefixes" in e.when
        ? e.when.industry_prefixes.some((p) => pop.industryCode[i]?.startsWith(p) ?? false)
        : year - pop.foundedYear[i]! < e.when.founded_within_years,
    );
    if (ex >= 0) {
      status[i] = EXCLUDED;
      detail[i] = ex;
      continue;
    }
    const above = pop.above[i]!;
    if (above < 0) {
      status[i] = OUT_OF_SCOPE;
      detail[i] = 0;
      continue;
    }
    const k = above === 1 ? bySize.above : bySize.below;
    if (k < 0) {
      status[i] = OUT_OF_SCOPE;
      detail[i] = 1;
      continue;
    }
    const min = compiled.methods[k]!.def.min_land_mu;
    const mu = land ? land[i]! : Number.NaN;
    if (min !== undefined && mu < min) {
      status[i] = OUT_OF_SCOPE;
      detail[i] = 2;
      continue;
    }
    method[i] = k;
  }
  return { method, status, detail };
};
