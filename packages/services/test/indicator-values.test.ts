import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, failingCopyIn, type TestDatabase } from "@parkpilot/db/testing";
import { readIndicatorValues, replaceIndicatorValues, type IndicatorValueRow } from "../src/evaluation/indicator-values";

describe("indicator values are replaced through COPY", () => {
  let database: TestDatabase;
  const at = "2026-01-20T08:00:00.000Z";
  const scope = { keys: ["output_per_mu", "reporting"], periods: ["2025"], subjects: ["park:7"] };
  const row = (key: string, subject: string, value: number | null, reporting: number | null = null, population: number | null = null): IndicatorValueRow => ({
    key,
    subject,
    period: "2025",
    value,
    reporting,
    population,
  });
  const stored = async () =>
    (await readIndicatorValues(database, ["park:7", "park:7/ind:39"], ["2025"])).map((r) => [r.indicator_key, r.subject, r.value, r.reporting, r.population]).sort();

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  it("stores every value as given: unknown, not finite (stored as unknown), tiny and negative", async () => {
    await replaceIndicatorValues(
      database,
      [
        row("output_per_mu", "park:7", 1234.5678901234567, 12, 40),
        row("output_per_mu", "park:7/ind:39", null, 0, 3),
        row("reporting", "park:7", Number.NaN),
        row("reporting", "park:7/ind:39", -1e-300, 1, null),
      ],
      scope,
      at,
    );
    expect(await stored()).toEqual(
      [
        ["output_per_mu", "park:7", 1234.5678901234567, 12, 40],
        ["output_per_mu", "park:7/ind:39", null, 0, 3],
        ["reporting", "park:7", null, null, null],
        ["reporting", "park:7/ind:39", -1e-300, 1, null],
      ].sort(),
    );
    // Read back as ISO 8601 in UTC, exactly as written (not PostgreSQL's "2026-01-20 08:00:00+00").
    expect(new Set((await readIndicatorValues(database, ["park:7", "park:7/ind:39"], ["2025"])).map((r) => r.computed_at))).toEqual(new Set([at]));
  });

  it("replaces the subject's values (its industries included) and leaves them as they were when the COPY fails", async () => {
    await replaceIndicatorValues(database, [row("output_per_mu", "park:7", 1e21)], scope, at);
    expect(await stored()).toEqual([["output_per_mu", "park:7", 1e21, null, null]]);
    const failing = failingCopyIn(database, 1);
    await expect(replaceIndicatorValues(failing.database, [row("output_per_mu", "park:7", 2)], scope, at)).rejects.toThrow("simulated");
    expect(await stored()).toEqual([["output_per_mu", "park:7", 1e21, null, null]]);
  });
});
