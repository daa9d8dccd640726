import { send, withQuery, type QueryValue } from "./api";

/** The file name of a Content-Disposition header (RFC 6266, with the UTF-8 filename* form). */
export const fileNameFromDisposition = (header: string | null): string | null => {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ""));
    } catch {
      // malformed escape: fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() ?? null;
};

/** Hands a blob to the browser as a download. */
export const saveBlob = (blob: Blob, fileName: string): void => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/**
 * Downloads a file from the API with the session cookie. Fetching (rather than following a
 * link) lets an API error show as a message on the page instead of a JSON page.
 */
export const downloadFromApi = async (path: string, query: Readonly<Record<string, QueryValue>>, fallbackName: string): Promise<void> => {
  const response = await send(withQuery(path, query));
  const blob = await response.blob();
  saveBlob(blob, fileNameFromDisposition(response.headers.get("content-disposition")) ?? fallbackName);
};
