/**
 * The gap list: what stands between an enterprise and the outcome, in plain zh and en, e.g.
 * "R&D ratio 2.1%, needs ≥3%" / "研发费用占比2.1%，需达到3%". Only criteria that are not met are
 * visited; under an "any" every alternative is listed and tagged with the "any" it belongs to.
 */
import type { CGroup, CInput, CItem, CNode, CScore } from "../compiled";
import { FAIL, MANUAL, PASS, UNKNOWN } from "../status";
import type { LocalizedText } from "../types";
import { thresholdValue } from "./criteria";
import { both, categoryLabel, formatNumber, formatValue, requirementText, type Lang } from "./format";
import type { Row } from "./row";
import type { Gap, GapKind } from "./types";

const UNVERIFIED: LocalizedText = { zh: "（标准待核实）", en: " (threshold unverified)" };

interface Emit {
  (node: { id: string; citation: Gap["citation"]; uncertain: boolean }, kind: GapKind, text: LocalizedText, extraUncertain?: boolean): void;
}

const emitter = (out: Gap[], oneOf: string | undefined): Emit => (node, kind, text, extraUncertain = false) => {
  const uncertain = node.uncertain || extraUncertain;
  out.push({
    criterionId: node.id,
    kind,
    text: uncertain ? { zh: text.zh + UNVERIFIED.zh, en: text.en + UNVERIFIED.en } : text,
    uncertain,
    citation: node.citation,
    ...(oneOf !== undefined ? { oneOf } : {}),
  });
};

/** "研发费用占比2.1%" / "R&D ratio 2.1%"; levels and categories read "…为市级" / "…: municipal". */
const observedPhrase = (input: CInput, v: number, lang: Lang, missed?: number): string => {
  const text = formatValue(input, v, lang, missed);
  const isLabel = input.unit === "level";
  if (lang === "zh") return `${input.label.zh}${isLabel ? "为" : ""}${text}`;
  return `${input.label.en}${isLabel ? ":" : ""} ${text}`;
};

const missing = (label: LocalizedText): LocalizedText => ({ zh: `${label.zh}：数据缺失`, en: `${label.en}: data missing` });
const manualText = (label: LocalizedText, reason: LocalizedText | undefined): LocalizedText => ({
  zh: `需人工审核：${label.zh}${reason ? `（${reason.zh}）` : ""}`,
  en: `Needs manual review: ${label.en}${reason ? ` (${reason.en})` : ""}`,
});
const notMet = (label: LocalizedText): LocalizedText => ({ zh: `未满足：${label.zh}`, en: `Not met: ${label.en}` });

export const collectGaps = (nodes: readonly CNode[], row: Row, out: Gap[], oneOf?: string): void => {
  for (const n of nodes) gapsOf(n, row, out, oneOf);
};

const gapsOf = (node: CNode, row: Row, out: Gap[], oneOf: string | undefined): void => {
  const s = row.status(node.st);
  if (s === PASS) return;
  const emit = emitter(out, oneOf);
  switch (node.kind) {
    case "all":
      collectGaps(node.children, row, out, oneOf);
      return;
    case "any":
      collectGaps(node.children, row, out, node.id);
      return;
    case "veto":
      if (s === FAIL) emit(node, "veto", { zh: `否决：${node.label.zh}`, en: `Veto: ${node.label.en}` });
      else gapsOf(node.child, row, out, oneOf);
      return;
    case "not":
      if (s === FAIL) emit(node, "not_met", notMet(node.label));
      else gapsOf(node.child, row, out, oneOf);
      return;
    case "compare": {
      const input = node.input;
      if (s === MANUAL) return emit(node, "manual_review", manualText(input.label, node.missingReason));
      const v = row.num(input.slot);
      if (v !== v) return emit(node, "missing_data", missing(input.label));
      const bound = thresholdValue(node.threshold, row);
      if (bound !== bound && node.threshold.kind === "lookup") return emit(node, "missing_data", missing(node.threshold.input.label));
      emit(node, "below_threshold", both((l) => `${observedPhrase(input, v, l, bound)}${l === "zh" ? "，需" : ", needs "}${requirementText(input, node.op, bound, l)}`));
      return;
    }
    case "flag":
      if (s === UNKNOWN) return emit(node, "missing_data", missing(node.label));
      if (s === MANUAL) return emit(node, "manual_review", manualText(node.label, node.missingReason));
      return emit(node, "not_met", notMet(node.label));
    case "in": {
      if (s === UNKNOWN) return emit(node, "missing_data", missing(node.input.label));
      if (s === MANUAL) return emit(node, "manual_review", manualText(node.input.label, node.missingReason));
      const value = row.cat(node.input) ?? "";
      return emit(
        node,
        "not_met",
        both((l) => {
          const allowed = node.values.map((v) => categoryLabel(node.input, v, l)).join(l === "zh" ? "、" : ", ");
          const seen = categoryLabel(node.input, value, l);
          return l === "zh" ? `${node.input.label.zh}为${seen}，需为${allowed}` : `${node.input.label.en}: ${seen}, needs one of ${allowed}`;
        }),
      );
    }
    case "manual":
      if (s === FAIL) return emit(node, "not_met", notMet(node.label));
      return emit(node, "manual_review", manualText(node.label, node.reason));
    case "switch": {
      const value = row.cat(node.input);
      const selected = value === undefined ? undefined : node.cases[(node.input.values ?? []).indexOf(value)];
      if (!selected) {
        if (s === MANUAL) return emit(node, "manual_review", manualText(node.input.label, node.missingReason));
        return emit(node, "missing_data", missing(node.input.label));
      }
      gapsOf(selected, row, out, oneOf);
      return;
    }
    case "score":
      scoreGaps(node, node.score, row, out, oneOf);
      return;
  }
};

