import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { dumpEmbeddedDatabase, openDatabase } from "../client";
import { prepareDatabase } from "../setup";
import type { TestProject } from "vitest/node";
import { newTemplateName, serverUrlFor } from "./test-database";

/** Vitest global setup: builds the migrated, reference-loaded template once per run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (project.name.endsWith(":postgres")) {
    const templateName = newTemplateName();
    const admin = new pg.Client({ connectionString: serverUrlFor("postgres") });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${templateName}`);
    await admin.end();
    const template = await openDatabase({ kind: "postgres", url: serverUrlFor(templateName) });
    await prepareDatabase(template);
    await template.close();
    project.provide("postgresTemplate", templateName);
    return async () => {
      const dropper = new pg.Client({ connectionString: serverUrlFor("postgres") });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`);
      await dropper.end();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "parkpilot-test-"));
  const template = await openDatabase({ kind: "pglite", dataDir: null });
  await prepareDatabase(template);
  const dump = await dumpEmbeddedDatabase(template);
  const path = join(dir, "template.tar");
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  await template.close();
  project.provide("pgliteTemplate", path);
  return async () => rmSync(dir, { recursive: true, force: true });
}
