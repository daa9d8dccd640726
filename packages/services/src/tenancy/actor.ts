import type { Role } from "@parkpilot/db/schema";

/** The one tenant a session acts in. Every read and write of tenant data is filtered by it. */
export type TenantScope =
  | { readonly kind: "province"; readonly provinceCode: string }
  | { readonly kind: "park"; readonly provinceCode: string; readonly parkId: number }
  | { readonly kind: "enterprise"; readonly provinceCode: string; readonly parkId: number | null; readonly enterpriseId: number };

export interface Actor {
  readonly userId: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly membershipId: number;
  readonly scope: TenantScope;
}

/** Who performs a system task (CLI import, demo seeding): no user, full reach within its scope. */
export interface SystemActor {
  readonly userId: null;
  readonly scope: TenantScope | { readonly kind: "system" };
}
