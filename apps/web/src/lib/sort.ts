export type SortDirection = "asc" | "desc";
export type SortValue = number | string | null;

/**
 * Orders rows by a value with unknown (null) values last in both directions: missing data is
 * never ranked as zero. Strings compare in Chinese collation; ties keep their input order.
 */
export const sortRows = <T>(rows: readonly T[], value: (row: T) => SortValue, direction: SortDirection): T[] => {
  const sign = direction === "asc" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((a, b) => {
      if (a.v === null && b.v === null) return a.index - b.index;
      if (a.v === null) return 1;
      if (b.v === null) return -1;
      const c = typeof a.v === "number" && typeof b.v === "number" ? a.v - b.v : String(a.v).localeCompare(String(b.v), "zh-CN");
      return sign * c || a.index - b.index;
    })
    .map((x) => x.row);
};
