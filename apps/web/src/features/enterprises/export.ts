import type { TEnterpriseSummary } from "@parkpilot/contracts";
import type { TFunction } from "i18next";
import { unitLabel, type Lang } from "../../lib/format";
import { buildXlsx, type Cell } from "../../lib/xlsx";

/** The enterprise list as a spreadsheet: the same columns as the table, numbers as numbers. */
export const enterprisesToXlsx = (items: readonly TEnterpriseSummary[], year: number | null, t: TFunction, lang: Lang): Uint8Array<ArrayBuffer> => {
  const money = unitLabel("万元", lang);
  const y = year ?? "";
  const header = [
    t("enterprise.name"),
    t("enterprise.creditCode"),
    t("enterprise.park"),
    t("enterprise.industryCode"),
    t("enterprise.industryName"),
    t("enterprise.status"),
    t("enterprise.aboveDesignatedSize"),
    `${t("kpi.revenue")} ${y} (${money})`,
    `${t("kpi.industrialOutput")} ${y} (${money})`,
    `${t("kpi.taxPaid")} ${y} (${money})`,
    `${t("enterprise.employees")} ${y} (${unitLabel("人", lang)})`,
    t("common.generated"),
  ];
  const yesNo = (v: boolean | null): Cell => (v === null ? null : v ? t("common.yes") : t("common.no"));
  const rows = items.map((e): Cell[] => [
    e.name,
    e.creditCode,
    e.parkName,
    e.industryCode,
    e.industryName,
    t(`operatingStatus.${e.operatingStatus}`),
    yesNo(e.aboveDesignatedSize),
    e.revenue,
    e.industrialOutput,
    e.taxPaid,
    e.employees,
    yesNo(e.isGenerated),
  ]);
  return buildXlsx({ name: t("enterprise.exportSheet"), header, rows, widths: [36, 22, 30, 10, 24, 10, 10, 16, 16, 16, 14, 10] });
};
