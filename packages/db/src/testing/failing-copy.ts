import type { TestDatabase } from "./test-database";

/**
 * The database with its `failingCall`-th COPY inside a copyTransaction failing as a full disk
 * would, every other COPY passed through: for proving that a bulk replacement rolls back whole.
 * `calls()` counts the COPYs attempted.
 */
export const failingCopyIn = (database: TestDatabase, failingCall: number): { readonly database: TestDatabase; calls(): number } => {
  let calls = 0;
  return {
    database: {
      ...database,
      copyTransaction: (work) =>
        database.copyTransaction((session) =>
          work({
            ...session,
            async copyFromText(table, columns, lines) {
              if (++calls === failingCall) throw new Error("simulated: no space left on device");
              return session.copyFromText(table, columns, lines);
            },
          }),
        ),
    },
    calls: () => calls,
  };
};
