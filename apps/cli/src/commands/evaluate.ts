import type { Command } from "commander";

/**
 * The `parkpilot evaluate …` command group, shared by the evaluation verb files (parks, land,
 * alerts in evaluate-parks.ts; tiers elsewhere): each registers its verbs on the one group.
 */
export const evaluateCommand = (program: Command): Command =>
  program.commands.find((c) => c.name() === "evaluate") ?? program.command("evaluate").description("Evaluate parks and enterprises (indicators, per-mu classes, alerts, tiers)");
