import { sql, type SQL } from "drizzle-orm";

/**
 * Turns "SELECT … WHERE a = $1" plus parameters into a Drizzle SQL object, so statements that
 * read better as SQL can run inside a Drizzle transaction. Only `$n` placeholders become
 * parameters; identifiers in `text` must come from code (the field catalogue), never from input.
 */
export const rawSql = (text: string, params: readonly unknown[]): SQL => {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) chunks.push(sql.raw(part));
    else {
      const index = Number(part) - 1;
      if (index < 0 || index >= params.length) throw new Error(`rawSql: no parameter for $${part}`);
      chunks.push(sql`${params[index]}`);
    }
  });
  return sql.join(chunks, sql.raw(""));
};

/** Rows of a `db.execute` result, whichever driver produced it (both expose `.rows`). */
export const rowsOf = <R>(result: unknown): R[] => {
  if (result && typeof result === "object" && "rows" in result && Array.isArray(result.rows)) return result.rows as R[];
  throw new Error("unexpected execute() result without rows");
};
