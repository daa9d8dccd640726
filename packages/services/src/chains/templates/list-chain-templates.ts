import { and, asc, desc, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import type { TChainTemplateSummary } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { provinceRowVisibility } from "../../tenancy/visibility";
import { forbidden } from "../../errors/app-error";
import { ensureShippedChainTemplates } from "./ensure-shipped-templates";
import { definitionOf, effectiveTemplates } from "./template-rows";
import { presentTemplateSummary } from "./present-template";

/** Shipped templates are public policy data; a province's own versions are visible to it and its parks. */
export const templateVisibility = (scope: TenantScope): SQL =>
  or(isNull(tables.chainTemplates.provinceCode), provinceRowVisibility(scope, tables.chainTemplates.provinceCode)) ?? sql`false`;

export const requireChainStaff = (scope: TenantScope): void => {
  if (scope.kind === "enterprise") throw forbidden("Industrial chains are for park and province accounts");
};

/**
 * Chain templates the scope can see: by default the latest version of each code per owner
 * (shipped, and the province's own copy if any), every version with allVersions. The version the
 * scope's province places and maps with is marked effective.
 */
export const listChainTemplates = async (
  ctx: ServiceContext,
  scope: TenantScope,
  query: { code?: string | undefined; allVersions: boolean },
): Promise<{ items: TChainTemplateSummary[] }> => {
  requireChainStaff(scope);
  await ensureShippedChainTemplates(ctx.database);
  const { db } = ctx.database;
  const t = tables.chainTemplates;
  const filters = [templateVisibility(scope)];
  if (query.code) filters.push(eq(t.code, query.code));
  const rows = await db
    .select({ row: t, createdByName: tables.users.displayName })
    .from(t)
    .leftJoin(tables.users, eq(tables.users.id, t.createdBy))
    .where(and(...filters))
    .orderBy(asc(t.code), asc(sql`${t.provinceCode} IS NOT NULL`), desc(t.version));
  const effective = new Set((await effectiveTemplates(db, scope.provinceCode)).map((e) => e.row.id));
  const seen = new Set<string>();
  const items: TChainTemplateSummary[] = [];
  for (const { row, createdByName } of rows) {
    const owner = `${row.code}:${row.provinceCode ?? "shipped"}`;
    if (!query.allVersions && seen.has(owner)) continue;
    seen.add(owner);
    items.push(presentTemplateSummary({ row, definition: definitionOf(row) }, createdByName, effective.has(row.id)));
  }
  return { items };
};
