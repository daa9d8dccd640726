/** Turns the compiled tree plus one re-run row into the flat, ordered list of criterion results. */
import type { CGroup, CInput, CItem, CNode, CThreshold } from "../compiled";
import { MANUAL, STATUS_NAMES } from "../status";
import { both, categoryLabel, formatBoolean, formatValue, requirementText } from "./format";
import type { Row } from "./row";
import type { CriterionResult } from "./types";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The threshold that applied to this row (a lookup depends on another input); NaN when unknown. */
export const thresholdValue = (th: CThreshold, row: Row): number => (th.kind === "const" ? th.value : row.num(th.slot));

const numericObservation = (input: CInput, v: number): Pick<CriterionResult, "observed" | "observedText" | "unit"> =>
  v !== v ? { observed: null, unit: input.unit } : { observed: v, observedText: both((l) => formatValue(input, v, l)), unit: input.unit };

const categoryObservation = (input: CInput, row: Row): Pick<CriterionResult, "observed" | "observedText"> => {
  const value = row.cat(input);
  return value === undefined ? { observed: null } : { observed: value, observedText: both((l) => categoryLabel(input, value, l)) };
};

const booleanObservation = (v: boolean | undefined): Pick<CriterionResult, "observed" | "observedText"> =>
  v === undefined ? { observed: null } : { observed: v, observedText: both((l) => formatBoolean(v, l)) };

export const collectCriteria = (roots: readonly CNode[], row: Row, out: CriterionResult[], parentId?: string, depth = 0): void => {
  for (const node of roots) visitNode(node, row, out, parentId, depth);
};

const visitNode = (node: CNode, row: Row, out: CriterionResult[], parentId: string | undefined, depth: number): void => {
  const r: Mutable<CriterionResult> = {
    id: node.id,
    depth,
    kind: node.kind,
    label: node.label,
    status: STATUS_NAMES[row.status(node.st)] ?? "unknown",
    citation: node.citation,
    uncertain: node.uncertain,
    ...(parentId !== undefined ? { parentId } : {}),
    ...(node.note ? { note: node.note } : {}),
    ...(node.missingReason && row.status(node.st) === MANUAL ? { reason: node.missingReason } : {}),
  };
  out.push(r);
  const next = depth + 1;
  switch (node.kind) {
    case "all":
    case "any":
      collectCriteria(node.children, row, out, node.id, next);
      return;
    case "not":
    case "veto": {
      const at = out.length;
      visitNode(node.child, row, out, node.id, next);
      const child = out[at];
      // A veto over a plain fact reads best with that fact's value on the veto line itself.
      if (node.kind === "veto" && child && node.child.kind === "flag") {
        const expect = node.child.expect;
        Object.assign(r, { observed: child.observed, ...(child.observedText ? { observedText: child.observedText } : {}) });
        r.required = { op: "==", value: !expect };
        r.requiredText = both((l) => formatBoolean(!expect, l));
      }
      return;
    }
    case "compare": {
      Object.assign(r, numericObservation(node.input, row.num(node.input.slot)));
      const bound = thresholdValue(node.threshold, row);
      if (bound === bound) {
        r.required = { op: node.op, value: bound };
        r.requiredText = both((l) => requirementText(node.input, node.op, bound, l));
      }
      if (node.threshold.kind === "const" && node.threshold.paramCitation) r.thresholdCitation = node.threshold.paramCitation;
      return;
    }
    case "flag":
      Object.assign(r, booleanObservation(row.bool(node.input.slot)));
      r.required = { op: "==", value: node.expect };
      r.requiredText = both((l) => formatBoolean(node.expect, l));
      return;
    case "in":
      Object.assign(r, categoryObservation(node.input, row));
      r.required = { op: "==", value: node.values };
      r.requiredText = both((l) => node.values.map((v) => categoryLabel(node.input, v, l)).join(l === "zh" ? "、" : ", "));
      return;
    case "manual":
      r.reason = node.reason;
      if (node.input) Object.assign(r, booleanObservation(row.bool(node.input.slot)));
      if (node.detail) {
        const d = node.detail;
        const detail = d.type === "category" ? categoryObservation(d, row) : d.type === "boolean" ? booleanObservation(row.bool(d.slot)) : numericObservation(d, row.num(d.slot));
        if (detail.observedText) r.observedText = r.observedText ? both((l) => `${r.observedText?.[l] ?? ""}（${detail.observedText?.[l] ?? ""}）`) : detail.observedText;
      }
      return;
    case "switch": {
      Object.assign(r, categoryObservation(node.input, row));
      const value = row.cat(node.input);
      const index = value === undefined ? -1 : (node.input.values ?? []).indexOf(value);
      const selected = node.cases[index];
      if (selected) visitNode(selected, row, out, node.id, next);
      return;
    }
    case "score": {
      const s = node.score;
      r.points = row.pts(s.pts);
      r.maxPoints = s.maxPoints;
      r.required = { op: s.pass[0], value: s.pass[1] };
      r.requiredText = both((l) => requirementText(POINTS, s.pass[0], s.pass[1], l));
      for (const g of s.groups) visitGroup(g, row, out, node.id, next);
      return;
    }
  }
};

/** A stand-in input for printing points thresholds. */
const POINTS: CInput = { id: "points", type: "number", slot: -1, unit: "points", label: { zh: "得分", en: "Score" }, uncertain: false };

const visitGroup = (g: CGroup, row: Row, out: CriterionResult[], parentId: string, depth: number): void => {
  const min = g.min;
  out.push({
    id: g.id,
    parentId,
    depth,
    kind: "group",
    label: g.label,
    status: STATUS_NAMES[row.status(g.st)] ?? "unknown",
    points: row.pts(g.pts),
    maxPoints: g.maxPoints,
    citation: g.citation,
    uncertain: g.uncertain,
    ...(g.note ? { note: g.note } : {}),
    ...(min ? { required: { op: min[0], value: min[1] }, requiredText: both((l) => requirementText(POINTS, min[0], min[1], l)) } : {}),
  });
  for (const item of g.items) visitItem(item, row, out, g.id, depth + 1);
};

const visitItem = (item: CItem, row: Row, out: CriterionResult[], parentId: string, depth: number): void => {
  const input = item.kind === "bands" || item.kind === "points_from" ? item.input : undefined;
  out.push({
    id: item.id,
    parentId,
    depth,
    kind: "item",
    label: item.label,
    status: STATUS_NAMES[row.status(item.st)] ?? "unknown",
    points: row.pts(item.pts),
    maxPoints: item.maxPoints,
    citation: item.citation,
    uncertain: item.uncertain || (input?.uncertain ?? false),
    ...(item.note || input?.note ? { note: [item.note, input?.note].filter(Boolean).join(" ") } : {}),
    ...(input ? numericObservation(input, row.num(input.slot)) : {}),
  });
  if (item.kind === "table") collectCriteria(item.rows.map((r) => r.when), row, out, item.id, depth + 1);
  if (item.kind === "best_of") for (const o of item.options) visitItem(o, row, out, item.id, depth + 1);
};
