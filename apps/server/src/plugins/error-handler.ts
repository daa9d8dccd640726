import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { isAppError, isDataException, type AppErrorCode, type FieldIssue } from "@parkpilot/services";
import type { TErrorResponse } from "@parkpilot/contracts";

/** The one mapping from domain error codes to HTTP statuses; exhaustive by construction. */
const STATUS: Record<AppErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
};

const body = (code: string, message: string, issues: readonly FieldIssue[] = []): TErrorResponse => ({
  error: { code, message, issues: [...issues] },
});

/**
 * Every error leaves the server in one shape: { error: { code, message, issues[] } }. Bad input
 * of any kind (schema, JSON syntax, size, domain validation) is a 4xx with field-level issues;
 * only genuine faults are 500, logged with the request id and shown without internals.
 */
export const registerErrorHandler = (app: FastifyInstance): void => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isAppError(error)) return reply.status(STATUS[error.code]).send(body(error.code, error.message, error.issues));
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        path: [error.validationContext, ...v.instancePath.split("/").filter(Boolean)].filter(Boolean).join("."),
        message: v.message ?? "invalid",
      }));
      return reply.status(400).send(body("validation", "Invalid request", issues));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, "response did not match its schema");
      return reply.status(500).send(body("internal", "Internal error"));
    }
    const status = error.statusCode ?? 500;
    if (status === 413 || error.code === "FST_REQ_FILE_TOO_LARGE" || error.code === "FST_PARTS_LIMIT") {
      return reply.status(413).send(body("payload_too_large", "The upload is larger than allowed"));
    }
    if (status === 415) return reply.status(415).send(body("unsupported_media_type", error.message));
    if (status === 429) {
      // The rate limiter sets Retry-After (seconds) before it raises the error.
      const wait = String(reply.getHeader("retry-after") ?? 60);
      return reply.status(429).send(body("rate_limited", `请求过于频繁，请 ${wait} 秒后再试 / Too many requests, retry in ${wait} s`));
    }
    if (status >= 400 && status < 500) return reply.status(status).send(body("bad_request", error.message));
    if (isDataException(error)) {
      // A value the database refused (out of range, not a date …) that validation let through:
      // the request's fault, so 400; logged, since validation should have named the field.
      request.log.warn({ err: error }, "value refused by the database");
      return reply.status(400).send(body("validation", "A value of the request is out of range or malformed"));
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.status(500).send(body("internal", "Internal error"));
  });
  app.setNotFoundHandler((request, reply) => reply.status(404).send(body("not_found", `No route ${request.method} ${request.url}`)));
};
