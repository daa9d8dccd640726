import type { IndicatorDef } from "../indicators/types";
import { quantityLabel } from "../indicators/measure";
import { formatFigure, formatSignedFigure } from "../format";
import type { Bilingual } from "../policy";
import type { LandExplanation, LandItemExplanation } from "./evaluate";
import type { LandRuleSet } from "./types";

const OUT_OF_SCOPE_TEXT: Record<string, Bilingual> = {
  size_unknown: { zh: "未标明规上/规下，无法确定评价方法", en: "Not known whether above or below designated size: no method applies" },
  no_method_for_size: { zh: "该规则不评价此规模的企业", en: "The rule set does not evaluate enterprises of this size" },
  below_min_land: { zh: "用地面积低于参评门槛", en: "Land area below the evaluation threshold" },
};

const ORIGIN: Record<string, Bilingual> = {
  published: { zh: "公布基准", en: "published benchmark" },
  population: { zh: "按参评企业总量测算的基准", en: "benchmark from the evaluated population" },
};

const unitOf = (ind: IndicatorDef | undefined): Bilingual => ind?.unit ?? { zh: "", en: "" };

const missingText = (item: LandItemExplanation): Bilingual => {
  const m = item.missing;
  if (!m) return { zh: "数据缺失", en: "data missing" };
  const l = quantityLabel(m.field);
  if (m.code === "zero_denominator") return { zh: `${l.zh}为0，比值无意义`, en: `${l.en} is zero, so the ratio is undefined` };
  if (m.code === "negative_denominator") return { zh: `${l.zh}为负数`, en: `${l.en} is negative` };
  return { zh: `${l.zh}未报送`, en: `${l.en} not reported` };
};

/** One way up a class in words: "亩均税收 +3.2万元/亩 → B（现为 12.5万元/亩）". */
export const moveUpOptionText = (
  option: { readonly indicator: string; readonly delta: number; readonly from: number },
  to: string,
  catalogue: ReadonlyMap<string, IndicatorDef>,
): Bilingual => {
  const ind = catalogue.get(option.indicator);
  const u = unitOf(ind);
  return {
    zh: `${ind?.name.zh ?? option.indicator} ${formatSignedFigure(option.delta)}${u.zh} → ${to}（现为 ${formatFigure(option.from)}${u.zh}）`,
    en: `${ind?.name.en ?? option.indicator} ${formatSignedFigure(option.delta)} ${u.en} → ${to} (from ${formatFigure(option.from)} ${u.en})`,
  };
};

/**
 * The explanation in sentences, one per line, in both languages: each item's value against its
 * benchmark with the points, the bonus and penalty items, the class and rank, and what would move
 * the enterprise up ("亩均税收 +3.2万元/亩 → B").
 */
export const describeLandExplanation = (e: LandExplanation, ruleSet: LandRuleSet, catalogue: ReadonlyMap<string, IndicatorDef>): Bilingual[] => {
  const lines: Bilingual[] = [];
  const method = ruleSet.methods.find((m) => m.id === e.method);
  if (e.status === "excluded") {
    const ex = ruleSet.exclusions.find((x) => x.id === e.reason);
    return [{ zh: `不参评（${ex?.label.zh ?? e.reason}）`, en: `Not evaluated (${ex?.label.en ?? e.reason})` }];
  }
  if (e.status === "out_of_scope") return [OUT_OF_SCOPE_TEXT[e.reason ?? ""] ?? { zh: "不在评价范围内", en: "Out of scope" }];
  if (method) lines.push({ zh: `评价方法：${method.label.zh}`, en: `Method: ${method.label.en}` });
  for (const item of e.items) {
    const ind = catalogue.get(item.indicator);
    const name = ind?.name ?? { zh: item.indicator, en: item.indicator };
    const u = unitOf(ind);
    if (item.value === null) {
      const why = missingText(item);
      const tail =
        item.state === "imputed_average"
          ? { zh: `按同组平均得分计 ${formatFigure(item.points ?? 0)} 分`, en: `scored at the group average, ${formatFigure(item.points ?? 0)} points` }
          : item.state === "imputed_zero"
            ? { zh: "按0分计", en: "scored 0" }
            : { zh: "无法评分", en: "cannot be scored" };
      lines.push({ zh: `${name.zh}：${why.zh}，${tail.zh}`, en: `${name.en}: ${why.en}; ${tail.en}` });
      continue;
    }
    const v = `${formatFigure(item.value)}${u.zh}`;
    const ve = `${formatFigure(item.value)} ${u.en}`;
    if (item.benchmark !== null) {
      const o = ORIGIN[item.benchmarkOrigin ?? ""] ?? { zh: "基准", en: "benchmark" };
      const pts = item.points === null ? { zh: "无法评分", en: "not scored" } : { zh: `${formatFigure(item.points)} 分`, en: `${formatFigure(item.points)} points` };
      lines.push({
        zh: `${name.zh}：${v}，${o.zh}${formatFigure(item.benchmark)}（${item.benchmarkYear}年），权重${item.weight} → ${pts.zh}`,
        en: `${name.en}: ${ve} against the ${o.en} ${formatFigure(item.benchmark)} (${item.benchmarkYear}), weight ${item.weight} → ${pts.en}`,
      });
    } else if (item.state === "no_benchmark") {
      lines.push({ zh: `${name.zh}：${v}，无可用基准，无法评分`, en: `${name.en}: ${ve}; no benchmark available, cannot be scored` });
    } else {
      lines.push({
        zh: `${name.zh}：${v}，权重${item.weight} → ${formatFigure(item.points ?? 0)} 分`,
        en: `${name.en}: ${ve}, weight ${item.weight} → ${formatFigure(item.points ?? 0)} points`,
      });
    }
  }
  for (const a of e.adjustments) {
    const def = ruleSet.adjustments.find((x) => x.id === a.id);
    lines.push({ zh: `${def?.label.zh ?? a.id} ${formatSignedFigure(a.points)} 分`, en: `${def?.label.en ?? a.id} ${formatSignedFigure(a.points)} points` });
  }
  if (e.status === "data_missing") {
    lines.push({ zh: "有指标缺数据，暂不评定类别", en: "Data missing for an indicator: no class assigned" });
    return lines;
  }
  const band = ruleSet.classes.bands.find((b) => b.id === e.class);
  lines.push({
    zh: `总分 ${formatFigure(e.score ?? 0)}，排名 ${e.rank}/${e.poolSize}，${e.class}类${band ? `（${band.label.zh}）` : ""}`,
    en: `Score ${formatFigure(e.score ?? 0)}, rank ${e.rank} of ${e.poolSize}, class ${e.class}${band ? ` (${band.label.en})` : ""}`,
  });
  if (e.moveUp) {
    const to = e.moveUp.to;
    const options = e.moveUp.options.map((o) => moveUpOptionText(o, to, catalogue));
    if (options.length > 0)
      lines.push({
        zh: `升档路径（其他指标不变，按当前分布）：${options.map((o) => o.zh).join("；或 ")}`,
        en: `To move up (other indicators unchanged, at today's distribution): ${options.map((o) => o.en).join("; or ")}`,
      });
  }
  return lines;
};
