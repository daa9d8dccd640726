import type { TChainOwner, TChainOwnerInput } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { validationError } from "../../errors/app-error";
import { recordAudit } from "../../audit/record-audit";
import { ensureShippedChainTemplates } from "../templates/ensure-shipped-templates";
import { effectiveTemplate } from "../templates/template-rows";
import { requireChainTeamStaff, requireOwnerAccount, requireOwnerWrite, requireTeamAccounts } from "./owner-access";
import { presentChainOwner } from "./present-chain-owner";

/** Names a 链长 and team for a chain of a park (parkId) or of the province (no parkId). */
export const createChainOwner = async (ctx: ServiceContext, actor: Actor, input: TChainOwnerInput): Promise<TChainOwner> => {
  requireChainTeamStaff(actor.scope);
  const { db } = ctx.database;
  const target = { parkId: input.parkId ?? null, provinceCode: input.parkId === undefined ? actor.scope.provinceCode : null };
  await requireOwnerWrite(db, actor.scope, target);
  await requireTeamAccounts(db, target, input.team);
  await requireOwnerAccount(db, target, input.ownerUserId);
  await ensureShippedChainTemplates(ctx.database);
  if (!(await effectiveTemplate(db, actor.scope.provinceCode, input.templateCode))) {
    throw validationError("Unknown chain", [{ path: "templateCode", message: `no chain template "${input.templateCode}"` }]);
  }
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(tables.chainOwners)
      .values({ templateCode: input.templateCode, ...target, ownerName: input.ownerName, ownerTitle: input.ownerTitle ?? null, ownerUserId: input.ownerUserId ?? null, team: input.team })
      .returning();
    if (!row) throw new Error("owner insert returned nothing");
    await recordAudit(tx, { userId: actor.userId, action: "chain_owner.create", entity: "chain_owner", entityKey: String(row.id), after: row });
    return row.id;
  });
  return presentChainOwner(ctx, actor, id);
};

