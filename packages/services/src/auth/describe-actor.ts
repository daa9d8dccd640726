import { eq } from "drizzle-orm";
import type { TMe } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../context";
import type { Actor } from "../tenancy/actor";

/** The "who am I" of a session: the actor and a human name of its tenant. */
export const describeActor = async (ctx: ServiceContext, actor: Actor): Promise<TMe> => {
  const { db } = ctx.database;
  const scope = actor.scope;
  let scopeName: string | undefined;
  if (scope.kind === "province") {
    const [r] = await db.select({ name: tables.regions.name }).from(tables.regions).where(eq(tables.regions.code, `${scope.provinceCode}0000`));
    scopeName = r?.name;
  } else if (scope.kind === "park") {
    const [p] = await db.select({ name: tables.parks.name }).from(tables.parks).where(eq(tables.parks.id, scope.parkId));
    scopeName = p?.name;
  } else {
    const [e] = await db.select({ name: tables.enterprises.name }).from(tables.enterprises).where(eq(tables.enterprises.id, scope.enterpriseId));
    scopeName = e?.name;
  }
  return {
    userId: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    scope,
    scopeName: scopeName ?? "",
  };
};
