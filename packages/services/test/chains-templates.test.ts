import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flattenSegments } from "@parkpilot/core";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import { readChainFiles, shippedChainFiles } from "../src/chains/files/load-chain-files";
import { ensureShippedChainTemplates } from "../src/chains/templates/ensure-shipped-templates";
import { listChainTemplates } from "../src/chains/templates/list-chain-templates";
import { getChainTemplate } from "../src/chains/templates/get-chain-template";
import { deriveChainTemplate } from "../src/chains/templates/derive-chain-template";
import { effectiveTemplate } from "../src/chains/templates/template-rows";
import { createActor, createPark, parkScope, provinceScope } from "./factories";

const REFERENCE = fileURLToPath(new URL("../../db/reference/", import.meta.url));
const csvRows = (file: string) =>
  readFileSync(`${REFERENCE}${file}`, "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(","));

describe("shipped chain templates are data with a checked basis", () => {
  const files = shippedChainFiles();
  const names = new Map(csvRows("industries.csv").map(([code, name]) => [code ?? "", name ?? ""]));
  // path → class → partial, for the 战略性新兴产业分类 (2018) mapping shipped as reference data.
  const strategic = new Map<string, Map<string, boolean>>();
  for (const [classification, code, path, partial] of csvRows("industry-classifications.csv")) {
    if (classification !== "strategic" || !code || !path) continue;
    const key = path.split(/\s+/).join(" ");
    strategic.set(key, (strategic.get(key) ?? new Map()).set(code, partial === "true"));
  }

  it("ships the six chains a province commonly targets", () => {
    expect(files.templates.map((t) => t.code).sort()).toEqual(["biomedicine", "electronic-information", "high-end-equipment", "integrated-circuit", "new-energy-vehicle", "new-materials"]);
  });

  it.each(files.templates.map((t) => [t.code, t] as const))("%s: classes exist, partial flags follow the cited 战新 paths, every class has a basis", (_code, template) => {
    expect(template.citation).toContain("战略性新兴产业分类");
    for (const node of flattenSegments(template.segments)) {
      const { segment } = node;
      const cited = segment.basis.filter((b) => b.startsWith("战新2018：")).map((b) => b.slice("战新2018：".length));
      for (const path of cited) expect(strategic.has(path), `${segment.key}: no 战新 path "${path}"`).toBe(true);
      for (const c of segment.classes) {
        expect(names.get(c.code), `${segment.key}: class ${c.code}`).toBe(c.name);
        const source = cited.map((p) => strategic.get(p)?.get(c.code)).filter((v): v is boolean => v !== undefined);
        if (source.some((partial) => partial)) expect(c.partial, `${segment.key}: ${c.code} is starred in the source`).toBe(true);
        if (source.length === 0) expect(segment.basis.some((b) => b.startsWith("补充：")), `${segment.key}: ${c.code} has no basis`).toBe(true);
      }
      if (node.isLeaf) expect(segment.keywords.length, `${segment.key} has keywords`).toBeGreaterThan(0);
    }
  });

  it("rejects a malformed template file with every problem", () => {
    const dir = fileURLToPath(new URL("./fixtures/chains-bad/", import.meta.url));
    expect(() => readChainFiles(dir)).toThrowError(/broken\.yaml[\s\S]*segments\.twice: segment key "twice" is used twice[\s\S]*a leaf segment needs at least one industry class or keyword[\s\S]*edges\.0: edge to unknown segment "nowhere"/);
  });
});

describe("chain templates in the database", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-06-01T08:00:00Z") } };
  });
  afterAll(async () => database.dispose());

  it("loads the shipped templates once, however often it is asked", async () => {
    await ensureShippedChainTemplates(database);
    // A second process (new memo) finds them in place and inserts nothing.
    const other = { ...database };
    await ensureShippedChainTemplates(other);
    const rows = await database.query<{ code: string; version: number }>("SELECT code, version FROM chain_templates ORDER BY code");
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.version === 1)).toBe(true);
  });

  it("lets a province copy and edit a template into new versions; older versions stay listable; parks use the province's", async () => {
    const province = await createActor(database, provinceScope());
    const park = await createPark(database);
    const parkAdmin = await createActor(database, parkScope(park));
    const shipped = (await listChainTemplates(ctx, province.scope, { code: "new-energy-vehicle", allVersions: false })).items;
    expect(shipped).toHaveLength(1);
    const base = shipped[0];
    if (!base) throw new Error("no shipped template");
    expect(base.isEffective).toBe(true);

    const copy = await deriveChainTemplate(ctx, province, base.id, { note: "省级副本" });
    expect(copy).toMatchObject({ code: "new-energy-vehicle", version: 2, provinceCode: "99", basedOnId: base.id, isEffective: true });

    const edited = structuredClone(copy.definition);
    edited.assessment.park.strong.minEnterprises = 8;
    const v3 = await deriveChainTemplate(ctx, province, copy.id, { definition: edited, note: "提高强环节门槛" });
    expect(v3.version).toBe(3);
    expect(v3.basedOnId).toBe(copy.id);

    const all = (await listChainTemplates(ctx, province.scope, { code: "new-energy-vehicle", allVersions: true })).items;
    expect(all.map((t) => [t.version, t.provinceCode, t.isEffective])).toEqual([
      [1, null, false],
      [3, "99", true],
      [2, "99", false],
    ]);
    // The park sees its province's versions and uses the newest.
    const forPark = (await listChainTemplates(ctx, parkAdmin.scope, { code: "new-energy-vehicle", allVersions: false })).items;
    expect(forPark.find((t) => t.isEffective)?.version).toBe(3);
    expect((await effectiveTemplate(database.db, "99", "new-energy-vehicle"))?.definition.assessment.park.strong.minEnterprises).toBe(8);
    // Another province still uses the shipped version and cannot see this one.
    const other = await createActor(database, provinceScope("98"));
    await expect(getChainTemplate(ctx, other.scope, v3.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await effectiveTemplate(database.db, "98", "new-energy-vehicle"))?.row.version).toBe(1);
    // Audited.
    const audit = await database.query<{ action: string }>("SELECT action FROM audit_log WHERE entity = 'chain_template' ORDER BY id");
    expect(audit.map((a) => a.action)).toEqual(["chain_template.copy", "chain_template.edit"]);
  });

  it("refuses edits that break the template or change its code, and park accounts", async () => {
    const province = await createActor(database, provinceScope());
    const park = await createPark(database);
    const parkAdmin = await createActor(database, parkScope(park));
    const base = (await listChainTemplates(ctx, province.scope, { code: "biomedicine", allVersions: false })).items[0];
    if (!base) throw new Error("no template");
    const detail = await getChainTemplate(ctx, province.scope, base.id);
    await expect(deriveChainTemplate(ctx, parkAdmin, base.id, {})).rejects.toMatchObject({ code: "forbidden" });
    await expect(deriveChainTemplate(ctx, province, base.id, { definition: { ...detail.definition, code: "renamed" } })).rejects.toMatchObject({ code: "validation" });
    const before = await database.query("SELECT count(*)::int AS n FROM chain_templates");
    expect(before[0]).toEqual({ n: 8 });
  });
});
