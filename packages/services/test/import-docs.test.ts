import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { columnHeader, describeColumnRule, IMPORT_KIND_LABELS, IMPORT_KINDS, importColumns, type ImportKind } from "../src/imports";

const DOC = new URL("../../../docs/data-formats.md", import.meta.url);

/** The column table of a kind exactly as docs/data-formats.md must carry it. */
const table = (kind: ImportKind): string =>
  [
    `### ${kind}: ${IMPORT_KIND_LABELS[kind].zh} (${IMPORT_KIND_LABELS[kind].en})`,
    "",
    "| header (template) | key | required | format / allowed values | meaning | example |",
    "|---|---|---|---|---|---|",
    ...importColumns(kind).map((c) => {
      const rule = describeColumnRule(c);
      return `| ${columnHeader(c)} | \`${c.key}\` | ${c.required ? "yes" : "no"} | ${rule.zh} (${rule.en}) | ${c.meaningZh} (${c.meaningEn}) | ${c.example} |`;
    }),
  ].join("\n");

describe("docs/data-formats.md", () => {
  const doc = readFileSync(DOC, "utf8");

  // On failure the expected table is printed: paste it into the doc.
  it.each(IMPORT_KINDS)("lists every %s column as the importer defines it", (kind) => {
    expect(doc.includes(table(kind)), `docs/data-formats.md must contain:\n\n${table(kind)}\n`).toBe(true);
  });
});
