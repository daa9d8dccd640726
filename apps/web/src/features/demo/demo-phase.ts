import type { TFunction } from "i18next";

/**
 * The words for a phase of the demo's background derivation (GET /api/meta/demo): gradient,
 * "tiers YYYY", chains, "evaluation STEP". An unknown phase is shown as sent.
 */
export const demoPhaseLabel = (phase: string | null, t: TFunction): string => {
  if (phase === null) return t("demo.phaseStarting");
  if (phase === "gradient") return t("demo.phaseGradient");
  if (phase === "chains") return t("demo.phaseChains");
  const tiers = /^tiers (\d{4})$/.exec(phase);
  if (tiers) return t("demo.phaseTiers", { year: tiers[1] });
  const evaluation = /^evaluation (\w+)$/.exec(phase);
  if (evaluation) {
    const key = STEP_KEYS[evaluation[1] ?? ""];
    return t("demo.phaseEvaluation", { step: key ? t(key) : evaluation[1] });
  }
  return phase;
};

const STEP_KEYS: Readonly<Record<string, "demo.stepMonthly" | "demo.stepIndicators" | "demo.stepLand" | "demo.stepAlerts" | "demo.stepMedians">> = {
  monthly: "demo.stepMonthly",
  indicators: "demo.stepIndicators",
  land: "demo.stepLand",
  alerts: "demo.stepAlerts",
  medians: "demo.stepMedians",
  done: "demo.stepMedians",
};
