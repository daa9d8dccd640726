/**
 * Vectors from what a park declares in the catalogue, for provinces without enterprise data:
 * each declared item (装备制造, 食品 …) maps to GB/T 4754 codes at any level; they are reduced to
 * 2-digit divisions (大类) so parks compare on one level.
 */
export interface DeclaredItem {
  readonly label: string;
  /** GB/T 4754-2017 codes the item maps to (division, group or class); empty when unmapped. */
  readonly codes: readonly string[];
}

export type DeclaredVectorMode = "binary" | "weighted";

/** The distinct 2-digit divisions of an item. */
export const divisionsOf = (codes: readonly string[]): string[] => [...new Set(codes.filter((c) => /^\d{2}/.test(c)).map((c) => c.slice(0, 2)))].sort();

/**
 * binary: 1 for every division any item covers. weighted: each mapped item weighs the same
 * (1 ÷ mapped items), spread evenly over its divisions, so a park declaring "装备制造" (8
 * divisions) is not 8 times as "equipment" as one declaring "汽车". Unmapped items carry no weight.
 */
export const declaredVector = (items: readonly DeclaredItem[], mode: DeclaredVectorMode): Map<string, number> => {
  const mapped = items.map((i) => divisionsOf(i.codes)).filter((d) => d.length > 0);
  const out = new Map<string, number>();
  for (const divisions of mapped) {
    for (const d of divisions) {
      const w = mode === "binary" ? 1 : 1 / mapped.length / divisions.length;
      out.set(d, mode === "binary" ? 1 : (out.get(d) ?? 0) + w);
    }
  }
  return out;
};

/** Whether an enterprise's industry code falls under a declared code (3911 under 39 and 391). */
export const underDeclared = (industryCode: string | null, declaredCodes: readonly string[]): boolean =>
  industryCode !== null && declaredCodes.some((c) => c.length > 0 && industryCode.startsWith(c));
