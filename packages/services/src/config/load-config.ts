import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";

/** Settings read once at start; everything else receives this typed object, never process.env. */
export interface Config {
  readonly database: { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };
  readonly http: { host: string; port: number };
  readonly dataDir: string;
  readonly sessionSecret: string;
  readonly logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  readonly maxUploadBytes: number;
  /** Login attempts allowed per client address and minute (the rest answer 429). */
  readonly loginAttemptsPerMinute: number;
  readonly demo: { seedOnFirstStart: boolean; enterprises: number; seed: number; asOf: string | null };
}

/** A YYYY-MM-DD that names a real day (not 2026-02-30). */
const isCalendarDate = (value: string): boolean => {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
};

const boolish = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  PARKPILOT_DATA_DIR: z.string().min(1).default("./data"),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(50),
  LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(20),
  DEMO_SEED_ON_FIRST_START: boolish.default(true),
  DEMO_ENTERPRISES: z.coerce
    .number()
    .int()
    .min(1, "must be at least 1 (DEMO_SEED_ON_FIRST_START=false starts without a demo)")
    .max(5_000_000)
    .default(20_000),
  DEMO_SEED: z.coerce.number().int().default(20251),
  DEMO_AS_OF: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "must be YYYY-MM-DD", abort: true })
    .refine(isCalendarDate, "must be a date of the calendar")
    .optional(),
});

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Validates the environment into a Config, listing every bad setting at once. The session
 * secret, when not given, is generated on first start and kept under the data directory so
 * sessions survive restarts.
 */
export const loadConfig = (env: Record<string, string | undefined>, cwd: string = process.cwd()): Config => {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== "")));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = resolve(cwd, e.PARKPILOT_DATA_DIR);
  return {
    database: e.DATABASE_URL ? { kind: "postgres", url: e.DATABASE_URL } : { kind: "pglite", dataDir: join(dataDir, "pglite") },
    http: { host: e.HOST, port: e.PORT },
    dataDir,
    sessionSecret: e.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    logLevel: e.LOG_LEVEL,
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    loginAttemptsPerMinute: e.LOGIN_ATTEMPTS_PER_MINUTE,
    demo: { seedOnFirstStart: e.DEMO_SEED_ON_FIRST_START, enterprises: e.DEMO_ENTERPRISES, seed: e.DEMO_SEED, asOf: e.DEMO_AS_OF ?? null },
  };
};

const readOrCreateSecret = (dataDir: string): string => {
  const path = join(dataDir, "session-secret");
  if (existsSync(path)) return readFileSync(path, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(path, secret, { mode: 0o600 });
  return secret;
};
