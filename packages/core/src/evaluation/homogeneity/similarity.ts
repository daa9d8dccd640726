/**
 * Structure measures between industry vectors (park → value per GB/T 4754 division). Values may
 * be output, revenue or declared weights; every measure works on shares, so scale drops out.
 * Formulas: park-indicators.md §6.1 (S_ij as recommended by UNIDO, LQ, Krugman).
 */
export type IndustryVector = ReadonlyMap<string, number>;

const positiveTotal = (v: IndustryVector): number => {
  let t = 0;
  for (const x of v.values()) if (x > 0) t += x;
  return t;
};

/** Shares x_k = q_k ÷ Σq over positive entries; empty when the vector has no positive value. */
export const sharesOf = (v: IndustryVector): Map<string, number> => {
  const total = positiveTotal(v);
  const out = new Map<string, number>();
  if (!(total > 0)) return out;
  for (const [k, x] of v) if (x > 0) out.set(k, x / total);
  return out;
};

/**
 * 产业结构相似系数 S_ij = Σ_k x_ik·x_jk ÷ √(Σ_k x_ik² · Σ_k x_jk²), in [0, 1]; 1 = identical
 * structure. Null when either park has no positive value (similarity of nothing is unknown).
 */
export const structuralSimilarity = (a: IndustryVector, b: IndustryVector): number | null => {
  const sa = sharesOf(a);
  const sb = sharesOf(b);
  if (sa.size === 0 || sb.size === 0) return null;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of sa) {
    na += x * x;
    const y = sb.get(k);
    if (y !== undefined) dot += x * y;
  }
  for (const y of sb.values()) nb += y * y;
  return Math.min(1, dot / Math.sqrt(na * nb));
};

/** Krugman dissimilarity K_ij = Σ_k |x_ik − x_jk|, in [0, 2]; lower = more similar. Null when either is empty. */
export const krugmanIndex = (a: IndustryVector, b: IndustryVector): number | null => {
  const sa = sharesOf(a);
  const sb = sharesOf(b);
  if (sa.size === 0 || sb.size === 0) return null;
  let k = 0;
  for (const key of new Set([...sa.keys(), ...sb.keys()])) k += Math.abs((sa.get(key) ?? 0) - (sb.get(key) ?? 0));
  return k;
};

/**
 * 区位商 LQ_ik = (q_ik ÷ q_i) ÷ (q_k ÷ q) against a reference region (normally the province, the
 * park included). LQ > 1: the park is more specialised in k than the region. Industries the
 * reference does not have are left out (their LQ is undefined).
 */
export const locationQuotients = (park: IndustryVector, reference: IndustryVector): Map<string, number> => {
  const sp = sharesOf(park);
  const sr = sharesOf(reference);
  const out = new Map<string, number>();
  for (const [k, x] of sp) {
    const r = sr.get(k);
    if (r !== undefined && r > 0) out.set(k, x / r);
  }
  return out;
};

/** Element-wise sum of vectors (the province reference vector). */
export const sumVectors = (vectors: Iterable<IndustryVector>): Map<string, number> => {
  const out = new Map<string, number>();
  for (const v of vectors) for (const [k, x] of v) if (x > 0) out.set(k, (out.get(k) ?? 0) + x);
  return out;
};
