import { eq, sql } from "drizzle-orm";
import type { TChainTemplateDerive, TChainTemplateDetail } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { forbidden, validationError } from "../../errors/app-error";
import { recordAudit } from "../../audit/record-audit";
import { ensureShippedChainTemplates } from "./ensure-shipped-templates";
import { requireChainStaff } from "./list-chain-templates";
import { requireVisibleTemplate } from "./get-chain-template";
import { definitionOf } from "./template-rows";
import { presentTemplateDetail } from "./present-template";

/**
 * A province copies a template (no definition given) or edits one (a full definition with the
 * same code): either way a new version row owned by the province, pointing at the version it
 * was based on. Older versions stay as they were and stay listable; the newest province version
 * becomes the one its placements and maps use. Placements keep the version they were made with
 * until placement is run again.
 */
export const deriveChainTemplate = async (ctx: ServiceContext, actor: Actor, sourceId: number, input: TChainTemplateDerive): Promise<TChainTemplateDetail> => {
  const { scope } = actor;
  requireChainStaff(scope);
  if (scope.kind !== "province") throw forbidden("Only province accounts copy and edit chain templates");
  await ensureShippedChainTemplates(ctx.database);
  const source = await requireVisibleTemplate(ctx.database.db, scope, sourceId);
  const definition = input.definition ?? source.definition;
  if (definition.code !== source.row.code) {
    throw validationError("A new version keeps the template's code", [{ path: "definition.code", message: `must stay "${source.row.code}"` }]);
  }
  const row = await ctx.database.db.transaction(async (tx) => {
    const t = tables.chainTemplates;
    // Serialise version numbering of one code (two edits at once must not take the same number).
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`chain_templates:${definition.code}`}))`);
    const [next] = await tx
      .select({ version: sql<number>`coalesce(max(${t.version}), 0)::int + 1` })
      .from(t)
      .where(eq(t.code, definition.code));
    const [inserted] = await tx
      .insert(t)
      .values({
        code: definition.code,
        version: next?.version ?? 1,
        name: definition.name,
        provinceCode: scope.provinceCode,
        basedOnId: source.row.id,
        definition,
        citation: definition.citation,
        createdBy: actor.userId,
      })
      .returning();
    if (!inserted) throw new Error("chain template insert returned nothing");
    await recordAudit(tx, {
      userId: actor.userId,
      action: input.definition ? "chain_template.edit" : "chain_template.copy",
      entity: "chain_template",
      entityKey: `${inserted.code}@${inserted.version}`,
      before: { id: source.row.id, version: source.row.version },
      after: { id: inserted.id, version: inserted.version, provinceCode: inserted.provinceCode, note: input.note ?? null },
    });
    return inserted;
  });
  return presentTemplateDetail({ row, definition: definitionOf(row) }, actor.displayName, true);
};
