/** Why a demo generation was refused; `code` is what callers (CLI, API) switch on. */
export type DemoErrorCode = "invalid_options" | "demo_exists" | "reference_data_missing" | "no_parks" | "replace_blocked";

export class DemoGenerationError extends Error {
  readonly code: DemoErrorCode;

  constructor(code: DemoErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DemoGenerationError";
    this.code = code;
  }
}
