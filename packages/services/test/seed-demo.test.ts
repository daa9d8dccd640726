import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import { demoStatus, deriveDemo, seedDemo } from "../src/demo/seed-demo";

const count = async (database: TestDatabase, sql: string): Promise<number> => Number((await database.query<{ n: number }>(sql))[0]?.n ?? 0);

describe("seedDemo: a demo province that opens complete", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  const phases = new Set<string>();

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-11-22T08:00:00Z") } };
    await seedDemo(ctx, { seed: 11, enterprises: 400, provinceCode: "44", asOf: "2026-11-22", onProgress: (_d, _t, phase) => phases.add(phase) });
  }, 180_000);
  afterAll(async () => database.dispose());

  it("is seeded, with the three demo logins", async () => {
    expect(await demoStatus(ctx)).toBe("complete");
    expect(await count(database, "SELECT count(*)::int AS n FROM users WHERE username IN ('province', 'park', 'enterprise')")).toBe(3);
  });

  it("holds tier assessments of two data years, chain placements and the park evaluation", async () => {
    expect(await count(database, "SELECT count(DISTINCT year)::int AS n FROM tier_assessments")).toBe(2);
    expect(await count(database, "SELECT count(*)::int AS n FROM chain_placements")).toBeGreaterThan(0);
    expect(await count(database, "SELECT count(*)::int AS n FROM indicator_values")).toBeGreaterThan(0);
    expect(await count(database, "SELECT count(*)::int AS n FROM land_evaluations")).toBeGreaterThan(0);
    expect([...phases]).toEqual(expect.arrayContaining(["generate", "chains"]));
    expect([...phases].some((p) => p.startsWith("evaluation"))).toBe(true);
  });

  it("leaves foreign-key checks on for everything that follows", async () => {
    expect(await database.query("SHOW session_replication_role")).toEqual([{ session_replication_role: "origin" }]);
  });
});

describe("seedDemo: a run that stops", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-11-22T08:00:00Z") } };
  });
  afterAll(async () => database.dispose());

  it("after the rows are written is left generated, and deriving again completes it without regenerating", async () => {
    expect(await demoStatus(ctx)).toBe("none");
    const stopAtChains = (_d: number, _t: number, phase: string) => {
      if (phase === "chains") throw new Error("stopped while placing on chains");
    };
    await expect(seedDemo(ctx, { seed: 5, enterprises: 200, provinceCode: "44", asOf: "2026-11-22", onProgress: stopAtChains })).rejects.toThrow("stopped while placing on chains");
    expect(await count(database, "SELECT count(*)::int AS n FROM enterprises WHERE is_generated")).toBe(200);
    expect(await demoStatus(ctx)).toBe("generated");
    const firstIds = await database.query("SELECT min(id) AS lo, max(id) AS hi FROM enterprises");
    const tiersBefore = await count(database, "SELECT count(*)::int AS n FROM tier_assessments");
    expect(tiersBefore).toBeGreaterThan(0);

    await deriveDemo(ctx, "44");
    expect(await demoStatus(ctx)).toBe("complete");
    expect(await database.query("SELECT min(id) AS lo, max(id) AS hi FROM enterprises")).toEqual(firstIds);
    expect(await count(database, "SELECT count(*)::int AS n FROM tier_assessments")).toBe(tiersBefore);
    expect(await count(database, "SELECT count(*)::int AS n FROM chain_placements")).toBeGreaterThan(0);
    expect(await count(database, "SELECT count(*)::int AS n FROM land_evaluations")).toBeGreaterThan(0);
  }, 180_000);

  it("while writing rows removes what it wrote (a crash there leaves it in progress, for a replacing run), and a new run completes", async () => {
    const stopWhileWriting = (_d: number, _t: number, phase: string) => {
      if (phase === "generate") throw new Error("stopped while generating");
    };
    await expect(seedDemo(ctx, { seed: 6, enterprises: 150, provinceCode: "44", asOf: "2026-11-22", replace: true, onProgress: stopWhileWriting })).rejects.toThrow("stopped while generating");
    expect(await demoStatus(ctx)).toBe("none");
    expect(await count(database, "SELECT count(*)::int AS n FROM enterprises WHERE is_generated")).toBe(0);

    await seedDemo(ctx, { seed: 6, enterprises: 150, provinceCode: "44", asOf: "2026-11-22" });
    expect(await demoStatus(ctx)).toBe("complete");
    expect(await count(database, "SELECT count(*)::int AS n FROM enterprises WHERE is_generated")).toBe(150);
  }, 180_000);
});
