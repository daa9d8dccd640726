import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/client";
import { DataDirInUseError } from "../src/data-dir-lock";

/** One process at a time on an embedded data directory: a second would recover over live files. */
describe("the embedded database's directory is locked while open", () => {
  const root = mkdtempSync(join(tmpdir(), "parkpilot-lock-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("refuses a second opening while the first is open, naming the holder, and allows it after close", async () => {
    const dataDir = join(root, "busy");
    const first = await openDatabase({ kind: "pglite", dataDir });
    await first.query("CREATE TABLE kept (n int)");
    await first.query("INSERT INTO kept VALUES (1)");
    const second = openDatabase({ kind: "pglite", dataDir });
    await expect(second).rejects.toThrow(DataDirInUseError);
    await expect(second).rejects.toThrow(`The embedded database at ${dataDir} is in use by process ${process.pid}`);
    expect(await first.query("SELECT n FROM kept")).toEqual([{ n: 1 }]);
    await first.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);

    const again = await openDatabase({ kind: "pglite", dataDir });
    expect(await again.query("SELECT n FROM kept")).toEqual([{ n: 1 }]);
    await again.close();
  });

  it("takes over a lock left by a process that no longer runs (a crash)", async () => {
    const dataDir = join(root, "stale");
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    writeFileSync(`${dataDir}.lock`, `${gone.stdout}\n`);
    const database = await openDatabase({ kind: "pglite", dataDir });
    expect(readFileSync(`${dataDir}.lock`, "utf8")).toBe(`${process.pid}\n`);
    await database.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it("an in-memory database takes no lock", async () => {
    const memory = await openDatabase({ kind: "pglite", dataDir: null });
    expect(await memory.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await memory.close();
  });
});
