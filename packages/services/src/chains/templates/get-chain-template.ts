import { and, eq } from "drizzle-orm";
import type { TChainTemplateDetail } from "@parkpilot/contracts";
import { tables, type DbOrTx } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { notFound } from "../../errors/app-error";
import { ensureShippedChainTemplates } from "./ensure-shipped-templates";
import { requireChainStaff, templateVisibility } from "./list-chain-templates";
import { definitionOf, effectiveTemplate, type LoadedTemplate } from "./template-rows";
import { presentTemplateDetail } from "./present-template";

/** Loads a template version the scope can see, or throws not_found. */
export const requireVisibleTemplate = async (db: DbOrTx, scope: TenantScope, id: number): Promise<LoadedTemplate & { createdByName: string | null }> => {
  const [found] = await db
    .select({ row: tables.chainTemplates, createdByName: tables.users.displayName })
    .from(tables.chainTemplates)
    .leftJoin(tables.users, eq(tables.users.id, tables.chainTemplates.createdBy))
    .where(and(eq(tables.chainTemplates.id, id), templateVisibility(scope)))
    .limit(1);
  if (!found) throw notFound(`Chain template ${id}`);
  return { row: found.row, definition: definitionOf(found.row), createdByName: found.createdByName };
};

export const getChainTemplate = async (ctx: ServiceContext, scope: TenantScope, id: number): Promise<TChainTemplateDetail> => {
  requireChainStaff(scope);
  await ensureShippedChainTemplates(ctx.database);
  const found = await requireVisibleTemplate(ctx.database.db, scope, id);
  const effective = await effectiveTemplate(ctx.database.db, scope.provinceCode, found.row.code);
  return presentTemplateDetail(found, found.createdByName, effective?.row.id === id);
};
