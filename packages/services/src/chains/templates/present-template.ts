import type { TChainTemplateDetail, TChainTemplateSummary } from "@parkpilot/contracts";
import { leafSegments } from "@parkpilot/core";
import type { LoadedTemplate } from "./template-rows";

export const presentTemplateSummary = (t: LoadedTemplate, createdByName: string | null, isEffective: boolean): TChainTemplateSummary => ({
  id: t.row.id,
  code: t.row.code,
  version: t.row.version,
  name: t.row.name,
  dataVersion: t.definition.dataVersion,
  provinceCode: t.row.provinceCode,
  basedOnId: t.row.basedOnId,
  citation: t.row.citation,
  createdAt: t.row.createdAt,
  createdByName,
  leafCount: leafSegments(t.definition).length,
  isEffective,
});

export const presentTemplateDetail = (t: LoadedTemplate, createdByName: string | null, isEffective: boolean): TChainTemplateDetail => ({
  ...presentTemplateSummary(t, createdByName, isEffective),
  definition: t.definition,
});
