import { and, asc, count, eq, gt, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { placeEnterprise, type CompiledChain, type PlacementDraft } from "@parkpilot/core";
import { ANALYZE_AFTER_ROWS, refreshPlannerStatistics, tables, type Db } from "@parkpilot/db";
import type { ServiceContext } from "../../context";
import type { TenantScope } from "../../tenancy/actor";
import { enterpriseVisibility, requireVisiblePark } from "../../tenancy/visibility";
import { forbidden, validationError } from "../../errors/app-error";
import { ensureShippedChainTemplates } from "../templates/ensure-shipped-templates";
import { effectiveTemplates } from "../templates/template-rows";
import { compileForPlacement } from "./compile-for-placement";
import { sharedSegmenter, type Segmenter } from "./segmenter";
import { handled } from "../../handled";

export interface PlaceEnterprisesOptions {
  /** A park or province account (its enterprises), or the system (CLI, benchmark: every enterprise). */
  readonly scope: TenantScope | { readonly kind: "system" };
  /** Chain codes to place on; default every chain. */
  readonly templateCodes?: readonly string[] | undefined;
  /** Narrows the run to one park inside the scope. */
  readonly parkId?: number | undefined;
  readonly batchSize?: number | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface PlaceEnterprisesResult {
  readonly enterprises: number;
  readonly placements: number;
  /** Placements a person confirmed or rejected, left exactly as they were. */
  readonly kept: number;
  readonly templates: { code: string; version: number; provinceCode: string }[];
  readonly ms: number;
}

interface EnterpriseText {
  id: number;
  industryCode: string | null;
  mainProducts: string | null;
  businessScope: string | null;
}

const DEFAULT_BATCH = 5_000;

/**
 * Places enterprises on the chains their province uses (its own template versions, else the
 * shipped ones), by industry class and by segmented product and business-scope text. Streams the
 * enterprises by id in batches; per batch, in one statement, it brings the machine placements of
 * those enterprises on those chains up to date and leaves every placement a person confirmed or
 * rejected untouched (a new machine placement never overwrites a human decision). Reading the next
 * batch and writing the last overlap with the segmentation of the current one.
 */
export const placeEnterprisesOnChains = async (ctx: ServiceContext, options: PlaceEnterprisesOptions): Promise<PlaceEnterprisesResult> => {
  const started = performance.now();
  const { scope } = options;
  if (scope.kind === "enterprise") throw forbidden("Placement is run by park and province accounts");
  const { db } = ctx.database;
  if (options.parkId !== undefined && scope.kind !== "system") await requireVisiblePark(db, scope, options.parkId);
  await ensureShippedChainTemplates(ctx.database);

  const base: SQL[] = [];
  if (scope.kind !== "system") base.push(enterpriseVisibility(scope));
  if (options.parkId !== undefined) base.push(eq(tables.enterprises.parkId, options.parkId));
  const provinces =
    scope.kind === "system"
      ? (await db.selectDistinct({ p: tables.enterprises.provinceCode }).from(tables.enterprises).where(and(...base))).map((r) => r.p).sort()
      : [scope.provinceCode];
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(tables.enterprises).where(and(...base));

  const segmenter = sharedSegmenter();
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const used: PlaceEnterprisesResult["templates"] = [];
  let done = 0;
  let placements = 0;
  for (const provinceCode of provinces) {
    const templates = await effectiveTemplates(db, provinceCode, options.templateCodes);
    if (options.templateCodes && templates.length !== new Set(options.templateCodes).size) {
      const found = new Set(templates.map((t) => t.row.code));
      throw validationError("Unknown chain template", options.templateCodes.filter((c) => !found.has(c)).map((c) => ({ path: "templateCodes", message: `no template "${c}"` })));
    }
    used.push(...templates.map((t) => ({ code: t.row.code, version: t.row.version, provinceCode })));
    const chains = compileForPlacement(templates, segmenter);
    const codes = chains.map((c) => c.code);
    const e = tables.enterprises;
    const where = [...base, eq(e.provinceCode, provinceCode)];
    const read = (after: number) =>
      handled(
        db
          .select({ id: e.id, industryCode: e.industryCode, mainProducts: e.mainProducts, businessScope: e.businessScope })
          .from(e)
          .where(and(...where, gt(e.id, after)))
          .orderBy(asc(e.id))
          .limit(batchSize),
      );
    let next = read(0);
    let writing: Promise<void> | null = null;
    for (;;) {
      const rows = await next;
      if (rows.length === 0) break;
      next = read(rows[rows.length - 1]?.id ?? 0);
      const drafts = placeBatch(chains, rows, segmenter);
      if (writing) await writing;
      writing = handled(writeBatch(db, rows.map((r) => r.id), codes, drafts));
      placements += drafts.length;
      done += rows.length;
      options.onProgress?.(done, total);
    }
    if (writing) await writing;
  }
  // A large run rewrites much of the table: refresh the planner's statistics and the visibility
  // map now rather than when autovacuum gets to it, so the chain maps read right after it are
  // planned for the rows now there and fold the placements from an index alone.
  if (placements >= ANALYZE_AFTER_ROWS) await refreshPlannerStatistics(ctx.database, ["chain_placements"], { vacuum: true });
  const kept = await countOverrides(db, base, options.templateCodes);
  return { enterprises: done, placements, kept, templates: used, ms: Math.round(performance.now() - started) };
};

const placeBatch = (chains: readonly CompiledChain[], rows: readonly EnterpriseText[], segmenter: Segmenter) => {
  const out: { enterpriseId: number; draft: PlacementDraft }[] = [];
  for (const r of rows) {
    const subject = { industryCode: r.industryCode, productTokens: segmenter.cut(r.mainProducts), scopeTokens: segmenter.cut(r.businessScope) };
    for (const draft of placeEnterprise(chains, subject)) out.push({ enterpriseId: r.id, draft });
  }
  return out;
};

/**
 * Writes one batch's machine placements in one statement: rows no longer found are deleted, new
 * ones inserted, changed ones updated, unchanged ones left alone (a recomputation that finds the
 * same placements rewrites nothing, so the table does not bloat). Rows a person confirmed or
 * rejected are never touched: they are not deleted (override IS NOT NULL) and a conflicting
 * machine placement does not update them.
 */
const writeBatch = async (db: Db, ids: number[], codes: string[], drafts: { enterpriseId: number; draft: PlacementDraft }[]): Promise<void> => {
  const col = <T>(f: (d: { enterpriseId: number; draft: PlacementDraft }) => T) => sql.param(drafts.map(f));
  await db.execute(sql`
    WITH fresh AS (
      SELECT * FROM unnest(${col((d) => d.enterpriseId)}::int[], ${col((d) => d.draft.templateCode)}::varchar[], ${col((d) => d.draft.segmentKey)}::varchar[],
                           ${col((d) => d.draft.templateVersion)}::int[], ${col((d) => d.draft.method)}::varchar[], ${col((d) => d.draft.confidence)}::float8[],
                           ${col((d) => d.draft.reason)}::text[])
             AS f(enterprise_id, template_code, segment_key, template_version, method, confidence, reason)
    ),
    gone AS (
      DELETE FROM chain_placements cp
       WHERE cp.enterprise_id = ANY(${sql.param(ids)}::int[]) AND cp.template_code = ANY(${sql.param(codes)}::varchar[]) AND cp.override IS NULL
         AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.enterprise_id = cp.enterprise_id AND f.template_code = cp.template_code AND f.segment_key = cp.segment_key)
    )
    INSERT INTO chain_placements (enterprise_id, template_code, segment_key, template_version, method, confidence, reason)
    SELECT * FROM fresh
    ON CONFLICT (enterprise_id, template_code, segment_key) DO UPDATE
       SET template_version = EXCLUDED.template_version, method = EXCLUDED.method, confidence = EXCLUDED.confidence, reason = EXCLUDED.reason
     WHERE chain_placements.override IS NULL
       AND (chain_placements.template_version, chain_placements.method, chain_placements.confidence, chain_placements.reason)
           IS DISTINCT FROM (EXCLUDED.template_version, EXCLUDED.method, EXCLUDED.confidence, EXCLUDED.reason)`);
};

const countOverrides = async (db: Db, base: SQL[], codes: readonly string[] | undefined): Promise<number> => {
  const cp = tables.chainPlacements;
  const filters = [...base, isNotNull(cp.override)];
  if (codes && codes.length > 0) filters.push(inArray(cp.templateCode, [...codes]));
  const [row] = await db
    .select({ n: count() })
    .from(cp)
    .innerJoin(tables.enterprises, eq(tables.enterprises.id, cp.enterpriseId))
    .where(and(...filters));
  return row?.n ?? 0;
};
