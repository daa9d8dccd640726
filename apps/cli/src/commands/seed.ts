import type { Command } from "commander";
import { seedDemo } from "@parkpilot/services";
import { CliError, progressBar, withContext } from "../runtime";

const int = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new CliError(`--${name} must be a whole number ≥ 0, got "${value}"`);
  return n;
};

export const registerSeedCommands = (program: Command): void => {
  const seed = program.command("seed").description("Generate data");
  seed
    .command("demo")
    .description("Generate the demo province (Guangdong's real catalogue parks, generated enterprises labelled as such)")
    .option("--enterprises <n>", "number of generated enterprises", int("enterprises"), 20_000)
    .option("--seed <s>", "random seed (same seed → same data)", int("seed"), 20251)
    .option("--province <code>", "2-digit province code", "44")
    .option("--as-of <date>", "pretend today is this date (YYYY-MM-DD); sets the 3 years and 36 months generated")
    .option("--replace", "delete previously generated demo data first", false)
    .action(async (opts: { enterprises: number; seed: number; province: string; asOf?: string; replace: boolean }) => {
      if (!/^\d{2}$/.test(opts.province)) throw new CliError(`--province must be a 2-digit code such as 44, got "${opts.province}"`);
      if (opts.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf)) throw new CliError(`--as-of must be YYYY-MM-DD, got "${opts.asOf}"`);
      await withContext(async (ctx) => {
        const bar = progressBar("demo");
        const started = Date.now();
        try {
          const result = await seedDemo(ctx, {
            seed: opts.seed,
            enterprises: opts.enterprises,
            provinceCode: opts.province,
            asOf: opts.asOf ?? null,
            replace: opts.replace,
            onProgress: (done, total, phase) => bar.update(done, total, phase),
          });
          bar.stop();
          const { rows, parks } = result.summary;
          console.log(
            `Generated in ${((Date.now() - started) / 1000).toFixed(1)} s: ${rows.enterprises} enterprises in ${parks.used} parks, ` +
              `${rows.enterpriseAnnual} annual rows, ${rows.enterpriseMonthly} monthly rows, ${rows.landParcels} land parcels (all labelled generated).`,
          );
          for (const a of result.accounts) console.log(`  ${a.role.padEnd(16)} ${a.username} / ${a.password}   (${a.scopeName})`);
        } finally {
          bar.stop();
        }
      });
    });
};
