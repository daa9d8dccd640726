/** The SQLSTATE of a database error, looking through wrappers such as DrizzleQueryError. */
export const sqlStateOf = (error: unknown): string | undefined => {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
};

/**
 * Class 22 "data exception": a value the database cannot take (out of range for its type, not a
 * date, not valid text or JSON, a float overflow in an aggregate). Input validation should have
 * refused it; the HTTP edge answers 400 rather than 500 when it did not.
 */
export const isDataException = (error: unknown): boolean => sqlStateOf(error)?.startsWith("22") ?? false;
