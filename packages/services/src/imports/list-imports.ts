import { and, count, eq, type SQL } from "drizzle-orm";
import type { TImportBatch } from "@parkpilot/contracts";
import { tables } from "@parkpilot/db";
import type { ImportKind, ImportStatus } from "@parkpilot/db/schema";
import type { ServiceContext } from "../context";
import type { TenantScope } from "../tenancy/actor";
import { importBatchVisibility } from "../tenancy/visibility";
import { selectBatches } from "./present-batch";

export interface ImportListQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly kind?: ImportKind;
  readonly status?: ImportStatus;
}

export interface ImportList {
  readonly items: TImportBatch[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** The import batches the scope may see, newest first. */
export const listImports = async (ctx: ServiceContext, scope: TenantScope, query: ImportListQuery): Promise<ImportList> => {
  const b = tables.importBatches;
  const filters: SQL[] = [importBatchVisibility(scope)];
  if (query.kind) filters.push(eq(b.kind, query.kind));
  if (query.status) filters.push(eq(b.status, query.status));
  const where = and(...filters);
  const [total] = await ctx.database.db.select({ n: count() }).from(b).where(where);
  const items = await selectBatches(ctx.database.db, where, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
};
