/**
 * Splits the catalogue's 主导产业 wording into its declared items, in order. The catalogue
 * separates items with "、"; a customs zone still being built says "在建" instead, which
 * declares nothing (it is a status, not an industry).
 */
const UNDER_CONSTRUCTION = "在建";

export const splitLeadingIndustries = (text: string | null | undefined): string[] => {
  if (text === null || text === undefined) return [];
  const trimmed = text.trim();
  if (trimmed === "" || trimmed === UNDER_CONSTRUCTION) return [];
  return trimmed
    .split("、")
    .map((item) => item.trim())
    .filter((item) => item !== "");
};
