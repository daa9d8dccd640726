import { extname } from "node:path";
import type { TextEncoding } from "./csv-rows";
import { FileProblem } from "./import-issue";
import { bilingual } from "./messages";

export type SniffedFormat = { readonly format: "xlsx" } | { readonly format: "csv"; readonly encoding: TextEncoding };

const startsWith = (head: Buffer, bytes: readonly number[]): boolean => bytes.every((b, i) => head[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];

/** What the first bytes say the file really is, for messages about mislabelled files. */
const describeContent = (head: Buffer): string | null => {
  if (startsWith(head, ZIP)) return "ZIP/xlsx";
  if (startsWith(head, OLE2)) return "旧版 Excel (.xls) 或加密工作簿 (legacy .xls or encrypted workbook)";
  if (startsWith(head, PDF)) return "PDF";
  return null;
};

const decodes = (head: Buffer, encoding: TextEncoding): boolean => {
  try {
    // stream: true tolerates a multi-byte character cut off at the end of the sample.
    new TextDecoder(encoding, { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
};

/**
 * Decides how to read a file from its name and its first bytes, and refuses files that are not
 * what they claim. Encoding of CSV: UTF-8 (with or without BOM) is the documented format;
 * GB18030 (a superset of GBK, what Excel's plain "CSV" writes on Chinese Windows) is accepted
 * when the sample is not valid UTF-8, because rejecting the most common export would only send
 * users hunting for a converter. UTF-16 and binary content are refused.
 */
export const sniffFile = (fileName: string, head: Buffer, bytes: number): SniffedFormat => {
  if (bytes === 0) throw new FileProblem(bilingual("文件为空", "the file is empty"));
  const ext = extname(fileName).toLowerCase();
  const actual = describeContent(head);
  if (ext === ".xls") throw new FileProblem(bilingual("不支持旧版 .xls 格式，请另存为 .xlsx 或「CSV UTF-8」", "legacy .xls is not supported: save as .xlsx or CSV UTF-8"));
  if (ext === ".xlsx") {
    if (startsWith(head, ZIP)) return { format: "xlsx" };
    throw new FileProblem(
      bilingual(`文件扩展名为 .xlsx，但内容${actual ? `是 ${actual}` : "不是 Excel 工作簿"}`, `named .xlsx but the content is ${actual ?? "not an xlsx workbook"}`),
    );
  }
  if (ext !== ".csv") throw new FileProblem(bilingual(`不支持的文件类型「${ext || fileName}」：请上传 .xlsx 或 .csv`, "only .xlsx and .csv files are accepted"));
  if (actual) throw new FileProblem(bilingual(`文件扩展名为 .csv，但内容是 ${actual}`, `named .csv but the content is ${actual}`));
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    throw new FileProblem(bilingual("文件是 UTF-16 编码（Unicode 文本），请另存为「CSV UTF-8」", "UTF-16 text is not accepted: save as CSV UTF-8"));
  }
  if (head.includes(0)) throw new FileProblem(bilingual("文件含有二进制内容，不是文本 CSV", "binary content: not a text CSV"));
  if (decodes(head, "utf-8")) return { format: "csv", encoding: "utf-8" };
  if (decodes(head, "gb18030")) return { format: "csv", encoding: "gb18030" };
  throw new FileProblem(bilingual("无法识别文件编码：不是 UTF-8 或 GB18030 文本", "the text is neither UTF-8 nor GB18030"));
};
