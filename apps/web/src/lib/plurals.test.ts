import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { zhCN } from "../locales/zh-CN";
import { enUS } from "../locales/en-US";

beforeAll(async () => {
  await i18n.init({ resources: { "zh-CN": { translation: zhCN }, "en-US": { translation: enUS } }, lng: "en-US", interpolation: { escapeValue: false } });
});

describe("counted strings: a singular in English, one form in Chinese", () => {
  it.each([
    { count: 0, en: "Exported 0 enterprises" },
    { count: 1, en: "Exported 1 enterprise" },
    { count: 2, en: "Exported 2 enterprises" },
    { count: 21, en: "Exported 21 enterprises" },
  ])("$count", ({ count, en }) => {
    expect(i18n.getFixedT("en-US")("enterprise.exported", { n: count, count })).toBe(en);
    expect(i18n.getFixedT("zh-CN")("enterprise.exported", { n: count, count })).toBe(`已导出 ${count} 家企业`);
  });

  it("keeps the formatted number for display and the raw one for the form", () => {
    expect(i18n.getFixedT("en-US")("imports.rejected", { file: "a.csv", n: "1", count: 1, rows: "1,200" })).toBe("“a.csv” has 1 error (rows read: 1,200)");
    expect(i18n.getFixedT("en-US")("imports.rejected", { file: "a.csv", n: "1,001", count: 1001, rows: "1,200" })).toBe("“a.csv” has 1,001 errors (rows read: 1,200)");
  });

});
