import type ExcelJS from "exceljs";
import { loadExcelJs } from "../../exceljs-on-demand";
import type { TCandidate, TFunnel } from "@parkpilot/contracts";
import type { ServiceContext } from "../../context";
import type { SpreadsheetFile } from "../../imports/build-import-template";
import type { TenantScope } from "../../tenancy/actor";
import { getTierFunnel } from "../funnel/get-tier-funnel";
import { listTierCandidates } from "../funnel/list-tier-candidates";
import { TIERS } from "../tiers";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Candidates exported per tier and kind: the head of each ranking, each with its gaps. */
export const CANDIDATES_PER_LIST = 200;

const KIND_LABEL = { eligible: "符合条件未认定", undetermined: "待审核或缺数据", near_miss: "接近达标" } as const;

const addFunnelSheet = (workbook: ExcelJS.Workbook, funnel: TFunnel) => {
  const sheet = workbook.addWorksheet("梯度漏斗", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "层级", key: "label", width: 26 },
    { header: "规则版本", key: "version", width: 12 },
    { header: "已认定", key: "recognised", width: 10 },
    { header: "符合条件未认定", key: "eligible", width: 16 },
    { header: "待审核或缺数据", key: "undetermined", width: 16 },
    { header: "接近达标(≥80%)", key: "nearMiss", width: 16 },
    { header: "扶持措施数", key: "measures", width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const t of funnel.tiers) {
    sheet.addRow({ label: t.label.zh, version: t.ruleSetVersion ?? "—", recognised: t.recognised, eligible: t.eligibleNotRecognised, undetermined: t.undetermined, nearMiss: t.nearMiss, measures: t.measures });
  }
  sheet.addRow([]);
  sheet.addRow([`数据年度 ${funnel.year}，评价日 ${funnel.asOf}，企业 ${funnel.enterprises} 家；“符合条件”为规则预判，不等于认定。`]);
};

const addCandidateSheet = (workbook: ExcelJS.Workbook, rows: readonly { tier: string; kind: keyof typeof KIND_LABEL; c: TCandidate }[]) => {
  const sheet = workbook.addWorksheet("候选企业", { views: [{ state: "frozen", ySplit: 1, xSplit: 2 }] });
  sheet.columns = [
    { header: "层级", key: "tier", width: 22 },
    { header: "企业名称", key: "name", width: 32 },
    { header: "统一社会信用代码", key: "creditCode", width: 22, style: { numFmt: "@" } },
    { header: "园区", key: "park", width: 24 },
    { header: "类别", key: "kind", width: 16 },
    { header: "达标条件占比", key: "closeness", width: 12, style: { numFmt: "0%" } },
    { header: "规则版本", key: "version", width: 10 },
    { header: "差距（晋级所缺）", key: "gaps", width: 80 },
    { header: "生成数据", key: "generated", width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const { tier, kind, c } of rows) {
    sheet.addRow({
      tier,
      name: c.name,
      creditCode: c.creditCode,
      park: c.parkName ?? "",
      kind: KIND_LABEL[kind],
      closeness: c.closeness,
      version: c.ruleSetVersion,
      gaps: c.gaps.map((g) => g.text.zh).join("；"),
      generated: c.isGenerated ? "是" : "",
    }).alignment = { wrapText: true, vertical: "top" };
  }
};

/** The funnel and the head of every candidate ranking of a scope and year, as one workbook. */
export const buildTierWorkbook = async (ctx: ServiceContext, scope: TenantScope, input: { year: number; parkId?: number }): Promise<SpreadsheetFile> => {
  const funnel = await getTierFunnel(ctx, scope, input);
  const rows: { tier: string; kind: keyof typeof KIND_LABEL; c: TCandidate }[] = [];
  for (const tier of TIERS) {
    for (const kind of ["eligible", "near_miss", "undetermined"] as const) {
      const list = await listTierCandidates(ctx, scope, { year: input.year, tier: tier.key, kind, page: 1, pageSize: CANDIDATES_PER_LIST, ...(input.parkId ? { parkId: input.parkId } : {}) });
      for (const c of list.items) rows.push({ tier: tier.label.zh, kind, c });
    }
  }
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = "ParkPilot";
  addFunnelSheet(workbook, funnel);
  addCandidateSheet(workbook, rows);
  return { fileName: `parkpilot-tiers-${input.year}.xlsx`, contentType: XLSX, body: Buffer.from(await workbook.xlsx.writeBuffer()) };
};
