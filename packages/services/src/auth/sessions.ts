import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, gt } from "drizzle-orm";
import { tables } from "@parkpilot/db";
import type { ServiceContext } from "../context";
import type { Actor, TenantScope } from "../tenancy/actor";
import { unauthenticated } from "../errors/app-error";
import { verifyPassword } from "./passwords";

export const SESSION_TTL_HOURS = 12;

const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** A dummy hash so that an unknown username costs the same time as a wrong password. */
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$gYUmbni2vx/+jBQu3txoBg$UxM986ASMirTL7BywEoylgyO0+sSZo7xrNYTdzXcnCU";

export interface LoginResult {
  readonly token: string;
  readonly expiresAt: string;
  readonly actor: Actor;
}

export const login = async (ctx: ServiceContext, username: string, password: string): Promise<LoginResult> => {
  const { db } = ctx.database;
  const [user] = await db.select().from(tables.users).where(eq(tables.users.username, username)).limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !ok || user.disabled) throw unauthenticated("Wrong username or password");
  const [membership] = await db
    .select()
    .from(tables.memberships)
    .where(eq(tables.memberships.userId, user.id))
    .orderBy(asc(tables.memberships.id))
    .limit(1);
  if (!membership) throw unauthenticated("This account has no role yet; ask an administrator");
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(ctx.clock.now().getTime() + SESSION_TTL_HOURS * 3600_000).toISOString();
  await db.insert(tables.sessions).values({ tokenHash: tokenHash(token), userId: user.id, membershipId: membership.id, expiresAt });
  const actor = await actorFor(ctx, membership.id);
  if (!actor) throw unauthenticated();
  return { token, expiresAt, actor };
};

export const logout = async (ctx: ServiceContext, token: string): Promise<void> => {
  await ctx.database.db.delete(tables.sessions).where(eq(tables.sessions.tokenHash, tokenHash(token)));
};

/** The actor of a live session token, or null when the token is unknown or expired. */
export const resolveSession = async (ctx: ServiceContext, token: string): Promise<Actor | null> => {
  const [session] = await ctx.database.db
    .select({ membershipId: tables.sessions.membershipId })
    .from(tables.sessions)
    .where(and(eq(tables.sessions.tokenHash, tokenHash(token)), gt(tables.sessions.expiresAt, ctx.clock.now().toISOString())))
    .limit(1);
  return session ? actorFor(ctx, session.membershipId) : null;
};

const actorFor = async (ctx: ServiceContext, membershipId: number): Promise<Actor | null> => {
  const { db } = ctx.database;
  const [row] = await db
    .select({
      userId: tables.users.id,
      username: tables.users.username,
      displayName: tables.users.displayName,
      disabled: tables.users.disabled,
      role: tables.memberships.role,
      provinceCode: tables.memberships.provinceCode,
      parkId: tables.memberships.parkId,
      enterpriseId: tables.memberships.enterpriseId,
    })
    .from(tables.memberships)
    .innerJoin(tables.users, eq(tables.users.id, tables.memberships.userId))
    .where(eq(tables.memberships.id, membershipId))
    .limit(1);
  if (!row || row.disabled) return null;
  const scope = await scopeOf(ctx, row);
  return scope && { userId: row.userId, username: row.username, displayName: row.displayName, role: row.role, membershipId, scope };
};

const scopeOf = async (
  ctx: ServiceContext,
  m: { provinceCode: string | null; parkId: number | null; enterpriseId: number | null },
): Promise<TenantScope | null> => {
  const { db } = ctx.database;
  if (m.provinceCode) return { kind: "province", provinceCode: m.provinceCode };
  if (m.parkId !== null) {
    const [park] = await db.select({ provinceCode: tables.parks.provinceCode }).from(tables.parks).where(eq(tables.parks.id, m.parkId));
    return park ? { kind: "park", parkId: m.parkId, provinceCode: park.provinceCode } : null;
  }
  if (m.enterpriseId !== null) {
    const [e] = await db
      .select({ parkId: tables.enterprises.parkId, provinceCode: tables.enterprises.provinceCode })
      .from(tables.enterprises)
      .where(eq(tables.enterprises.id, m.enterpriseId));
    return e ? { kind: "enterprise", enterpriseId: m.enterpriseId, parkId: e.parkId, provinceCode: e.provinceCode } : null;
  }
  return null;
};

/** The actor of a user's first membership, for the CLI acting on a user's behalf (no session). */
export const actorForUsername = async (ctx: ServiceContext, username: string): Promise<Actor> => {
  const [row] = await ctx.database.db
    .select({ membershipId: tables.memberships.id })
    .from(tables.memberships)
    .innerJoin(tables.users, eq(tables.users.id, tables.memberships.userId))
    .where(eq(tables.users.username, username))
    .orderBy(asc(tables.memberships.id))
    .limit(1);
  const actor = row ? await actorFor(ctx, row.membershipId) : null;
  if (!actor) throw unauthenticated(`No active user "${username}" with a role`);
  return actor;
};
