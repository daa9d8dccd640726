import { describe, expect, it } from "vitest";
import { pickBilingual } from "./bilingual";

describe("pickBilingual: the imports' 中文（English） messages in the UI language", () => {
  it.each([
    ["文件有 4 个问题，未导入任何数据（4 problems; nothing was imported）", "文件有 4 个问题，未导入任何数据", "4 problems; nothing was imported"],
    ["第3行「x」（括号）不是有效数字（not a number; leave blank or '—' for unknown）", "第3行「x」（括号）不是有效数字", "not a number; leave blank or '—' for unknown"],
    // Not bilingual, or the English part quotes Chinese: shown whole in both languages.
    ["需人工审核：研发机构（省级）", "需人工审核：研发机构（省级）", "需人工审核：研发机构（省级）"],
    ["unknown column（营业额）", "unknown column（营业额）", "unknown column（营业额）"],
    ["plain text", "plain text", "plain text"],
    ["（only English）", "（only English）", "（only English）"],
  ])("%s", (message, zh, en) => {
    expect(pickBilingual(message, "zh-CN")).toBe(zh);
    expect(pickBilingual(message, "en-US")).toBe(en);
  });
});