const pointsText = (p: { min: number; max: number }, lang: Lang): string =>
  p.min === p.max ? formatNumber(p.min, lang) : lang === "zh" ? `${formatNumber(p.min, lang)}至${formatNumber(p.max, lang)}` : `${formatNumber(p.min, lang)}–${formatNumber(p.max, lang)}`;

const shortfall = (label: LocalizedText, p: { min: number; max: number }, op: ">=" | ">", mark: number): LocalizedText => {
  const incomplete = p.min !== p.max;
  return {
    zh: `${label.zh}${pointsText(p, "zh")}分${incomplete ? "（数据不完整）" : ""}，需${op === ">=" ? "达到" : "高于"}${formatNumber(mark, "zh")}分`,
    en: `${label.en} ${pointsText(p, "en")} points${incomplete ? " (data incomplete)" : ""}, needs ${op === ">=" ? "≥" : ">"}${formatNumber(mark, "en")} points`,
  };
};

const scoreGaps = (node: CNode, score: CScore, row: Row, out: Gap[], oneOf: string | undefined): void => {
  const emit = emitter(out, oneOf);
  const total = row.pts(score.pts);
  const [op, mark] = score.pass;
  const totalOpen = !(op === ">=" ? total.min >= mark : total.min > mark);
  if (totalOpen) emit(node, "score", shortfall(node.label, total, op, mark));
  for (const g of score.groups) {
    const gs = row.status(g.st);
    if (g.min && gs !== PASS) emit({ id: g.id, citation: g.citation, uncertain: g.uncertain }, "score", shortfall(g.label, row.pts(g.pts), g.min[0], g.min[1]));
    if (totalOpen || (g.min && gs !== PASS)) for (const item of g.items) itemGap(item, g, row, emit);
  }
};

/** Why an item's points are still open: the inputs it lacks, or the review it waits for. */
const undecidedGaps = (item: CItem, row: Row): { kind: GapKind; text: LocalizedText; uncertain: boolean }[] => {
  const s = row.status(item.st);
  if (s !== UNKNOWN && s !== MANUAL) return [];
  if (item.kind === "bands" || item.kind === "points_from") {
    return [{ kind: s === MANUAL ? "manual_review" : "missing_data", text: s === MANUAL ? manualText(item.input.label, undefined) : missing(item.input.label), uncertain: item.input.uncertain }];
  }
  if (item.kind === "best_of") return item.options.flatMap((o) => undecidedGaps(o, row));
  const gaps: Gap[] = [];
  collectGaps(
    item.rows.map((r) => r.when).filter((w) => row.status(w.st) === UNKNOWN || row.status(w.st) === MANUAL),
    row,
    gaps,
  );
  const unique = new Map(gaps.map((g) => [g.text.en, { kind: g.kind, text: g.text, uncertain: g.uncertain }]));
  return [...unique.values()];
};

const itemGap = (item: CItem, group: CGroup, row: Row, emit: Emit): void => {
  const p = row.pts(item.pts);
  const ref = { id: item.id, citation: item.citation, uncertain: item.uncertain || group.uncertain };
  if (p.min !== p.max) {
    for (const g of undecidedGaps(item, row)) emit({ ...ref, uncertain: ref.uncertain || g.uncertain }, g.kind, g.text);
    return;
  }
  if (p.max >= item.maxPoints) return;
  const of = (l: Lang): string => (l === "zh" ? `得${formatNumber(p.max, l)}分（满分${formatNumber(item.maxPoints, l)}分）` : `scores ${formatNumber(p.max, l)} of ${formatNumber(item.maxPoints, l)} points`);
  if (item.kind === "bands") {
    const v = row.num(item.input.slot);
    // The nearest band that scores more: the easiest improvement to name.
    const better = item.rows.filter(([, pts]) => pts > p.max);
    const next = better[better.length - 1];
    const op = item.dir === "at_least" ? ">=" : "<=";
    emit(
      { ...ref, uncertain: ref.uncertain || item.input.uncertain },
      "score",
      both((l) => {
        const head = `${observedPhrase(item.input, v, l)}${l === "zh" ? "，" : " "}${of(l)}`;
        if (!next) return head;
        const req = requirementText(item.input, op, next[0], l);
        return l === "zh" ? `${head}；${req}可得${formatNumber(next[1], l)}分` : `${head}; ${req} scores ${formatNumber(next[1], l)}`;
      }),
    );
    return;
  }
  emit(ref, "score", both((l) => `${item.label[l]}${l === "zh" ? "：" : ": "}${of(l)}`));
};
