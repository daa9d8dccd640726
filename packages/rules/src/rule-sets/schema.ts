/**
 * The zod schema of a rule-set file (packages/rules/sets/<id>/<version>.yaml). It checks shape
 * only; cross-references (inputs, documents, parameters, ids) are checked by validateRuleSet of
 * @parkpilot/core, which the loader runs next. Objects are strict so a misspelt key fails loading
 * rather than being ignored. The output types are the core definition types themselves.
 */
import { isIsoDate, UNITS, type ExprDef, type NodeDef, type Operand, type RuleSetDef, type RuleSetOverlay, type ScoreItemDef, type UnitId } from "@parkpilot/core";
import { z } from "zod";

const text = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const isoDate = z.string().refine(isIsoDate, "must be a real date written YYYY-MM-DD");
const id = z.string().regex(/^[a-z][a-z0-9_]*$/, "lower-case letters, digits and underscores, starting with a letter");
const unit = z.enum(Object.keys(UNITS) as [UnitId, ...UnitId[]]);

const source = z.strictObject({ doc: z.string().min(1), article: z.string().min(1) });
const provenance = { source: source.optional(), uncertain: z.boolean().optional(), note: z.string().min(1).optional() };

const document = z.strictObject({
  number: z.string().min(1),
  title: z.string().min(1),
  issuer: z.string().min(1).optional(),
  issued: isoDate.optional(),
  url: z.url().optional(),
});

const op = z.enum([">=", ">", "<=", "<", "==", "!="]);
const passOp = z.enum([">=", ">"]);
const rows = z.array(z.tuple([z.number(), z.number()])).min(1);

const lookup = z.strictObject({ input: z.string().min(1), at_most: rows.optional(), at_least: rows.optional(), else: z.number() });
const threshold = z.union([z.number(), z.strictObject({ param: z.string().min(1) }), z.strictObject({ lookup })]);

const operand: z.ZodType<Operand> = z.lazy(() => z.union([z.string().min(1), expr]));
const operands = (min: number) => z.array(operand).min(min);

/** Expression variants; `extra` adds the metadata keys a declared input may carry. */
const exprVariants = <S extends z.core.$ZodLooseShape>(extra: S) =>
  [
    z.strictObject({ fact: z.string().min(1), ...extra }),
    z.strictObject({ ratio: z.tuple([operand, operand]), ...extra }),
    z.strictObject({ growth: z.tuple([operand, operand]), ...extra }),
    z.strictObject({ cagr: z.tuple([operand, operand, z.number().int().positive()]), ...extra }),
    z.strictObject({ avg_growth: operands(2), ...extra }),
    z.strictObject({ sum: operands(1), ...extra }),
    z.strictObject({ avg: operands(1), ...extra }),
    z.strictObject({ min: operands(1), ...extra }),
    z.strictObject({ max: operands(1), ...extra }),
    z.strictObject({ age_years: z.strictObject({ of: z.string().min(1), at: z.enum(["evaluation_date", "reference_year_end"]) }), ...extra }),
    z.strictObject({
      gbt4754: z.strictObject({ of: z.string().min(1), map: z.record(z.string(), z.array(z.string().min(1)).min(1)), default: z.string().min(1) }),
      ...extra,
    }),
  ] as const;

const expr: z.ZodType<ExprDef> = z.lazy(() => z.union(exprVariants({})));

const input = z.union(exprVariants({ label: text.optional(), unit: unit.optional(), values: z.record(z.string(), text).optional(), ...provenance }));

const nodeMeta = {
  id: id.optional(),
  label: text.optional(),
  if_missing: z.strictObject({ manual: text }).optional(),
  enabled_by: z.string().min(1).optional(),
  ceiling: z.boolean().optional(),
  ...provenance,
};

const node: z.ZodType<NodeDef> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(node).min(1), ...nodeMeta }),
    z.strictObject({ any: z.array(node).min(1), ...nodeMeta }),
    z.strictObject({ not: node, ...nodeMeta }),
    z.strictObject({ compare: z.tuple([z.string().min(1), op, threshold]), ...nodeMeta }),
    z.strictObject({ flag: z.string().min(1), expect: z.boolean().optional(), ...nodeMeta }),
    z.strictObject({ in: z.tuple([z.string().min(1), z.array(z.string().min(1)).min(1)]), ...nodeMeta }),
    z.strictObject({ manual: z.strictObject({ reason: text, fact: z.string().min(1).optional(), detail: z.string().min(1).optional() }), ...nodeMeta }),
    z.strictObject({ switch: z.strictObject({ on: z.string().min(1), cases: z.record(z.string(), node) }), ...nodeMeta }),
    z.strictObject({ score, ...nodeMeta }),
  ]),
);

const itemMeta = { id, label: text, ...provenance };
const item: z.ZodType<ScoreItemDef> = z.lazy(() =>
  z.union([
    z.strictObject({ bands: z.strictObject({ input: z.string().min(1), at_least: rows.optional(), at_most: rows.optional(), else: z.number() }), ...itemMeta }),
    z.strictObject({ table: z.strictObject({ rows: z.array(z.strictObject({ when: node, points: z.number() })).min(1), else: z.number() }), ...itemMeta }),
    z.strictObject({ best_of: z.array(item).min(2), ...itemMeta }),
    z.strictObject({ points_from: z.strictObject({ input: z.string().min(1), max: z.number().positive() }), ...itemMeta }),
  ]),
);

const score = z.strictObject({
  pass: z.tuple([passOp, z.number()]),
  groups: z
    .array(z.strictObject({ id, label: text, min: z.tuple([passOp, z.number()]).optional(), items: z.array(item).min(1), ...provenance }))
    .min(1),
});

const parameter = z.strictObject({ label: text, value: z.union([z.number(), z.boolean()]), unit: unit.optional(), ...provenance });

export const ruleSetSchema: z.ZodType<RuleSetDef> = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, "lower-case letters, digits and dashes"),
  version: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.+_-]*$/, "letters, digits and . + _ -"),
  title: text,
  kind: z.enum(["eligibility", "classification"]),
  scope: z.enum(["national", "local_default", "local"]),
  effective_from: isoDate,
  effective_to: isoDate.nullable().optional(),
  summary: text.optional(),
  notes: z.array(z.string().min(1)).optional(),
  documents: z.record(z.string(), document),
  source,
  parameters: z.record(id, parameter).optional(),
  inputs: z.record(id, input),
  vetoes: z.array(node).min(1).optional(),
  eligible_when: node.optional(),
  classes: z.array(z.strictObject({ id, label: text, when: node.optional() })).optional(),
  exports: z.record(z.string(), z.array(id).min(1)).optional(),
  overlay: z.strictObject({ jurisdiction: z.string(), name: text, source }).optional(),
});

export const overlaySchema: z.ZodType<RuleSetOverlay> = z.strictObject({
  target: z.string().min(1),
  versions: z.array(z.string().min(1)).min(1).optional(),
  jurisdiction: z.string().regex(/^\d{6}$/, "a 6-digit administrative division code"),
  name: text,
  documents: z.record(z.string(), document),
  source,
  parameters: z.record(id, z.strictObject({ value: z.union([z.number(), z.boolean()]), source: source.optional(), note: z.string().min(1).optional() })),
});
