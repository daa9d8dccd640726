import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { Actor } from "../src/tenancy/actor";
import { applyStagedRows } from "../src/imports/apply-staged-rows";
import { createActor, createEnterprise, createPark, dataChecksums, nextCreditCode, parkScope } from "./factories";

type Park = Awaited<ReturnType<typeof createPark>>;
type Enterprise = Awaited<ReturnType<typeof createEnterprise>>;

/**
 * The apply statements re-check tenancy in SQL: rows validated as allowed may no longer be by
 * the time they are written (an enterprise moved to another park meanwhile). Staging tables are
 * filled by hand here to play that race deterministically.
 */
describe("applying staged rows re-checks tenancy", () => {
  let database: TestDatabase;
  let parkA: Park;
  let e1: Enterprise;
  let eB: Enterprise;
  let adminA: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    parkA = await createPark(database);
    const parkB = await createPark(database);
    e1 = await createEnterprise(database, parkA);
    eB = await createEnterprise(database, parkB);
    adminA = await createActor(database, parkScope(parkA));
  });
  afterAll(async () => database.dispose());

  const base = () => ({ scope: adminA.scope, batchId: 1, userId: adminA.userId, at: "2026-06-01T08:00:00Z" });

  it("annual rows of an enterprise outside the scope roll the whole statement back", async () => {
    await database.query("CREATE TABLE guard_annual (row integer, enterprise_id integer, year smallint, revenue double precision)");
    await database.query("INSERT INTO guard_annual VALUES (2, $1, 2001, 5), (3, $2, 2001, 6)", [e1.id, eB.id]);
    const before = await dataChecksums(database);
    const attempt = database.db.transaction((tx) =>
      applyStagedRows(tx, { ...base(), kind: "annual", stage: "guard_annual", present: new Set(["revenue"]), expected: 2 }),
    );
    await expect(attempt).rejects.toMatchObject({ code: "conflict" });
    expect(await dataChecksums(database)).toEqual(before);

    // The same statement applies rows that are in scope.
    await database.query("DELETE FROM guard_annual WHERE row = 3");
    const counts = await database.db.transaction((tx) =>
      applyStagedRows(tx, { ...base(), kind: "annual", stage: "guard_annual", present: new Set(["revenue"]), expected: 1 }),
    );
    expect(counts).toEqual({ inserted: 1, updated: 0 });
  });

  it("an enterprise list cannot overwrite an enterprise outside the scope, nor place one in a park outside it", async () => {
    await database.query(
      "CREATE TABLE guard_enterprises (row integer, credit_code char(18), name text, park_id integer, industry_code varchar(4), founded_on date, registered_capital double precision, listed boolean, operating_status varchar(16), above_designated_size boolean, main_products text, business_scope text)",
    );
    await database.query("INSERT INTO guard_enterprises (row, credit_code, name, park_id) VALUES (2, $1, '抢来的企业', $2)", [eB.creditCode, parkA.id]);
    const before = await dataChecksums(database);
    const takeOver = database.db.transaction((tx) =>
      applyStagedRows(tx, { ...base(), kind: "enterprises", stage: "guard_enterprises", present: new Set(["creditCode", "name", "park"]), expected: 1 }),
    );
    await expect(takeOver).rejects.toMatchObject({ code: "conflict" });
    await database.query("UPDATE guard_enterprises SET credit_code = $1, park_id = $2", [nextCreditCode(), eB.parkId]);
    const elsewhere = database.db.transaction((tx) =>
      applyStagedRows(tx, { ...base(), kind: "enterprises", stage: "guard_enterprises", present: new Set(["creditCode", "name", "park"]), expected: 1 }),
    );
    await expect(elsewhere).rejects.toMatchObject({ code: "conflict" });
    expect(await dataChecksums(database)).toEqual(before);
  });
});
