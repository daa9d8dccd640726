import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { enUS } from "../../locales/en-US";
import { zhCN } from "../../locales/zh-CN";
import { demoPhaseLabel } from "./demo-phase";

beforeAll(async () => {
  await i18n.init({ resources: { "zh-CN": { translation: zhCN }, "en-US": { translation: enUS } }, lng: "zh-CN", interpolation: { escapeValue: false } });
});

describe("demoPhaseLabel: the phases the server reports while it derives the demo", () => {
  it.each([
    [null, "准备中", "starting"],
    ["gradient", "梯度培育库的认定与事实", "honours and facts of the gradient database"],
    ["tiers 2025", "2025 年梯度评价", "tier assessments 2025"],
    ["chains", "产业链图谱", "chain maps"],
    ["evaluation land", "园区评价（亩均评价）", "park evaluation (per-mu evaluation)"],
    ["evaluation medians", "园区评价（全省中位数）", "park evaluation (province medians)"],
    ["evaluation newstep", "园区评价（newstep）", "park evaluation (newstep)"],
    ["something else", "something else", "something else"],
  ])("%s", (phase, zh, en) => {
    expect(demoPhaseLabel(phase, i18n.getFixedT("zh-CN"))).toBe(zh);
    expect(demoPhaseLabel(phase, i18n.getFixedT("en-US"))).toBe(en);
  });
});
