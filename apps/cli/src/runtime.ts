import { Presets, SingleBar } from "cli-progress";
import { ConfigError, isAppError, loadConfig, openServiceContext, type Config, type OpenServiceContext } from "@parkpilot/services";

/** Thrown for a clean, user-facing failure: the message is printed and the exit code is 1. */
export class CliError extends Error {}

export const readConfig = (): Config => loadConfig(process.env);

/** Opens the configured database for one command and always closes it. */
export const withContext = async <T>(fn: (ctx: OpenServiceContext, config: Config) => Promise<T>): Promise<T> => {
  const config = readConfig();
  const ctx = await openServiceContext(config);
  try {
    return await fn(ctx, config);
  } finally {
    await ctx.close();
  }
};

/**
 * A progress bar on stderr for work that takes seconds; silent when stderr is not a terminal.
 * With `counter`, for work whose total is not known ahead (the rows of a file being read), it
 * counts instead of showing a bar that would always read 100 %.
 */
export const progressBar = (label: string, options: { counter?: boolean } = {}) => {
  const format = options.counter ? `${label} {value} rows {phase}` : `${label} |{bar}| {percentage}% {value}/{total} {phase}`;
  const bar = new SingleBar({ format, hideCursor: true, noTTYOutput: false, stream: process.stderr }, Presets.shades_classic);
  let started = false;
  return {
    update(done: number, total: number, phase = "") {
      if (!started) {
        bar.start(total, done, { phase });
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done, { phase });
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
};

/**
 * Text from a file or a user, safe to print on a terminal: control characters (an escape
 * sequence in a cell could recolour or rewrite the screen) are shown as \xHH instead.
 */
export const printable = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);

/** Prints an error the way a user needs it (what and where) and sets a non-zero exit code. */
export const reportError = (error: unknown): void => {
  if (error instanceof ConfigError || error instanceof CliError) console.error(error.message);
  else if (isAppError(error)) {
    console.error(`Error (${error.code}): ${error.message}`);
    for (const issue of error.issues.slice(0, 50)) {
      const where = [issue.row !== undefined ? `row ${issue.row}` : null, issue.column ? `column ${issue.column}` : null, issue.path].filter(Boolean).join(", ");
      console.error(printable(`  - ${where}: ${issue.message}${issue.value !== undefined ? ` (value: ${issue.value})` : ""}`));
    }
    if (error.issues.length > 50) console.error(`  … and ${error.issues.length - 50} more`);
  } else console.error(error instanceof Error ? `Error: ${error.message}` : String(error));
  process.exitCode = 1;
};
