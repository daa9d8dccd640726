import { inArray } from "drizzle-orm";
import { generateDemoProvince, readDemoState, setDemoStatus, tables, type DemoStatus, type DemoSummary } from "@parkpilot/db";
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

/** Reports the phases of deriving a demo: tiers YYYY, chains, evaluation STEP. May throw to stop it. */
export type DemoProgress = (done: number, total: number, phase: string) => void;

/**
 * Generates the demo province (labelled as generated everywhere), its three demo logins, and
 * everything derived from it, and records the demo complete only when all of that is done.
 * The command line's way; the server's first start runs the two halves apart (generateDemo, then
 * deriveDemo while it already serves).
 */
export const seedDemo = async (ctx: ServiceContext, options: SeedDemoOptions): Promise<SeedDemoResult> => {
  const result = await generateDemo(ctx, options);
  await deriveDemo(ctx, options.provinceCode, options.onProgress);
  return result;
};

/**
 * The demo's rows and its three logins, recorded "generated": enough to sign in and browse the
 * enterprises, parks and their data. What is derived from them is deriveDemo's.
 */
export const generateDemo = async (ctx: ServiceContext, options: SeedDemoOptions): Promise<SeedDemoResult> => {
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
  await setDemoStatus(ctx.database, "generated");
  return { summary, accounts };
};

/**
 * What a demo that opens complete holds beyond its rows: the gradient database's honours and
 * facts, the tier assessments of the last two data years (the earlier one under the 2022 SME-ladder
 * rules), the enterprises on the chain maps, then the park evaluation (scorecard, per-mu classes,
 * alerts), which reads the tiers and the chains; then the demo is complete. Each part replaces what
 * an earlier, interrupted run left, so a demo left "generated" is resumed by running this again.
 */
export const deriveDemo = async (ctx: ServiceContext, provinceCode: string, onProgress?: DemoProgress): Promise<void> => {
  onProgress?.(0, 1, "gradient");
  const gradient = await seedDemoGradient(ctx, provinceCode);
  const province = { kind: "province", provinceCode } as const;
  if (gradient.year !== null) {
    for (const year of [gradient.year - 1, gradient.year]) {
      await evaluateTiers(ctx, { scope: province, year, onProgress: (done, total) => onProgress?.(done, total, `tiers ${year}`) });
    }
  }
  await placeEnterprisesOnChains(ctx, { scope: province, onProgress: (done, total) => onProgress?.(done, total, "chains") });
  await recomputeEvaluation(ctx, province, provinceCode, { onStep: (step, done, total) => onProgress?.(done, total, `evaluation ${step}`) });
  await setDemoStatus(ctx.database, "complete");
};

/**
 * Where the database's demo stands: none (never generated), in_progress (a run stopped while
 * writing rows: generate again, replacing), generated (derive it), complete.
 */
export const demoStatus = async (ctx: ServiceContext): Promise<DemoStatus | "none"> => (await demoState(ctx))?.status ?? "none";

/** The demo's status and the province it was generated for, or null when there is none. */
export const demoState = (ctx: ServiceContext): Promise<{ status: DemoStatus; provinceCode: string } | null> => readDemoState(ctx.database);
