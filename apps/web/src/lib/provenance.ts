import type { TProvenance } from "@parkpilot/contracts";
import type { TFunction } from "i18next";
import { formatDateTime, type Lang } from "./format";

/**
 * Where a value came from, in one line: "导入：企业年报.xlsx 第 12 行（2026-11-20 10:02）",
 * "手工录入：张三，2026-11-22 09:30", "接口报送", "估算", "生成（演示数据）".
 */
export const describeProvenance = (source: TProvenance | null, t: TFunction, lang: Lang): string => {
  if (!source) return t("provenance.none");
  const at = formatDateTime(source.at, lang);
  const who = source.userName ?? (source.userId === null ? t("provenance.unknownUser") : `#${source.userId}`);
  switch (source.kind) {
    case "import":
      return t("provenance.import", {
        file: source.fileName ?? (source.batchId === null ? "?" : `#${source.batchId}`),
        row: source.row ?? "?",
        at,
      });
    case "manual":
      return t("provenance.manual", { who, at });
    case "api":
      return t("provenance.api", { who, at });
    case "estimate":
      return t("provenance.estimate", { at });
    case "generated":
      return t("provenance.generated", { at });
  }
};
