import type { TDemoState } from "@parkpilot/contracts";
import { deriveDemo, type ServiceContext } from "@parkpilot/services";

/** Where the background derivation of a first start's demo stands (GET /api/meta/demo shows it). */
export type DemoDerivationState = NonNullable<TDemoState["derivation"]>;

export interface DemoDerivation {
  current(): DemoDerivationState;
  /** Settles when the derivation ends, whether it completed, failed or was stopped. */
  readonly finished: Promise<void>;
  /** Asks the derivation to stop at its next progress point (a rolled-back step) and waits for it. */
  stop(): Promise<void>;
}

class DerivationStopped extends Error {}

/** The phases deriveDemo reports, in order: gradient, tiers (two years), chains, evaluation. */
const PHASES = 5;

/**
 * Derives the demo (tiers, chain maps, park evaluation: deriveDemo) while the server already
 * serves: on the embedded database these take about half of a first start, and PGlite runs in a
 * thread of its own, so requests are answered meanwhile (they wait for a step's transaction to
 * end). A derivation that fails or is stopped leaves the demo "generated": the next start runs it
 * again.
 */
export const startDemoDerivation = (ctx: ServiceContext, provinceCode: string, log: (line: string) => void): DemoDerivation => {
  let state: DemoDerivationState = { state: "running", phase: null, done: 0, total: 0, percent: 0 };
  let phaseIndex = -1;
  let stopRequested = false;
  const started = Date.now();
  let lastPhase = "";
  let lastPhaseName = "";
  const finished = deriveDemo(ctx, provinceCode, (done, total, phase) => {
    if (stopRequested) throw new DerivationStopped("stopped");
    if (phase !== lastPhase) log(`  … ${phase}`);
    lastPhase = phase;
    // "evaluation STEP" is one phase of several steps.
    const phaseName = phase.startsWith("evaluation ") ? "evaluation" : phase;
    if (phaseName !== lastPhaseName) phaseIndex = Math.min(phaseIndex + 1, PHASES - 1);
    lastPhaseName = phaseName;
    const within = total > 0 ? Math.min(done / total, 1) : 0;
    state = { state: "running", phase, done, total, percent: Math.round((100 * (phaseIndex + within)) / PHASES) };
  }).then(
    () => {
      state = { state: "done" };
      log(`Demo province complete in ${((Date.now() - started) / 1000).toFixed(1)} s more: tier assessments, chain maps and the park evaluation are computed.`);
    },
    (error: unknown) => {
      if (error instanceof DerivationStopped || stopRequested) {
        state = { state: "failed", message: "stopped" };
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      state = { state: "failed", message };
      log(`Deriving the demo province failed (${message}); the next start tries again.`);
    },
  );
  return {
    current: () => state,
    finished,
    async stop() {
      stopRequested = true;
      await finished;
    },
  };
};
