import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { zhCN } from "../locales/zh-CN";
import { enUS } from "../locales/en-US";
import { ApiError, errorFromBody, withQuery } from "./api";
import { describeError, translateIssueMessage } from "./errors";
import { fileNameFromDisposition } from "./download";

beforeAll(async () => {
  await i18n.init({ resources: { "zh-CN": { translation: zhCN }, "en-US": { translation: enUS } }, lng: "zh-CN", interpolation: { escapeValue: false } });
});

describe("API errors in plain language", () => {
  it("maps the API's error codes to sentences an official understands", () => {
    const t = i18n.getFixedT("zh-CN");
    expect(describeError(new ApiError(404, "not_found", "Park 12"), t).title).toBe("未找到该记录，或它不在您的管理范围内");
    expect(describeError(new ApiError(0, "network", "fetch failed"), t).title).toBe("无法连接到服务器");
    expect(describeError(new ApiError(500, "internal", "Internal error"), t).hint).toContain("稍后重试");
    expect(describeError(new ApiError(418, "teapot", "?"), t).title).toBe("提交的内容有误");
    expect(describeError(new Error("boom"), t).title).toBe("服务器处理出错");
  });

  it("reads the { error: { code, message, issues } } body", () => {
    const e = errorFromBody(400, { error: { code: "validation", message: "Invalid", issues: [{ path: "values.revenue", message: "x" }] } }, "Bad Request");
    expect(e.code).toBe("validation");
    expect(e.issues).toHaveLength(1);
    expect(errorFromBody(429, "<html>", "Too Many").code).toBe("rate_limited");
    expect(errorFromBody(502, null, "Bad Gateway").code).toBe("internal");
  });

  it("re-words known field messages of the API, keeps others as sent", () => {
    const zh = i18n.getFixedT("zh-CN");
    const en = i18n.getFixedT("en-US");
    expect(translateIssueMessage("营业收入 must be ≥ 0 万元", zh)).toBe("不能小于 0 万元");
    expect(translateIssueMessage("营业收入 must be ≥ 0 万元", en)).toBe("Must not be below 0 万元");
    expect(translateIssueMessage("从业人员年平均人数 must be a whole number (人)", zh)).toBe("必须是整数");
    expect(translateIssueMessage("工业增加值 must be at most 1000000000000000 万元 in magnitude", zh)).toBe("数值过大，请检查单位（万元）");
    expect(translateIssueMessage("must be a month from 1990-01 to 2026-05 (monthly data is reported for months that have ended)", zh)).toBe("只能填报 1990-01 至 2026-05 的月度数据（已结束的月份）");
    expect(translateIssueMessage("must be a year from 1990 to 2025 (annual data is reported for years that have ended)", en)).toBe("Only the years 1990 to 2025 can be reported (years that have ended)");
    expect(translateIssueMessage("Too big: expected number to be <=1000000000000", zh)).toBe("不能大于 1,000,000,000,000");
    expect(translateIssueMessage("Too big: expected number to be <=1000000000000", en)).toBe("Must not be above 1,000,000,000,000");
    expect(translateIssueMessage("Too small: expected number to be >=0", zh)).toBe("不能小于 0");
    expect(translateIssueMessage("something new", zh)).toBe("something new");
  });
});

describe("small request helpers", () => {
  it("builds query strings without unset values", () => {
    expect(withQuery("/api/parks", { year: 2025, q: "", level: undefined, page: 1 })).toBe("/api/parks?year=2025&page=1");
    expect(withQuery("/api/parks")).toBe("/api/parks");
  });
  it("reads download names, UTF-8 form first", () => {
    expect(fileNameFromDisposition(`attachment; filename="a.csv"; filename*=UTF-8''%E6%A8%A1%E6%9D%BF.xlsx`)).toBe("模板.xlsx");
    expect(fileNameFromDisposition('attachment; filename="errors-12.csv"')).toBe("errors-12.csv");
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
