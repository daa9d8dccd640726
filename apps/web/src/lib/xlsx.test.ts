import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildXlsx, columnName, escapeXml } from "./xlsx";
import { crc32 } from "./zip";

describe("the in-browser xlsx writer", () => {
  it("CRC-32 matches the standard check value", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  it("names columns like a spreadsheet", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });

  it("escapes XML and drops characters XML cannot hold", () => {
    expect(escapeXml('A&B <"c">\u0001')).toBe("A&amp;B &lt;&quot;c&quot;&gt;");
  });

  it("writes a workbook Excel readers open: Chinese text, numbers as numbers, blanks for unknown", async () => {
    const bytes = buildXlsx({
      name: "企业名单",
      header: ["企业名称", "营业收入 (万元)", "规上"],
      rows: [
        ["广州市泰华粮油股份有限公司", 35753.97, true],
        ["A&B <测试>", null, false],
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    const sheet = workbook.getWorksheet("企业名单");
    expect(sheet).toBeDefined();
    expect(sheet?.getRow(1).values).toEqual([undefined, "企业名称", "营业收入 (万元)", "规上"]);
    expect(sheet?.getCell("A2").value).toBe("广州市泰华粮油股份有限公司");
    expect(sheet?.getCell("B2").value).toBe(35753.97);
    expect(sheet?.getCell("C2").value).toBe(true);
    expect(sheet?.getCell("A3").value).toBe("A&B <测试>");
    expect(sheet?.getCell("B3").value).toBeNull();
    expect(sheet?.getCell("A1").font?.bold).toBe(true);
    expect(sheet?.getCell("A2").font?.bold).toBeFalsy();
  });
});
