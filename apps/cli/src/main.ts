import { Command } from "commander";
import { registerChainCommands } from "./commands/chains";
import { registerDataCommands } from "./commands/data";
import { registerDbCommands } from "./commands/db";
import { registerEvaluateParkCommands } from "./commands/evaluate-parks";
import { registerEvaluateTierCommands } from "./commands/evaluate-tiers";
import { registerSeedCommands } from "./commands/seed";
import { registerServeCommand } from "./commands/serve";
import { registerUserCommands } from "./commands/user";
import { reportError } from "./runtime";

/** `parkpilot`: the same services as the server, in-process, on the configured database. */
export const buildProgram = (): Command => {
  const program = new Command("parkpilot").description("ParkPilot — 工业园区高质量发展平台 command line").showHelpAfterError();
  registerDbCommands(program);
  registerSeedCommands(program);
  registerUserCommands(program);
  registerDataCommands(program);
  registerChainCommands(program);
  registerEvaluateParkCommands(program);
  registerEvaluateTierCommands(program);
  registerServeCommand(program);
  return program;
};

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => reportError(error));
