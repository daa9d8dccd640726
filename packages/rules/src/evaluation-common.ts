import { z } from "zod";

/**
 * Schema pieces every evaluation policy file shares (packages/rules/{indicators,land,warnings,
 * scorecard}): the header (id, version, effective dates, documents, source) and the provenance
 * marks of each cited value. Objects are strict, so a misspelt key fails loading instead of being
 * silently ignored.
 */
export const ZBilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");

export const ZPolicyDocument = z.strictObject({
  number: z.string().min(1),
  title: z.string().min(1),
  issuer: z.string().optional(),
  issued: isoDate.optional(),
  url: z.string().url().optional(),
});

export const ZPolicySource = z.strictObject({ doc: z.string().min(1), article: z.string().min(1) });

/** Provenance keys, spread into item schemas. */
export const provenanceShape = {
  source: ZPolicySource.optional(),
  uncertain: z.boolean().optional(),
  note: z.string().optional(),
};

export const headerShape = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and dashes"),
  version: z.string().min(1),
  title: ZBilingual,
  effective_from: isoDate,
  effective_to: isoDate.nullable().optional(),
  documents: z.record(z.string(), ZPolicyDocument),
  source: ZPolicySource,
  notes: z.array(z.string()).optional(),
};

/** Every `source.doc` anywhere in a parsed file, for the dangling-reference check. */
export const citedDocs = (value: unknown, out: string[] = []): string[] => {
  if (Array.isArray(value)) for (const v of value) citedDocs(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "source" && v && typeof v === "object" && "doc" in v && typeof v.doc === "string") out.push(v.doc);
      else citedDocs(v, out);
    }
  }
  return out;
};

/** Throws when a file cites a document it does not declare. */
export const assertDocsDeclared = (file: { id: string; documents: Record<string, unknown> }, parsed: unknown): void => {
  const missing = [...new Set(citedDocs(parsed))].filter((d) => !(d in file.documents));
  if (missing.length > 0) throw new Error(`${file.id}: cites undeclared documents ${missing.join(", ")}`);
};
