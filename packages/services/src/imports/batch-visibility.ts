import { eq, type SQL } from "drizzle-orm";
import { tables } from "@parkpilot/db";
import type { TenantScope } from "../tenancy/actor";

/**
 * Which import batches a scope sees: a batch belongs to the scope it was made in, and to the
 * scopes above it: a park sees the imports made in the park and by its enterprises, a
 * province all imports of its province, an enterprise its own. It mirrors enterpriseVisibility
 * for the batch's tenant columns and belongs in tenancy/visibility.ts (the one place); it lives
 * here until the owner of that file moves it.
 */
export const importBatchVisibility = (scope: TenantScope): SQL => {
  const b = tables.importBatches;
  switch (scope.kind) {
    case "province":
      return eq(b.provinceCode, scope.provinceCode);
    case "park":
      return eq(b.parkId, scope.parkId);
    case "enterprise":
      return eq(b.enterpriseId, scope.enterpriseId);
  }
};
