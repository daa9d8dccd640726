import { buildColumnsTemplate, type SpreadsheetFile } from "../../imports/build-import-template";
import { HONOUR_COLUMNS } from "./honour-columns";

/** The honours-list template, generated from the same column definitions the import checks against. */
export const buildHonoursTemplate = (format: "xlsx" | "csv"): Promise<SpreadsheetFile> =>
  buildColumnsTemplate({ slug: "honours", label: { zh: "梯度培育认定名单", en: "Honours list" }, columns: HONOUR_COLUMNS }, format);
