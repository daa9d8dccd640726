import { and, eq } from "drizzle-orm";
import { tables, type DbOrTx } from "@parkpilot/db";
import { forbidden, notFound } from "../../errors/app-error";
import type { TenantScope } from "../../tenancy/actor";
import { enterpriseVisibility } from "../../tenancy/visibility";

/** Honours are official lists: parks and provinces record them, enterprises only read theirs. */
export const requireHonourWriter = (scope: TenantScope): void => {
  if (scope.kind === "enterprise") throw forbidden("Honours are recorded by park or province accounts from the official lists");
};

/** The honour row, if its enterprise is visible to the scope; otherwise not_found. */
export const requireVisibleHonour = async (db: DbOrTx, scope: TenantScope, id: number) => {
  const h = tables.enterpriseHonours;
  const [row] = await db
    .select({ honour: h })
    .from(h)
    .innerJoin(tables.enterprises, eq(tables.enterprises.id, h.enterpriseId))
    .where(and(eq(h.id, id), enterpriseVisibility(scope)))
    .limit(1);
  if (!row) throw notFound(`Honour ${id}`);
  return row.honour;
};
