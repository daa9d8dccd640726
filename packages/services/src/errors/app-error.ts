/**
 * Coded domain errors. Services throw these; the HTTP edge maps each code to a status in exactly
 * one place (apps/server/src/plugins/error-handler.ts) and the CLI prints the message.
 */
export type AppErrorCode =
  | "validation"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type";

/** A problem with one field of the input: where (path, row, column) and what. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
  readonly row?: number;
  readonly column?: string;
  readonly value?: string;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const validationError = (message: string, issues: readonly FieldIssue[] = []) => new AppError("validation", message, issues);
export const notFound = (what: string) => new AppError("not_found", `${what} not found`);
export const forbidden = (message = "Not allowed for this account") => new AppError("forbidden", message);
export const unauthenticated = (message = "Not logged in") => new AppError("unauthenticated", message);
export const conflict = (message: string) => new AppError("conflict", message);

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** A value the database refused (SQLSTATE class 22): bad input that validation let through. */
export { isDataException } from "@parkpilot/db";
