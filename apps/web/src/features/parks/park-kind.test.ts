import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { enUS } from "../../locales/en-US";
import { zhCN } from "../../locales/zh-CN";
import { parkKindLabel } from "./park-kind";

beforeAll(async () => {
  await i18n.init({ resources: { "zh-CN": { translation: zhCN }, "en-US": { translation: enUS } }, lng: "zh-CN", interpolation: { escapeValue: false } });
});

describe("a park's type as shown", () => {
  it("keeps the catalogue's wording in Chinese and names the classified type in English", () => {
    const park = { kind: "provincial_ez" as const, kindText: "经济开发区" };
    expect(parkKindLabel(park, "zh-CN", i18n.getFixedT("zh-CN"))).toBe("经济开发区");
    expect(parkKindLabel(park, "en-US", i18n.getFixedT("en-US"))).toBe(enUS.parkKind.provincial_ez);
    expect(parkKindLabel({ kind: "hitech", kindText: "" }, "zh-CN", i18n.getFixedT("zh-CN"))).toBe("高新技术产业开发区");
  });
});
