import { and, eq } from "drizzle-orm";
import { tables, type Database, type Tx } from "@parkpilot/db";
import type { Role } from "@parkpilot/db/schema";
import { conflict, validationError } from "../errors/app-error";
import { recordAudit } from "../audit/record-audit";
import { hashPassword } from "./passwords";

export type MembershipSpec =
  | { role: "province_admin"; provinceCode: string }
  | { role: "park_admin"; parkId: number }
  | { role: "enterprise_user"; enterpriseId: number };

export interface CreateUserOptions {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  readonly membership: MembershipSpec;
  /** Who creates the account (null for the CLI and the demo seeder). */
  readonly createdBy: number | null;
}

const roleOf = (m: MembershipSpec): Role => m.role;

/** The tenant of a membership must exist: a province of the divisions, a park, an enterprise. */
const requireTenant = async (tx: Tx, m: MembershipSpec): Promise<void> => {
  const found =
    m.role === "province_admin"
      ? await tx.select({ k: tables.regions.code }).from(tables.regions).where(and(eq(tables.regions.code, `${m.provinceCode}0000`), eq(tables.regions.level, "province")))
      : m.role === "park_admin"
        ? await tx.select({ k: tables.parks.id }).from(tables.parks).where(eq(tables.parks.id, m.parkId))
        : await tx.select({ k: tables.enterprises.id }).from(tables.enterprises).where(eq(tables.enterprises.id, m.enterpriseId));
  if (found.length > 0) return;
  const [path, message] =
    m.role === "province_admin"
      ? ["membership.provinceCode", `no province with code ${m.provinceCode} in the administrative divisions`]
      : m.role === "park_admin"
        ? ["membership.parkId", `no park with id ${m.parkId}`]
        : ["membership.enterpriseId", `no enterprise with id ${m.enterpriseId}`];
  throw validationError("Unknown tenant", [{ path, message }]);
};

/** Creates a user with one membership, in one transaction, audited. */
export const createUser = async (database: Database, options: CreateUserOptions): Promise<{ userId: number; membershipId: number }> => {
  if (!/^[a-zA-Z0-9_.-]{3,64}$/.test(options.username)) {
    throw validationError("Invalid username", [{ path: "username", message: "3–64 characters: letters, digits, . _ -" }]);
  }
  if (options.password.length < 8) {
    throw validationError("Password too short", [{ path: "password", message: "at least 8 characters" }]);
  }
  const passwordHash = await hashPassword(options.password);
  return database.db.transaction(async (tx) => {
    const existing = await tx.select({ id: tables.users.id }).from(tables.users).where(eq(tables.users.username, options.username));
    if (existing.length > 0) throw conflict(`User ${options.username} already exists`);
    await requireTenant(tx, options.membership);
    const [user] = await tx
      .insert(tables.users)
      .values({ username: options.username, displayName: options.displayName, passwordHash })
      .returning({ id: tables.users.id });
    if (!user) throw new Error("insert returned no row");
    const m = options.membership;
    const [membership] = await tx
      .insert(tables.memberships)
      .values({
        userId: user.id,
        role: roleOf(m),
        provinceCode: m.role === "province_admin" ? m.provinceCode : null,
        parkId: m.role === "park_admin" ? m.parkId : null,
        enterpriseId: m.role === "enterprise_user" ? m.enterpriseId : null,
      })
      .returning({ id: tables.memberships.id });
    if (!membership) throw new Error("insert returned no row");
    await recordAudit(tx, {
      userId: options.createdBy,
      action: "create",
      entity: "user",
      entityKey: String(user.id),
      after: { username: options.username, displayName: options.displayName, membership: m },
    });
    return { userId: user.id, membershipId: membership.id };
  });
};
