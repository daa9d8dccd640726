import { inArray } from "drizzle-orm";
import { finishDemo, generateDemoProvince, tables, withoutForeignKeyChecks, type DemoSummary } from "@parkpilot/db";
import type { ServiceContext } from "../context";
import { createDemoAccounts, type DemoAccount } from "./demo-accounts";
import { evaluateTiers } from "../gradient/evaluate/evaluate-tiers";
import { seedDemoGradient } from "../gradient/demo/seed-demo-gradient";
import { placeEnterprisesOnChains } from "../chains/placement/place-enterprises-on-chains";
import { recomputeEvaluation } from "../evaluation/recompute/recompute-evaluation";

export interface SeedDemoOptions {
  readonly seed: number;
  readonly enterprises: number;
  readonly provinceCode: string;
  /** The date the demo pretends to be generated on (YYYY-MM-DD); default: today by the clock. */
  readonly asOf?: string | null;
  readonly replace?: boolean;
  readonly onProgress?: (done: number, total: number, phase: string) => void;
}

export interface SeedDemoResult {
  readonly summary: DemoSummary;
  readonly accounts: DemoAccount[];
}

const DEMO_USERNAMES = ["province", "park", "enterprise"];

/**
 * Generates the demo province (labelled as generated everywhere), its three demo logins, and
 * everything derived from it, and records the demo complete only when all of that is done.
 */
export const seedDemo = async (ctx: ServiceContext, options: SeedDemoOptions): Promise<SeedDemoResult> => {
  const asOf = options.asOf ?? ctx.clock.now().toISOString().slice(0, 10);
  if (options.replace) {
    await ctx.database.db.delete(tables.users).where(inArray(tables.users.username, DEMO_USERNAMES));
  }
  const summary = await generateDemoProvince(ctx.database, {
    seed: options.seed,
    enterprises: options.enterprises,
    provinceCode: options.provinceCode,
    asOf,
    replace: options.replace ?? false,
    leaveInProgress: true,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const accounts = await createDemoAccounts(ctx.database, options.provinceCode);
  // The gradient database: plausible honours and facts for the generated enterprises, then the
  // tier assessments of the last two data years (the earlier one under the 2022 SME-ladder rules).
  // (Inserts only, of rows keyed to the enterprises just generated: see withoutForeignKeyChecks.)
  const gradient = await withoutForeignKeyChecks(ctx.database, () => seedDemoGradient(ctx, options.provinceCode));
  if (gradient.year !== null) {
    for (const year of [gradient.year - 1, gradient.year]) {
      await evaluateTiers(ctx, { scope: { kind: "province", provinceCode: options.provinceCode }, year, onProgress: (done, total) => options.onProgress?.(done, total, `tiers ${year}`) });
    }
  }
  // A demo that opens complete: enterprises on the chain maps, then the park evaluation
  // (scorecard, per-mu classes, alerts), which reads the tiers and the chains.
  const province = { kind: "province", provinceCode: options.provinceCode } as const;
  await placeEnterprisesOnChains(ctx, { scope: province, onProgress: (done, total) => options.onProgress?.(done, total, "chains") });
  await recomputeEvaluation(ctx, province, options.provinceCode, { onStep: (step, done, total) => options.onProgress?.(done, total, `evaluation ${step}`) });
  // Only now is the demo complete: a run that stops before here is regenerated at the next start.
  await finishDemo(ctx.database);
  return { summary, accounts };
};

/**
 * Whether a demo province was completely generated into this database. A run that crashed
 * half-way is not "seeded": the next start generates again (with replace, which clears it).
 */
export const isDemoSeeded = async (ctx: ServiceContext): Promise<boolean> => {
  const rows = await ctx.database.query<{ status: string | null }>("SELECT value->>'status' AS status FROM system_settings WHERE key = 'demo'");
  return rows[0]?.status === "complete";
};

/** Whether an unfinished demo run left a claim behind (so the next run must replace it). */
export const hasUnfinishedDemo = async (ctx: ServiceContext): Promise<boolean> => {
  const rows = await ctx.database.query<{ status: string | null }>("SELECT value->>'status' AS status FROM system_settings WHERE key = 'demo'");
  return rows.length > 0 && rows[0]?.status !== "complete";
};
