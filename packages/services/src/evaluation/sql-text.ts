import { sql, type SQL } from "drizzle-orm";

/**
 * "… WHERE x = ANY($1::int[])" plus parameters as a Drizzle SQL object for use inside a
 * transaction. Unlike a template interpolation, each parameter stays ONE bind parameter, arrays
 * included (the evaluation passes whole columns as arrays to unnest). Identifiers in `text` come
 * from code, never from input.
 */
export const sqlText = (text: string, params: readonly unknown[] = []): SQL => {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) chunks.push(sql.raw(part));
    else {
      const index = Number(part) - 1;
      if (index < 0 || index >= params.length) throw new Error(`sqlText: no parameter for $${part}`);
      chunks.push(sql`${sql.param(params[index])}`);
    }
  });
  return sql.join(chunks, sql.raw(""));
};
