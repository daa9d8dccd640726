import type { TErrorResponse } from "@parkpilot/contracts";

export type ApiIssue = TErrorResponse["error"]["issues"][number];

/**
 * Every failed call becomes an ApiError with the API's code and field issues ({ error: { code,
 * message, issues[] } }); network failures get the code "network". Pages turn it into plain
 * language with describeError (lib/errors.ts).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export type QueryValue = string | number | boolean | null | undefined;

/** Builds "/api/x?a=1&b=2", leaving out unset values. */
export const withQuery = (path: string, query?: Readonly<Record<string, QueryValue>>): string => {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
};

const isErrorBody = (body: unknown): body is TErrorResponse =>
  typeof body === "object" && body !== null && "error" in body && typeof (body as { error: unknown }).error === "object";

export const errorFromBody = (status: number, body: unknown, fallback: string): ApiError => {
  if (isErrorBody(body)) return new ApiError(status, body.error.code, body.error.message, body.error.issues ?? []);
  if (status === 429) return new ApiError(status, "rate_limited", fallback);
  return new ApiError(status, status >= 500 ? "internal" : "bad_request", fallback);
};

export const errorFromResponse = async (response: Response): Promise<ApiError> => {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON (a proxy error page, an empty body): fall back to the status
  }
  return errorFromBody(response.status, body, response.statusText);
};

/** fetch() with the session cookie; network failures become ApiError("network"). */
export const send = async (path: string, init: RequestInit = {}): Promise<Response> => {
  let response: Response;
  try {
    response = await fetch(path, { credentials: "same-origin", ...init });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network", error instanceof Error ? error.message : "network error");
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
};

const json = async <T>(response: Response): Promise<T> => {
  if (response.status === 204) return null as T;
  return (await response.json()) as T;
};

export const apiGet = async <T>(path: string, query?: Readonly<Record<string, QueryValue>>, signal?: AbortSignal): Promise<T> =>
  json<T>(await send(withQuery(path, query), signal ? { signal } : {}));

const withBody = (method: string, body: unknown): RequestInit => ({
  method,
  headers: body === undefined ? {} : { "content-type": "application/json" },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

export const apiPost = async <T>(path: string, body?: unknown): Promise<T> => json<T>(await send(path, withBody("POST", body)));

export const apiPut = async <T>(path: string, body: unknown): Promise<T> => json<T>(await send(path, withBody("PUT", body)));

/**
 * Uploads a multipart form with progress (fetch has no upload progress, XMLHttpRequest does).
 * Resolves with the parsed JSON answer; rejects with ApiError like the other calls.
 */
export const uploadForm = <T>(path: string, form: FormData, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.withCredentials = true;
    xhr.responseType = "text";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(body as T);
      } else reject(errorFromBody(xhr.status, body, xhr.statusText));
    };
    xhr.onerror = () => reject(new ApiError(0, "network", "network error"));
    xhr.onabort = () => reject(new DOMException("aborted", "AbortError"));
    signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(form);
  });
