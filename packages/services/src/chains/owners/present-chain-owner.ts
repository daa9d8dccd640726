import { eq } from "drizzle-orm";
import type { TChainOwner } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { Actor } from "../../tenancy/actor";
import { requireVisibleOwner } from "./owner-access";
import { presentOwners } from "./list-chain-owners";

/** One 链长 as the API shows it (after a write). */
export const presentChainOwner = async (ctx: ServiceContext, actor: Actor, id: number): Promise<TChainOwner> => {
  const owner = await requireVisibleOwner(ctx.database.db, actor.scope, id);
  const [park] = owner.parkId === null ? [] : await ctx.database.db.select({ name: tables.parks.name }).from(tables.parks).where(eq(tables.parks.id, owner.parkId));
  const [item] = await presentOwners(ctx, actor.scope, [{ owner, parkName: park?.name ?? null }]);
  if (!item) throw new Error("owner vanished");
  return item;
};

