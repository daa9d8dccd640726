import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openDatabase } from "../client";
import { prepareDatabase } from "../setup";
import type { TestProject } from "vitest/node";
import { serverUrlFor, TEMPLATE_DB_NAME } from "./test-database";

/** Vitest global setup: builds the migrated, reference-loaded template once per run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (project.name.endsWith(":postgres")) {
    const admin = new pg.Client({ connectionString: serverUrlFor("postgres") });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB_NAME} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB_NAME}`);
    await admin.end();
    const template = await openDatabase({ kind: "postgres", url: serverUrlFor(TEMPLATE_DB_NAME) });
    await prepareDatabase(template);
    await template.close();
    return async () => {
      const dropper = new pg.Client({ connectionString: serverUrlFor("postgres") });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB_NAME} WITH (FORCE)`);
      await dropper.end();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "parkpilot-test-"));
  const client = await PGlite.create();
  const template = await openDatabase({ kind: "pglite", dataDir: null, client });
  await prepareDatabase(template);
  const dump = await client.dumpDataDir("none");
  const path = join(dir, "template.tar");
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  await template.close();
  project.provide("pgliteTemplate", path);
  return async () => rmSync(dir, { recursive: true, force: true });
}
