import { z } from "zod";

export const ZRole = z.enum(["province_admin", "park_admin", "enterprise_user"]);
export type TRole = z.infer<typeof ZRole>;

export const ZScope = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("province"), provinceCode: z.string() }),
  z.object({ kind: z.literal("park"), provinceCode: z.string(), parkId: z.number().int() }),
  z.object({ kind: z.literal("enterprise"), provinceCode: z.string(), parkId: z.number().int().nullable(), enterpriseId: z.number().int() }),
]);
export type TScope = z.infer<typeof ZScope>;

export const ZLoginRequest = z.object({
  username: z.string().min(1, "required").max(64),
  password: z.string().min(1, "required").max(256),
});

export const ZMe = z.object({
  userId: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: ZRole,
  scope: ZScope,
  /** Human label of the tenant (province, park or enterprise name). */
  scopeName: z.string(),
});
export type TMe = z.infer<typeof ZMe>;
