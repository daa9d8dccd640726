import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../src/testing";

describe("test database", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  it("is migrated and accepts COPY", async () => {
    await database.copyFromCsv("regions", ["code", "name", "level", "parent_code", "province_code"], ["990000,测试省,province,,99\n"]);
    const rows = await database.query<{ name: string }>("select name from regions where code = $1", ["990000"]);
    expect(rows).toEqual([{ name: "测试省" }]);
  });

  it("runs its sessions without JIT, whose compile time dwarfed short queries with inflated estimates", async () => {
    // PGlite is built without JIT; on a PostgreSQL server the application's pool turns it off.
    const [row] = await database.query<{ jit: string }>("SELECT current_setting('jit', true) AS jit");
    expect(database.target.kind === "postgres" ? row?.jit : "off").toBe("off");
  });
});
