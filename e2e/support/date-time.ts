import type { Page } from "playwright-core";

/** ISO 8601 in UTC with milliseconds, as the API gives every time. */
export const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A time as the app's formatDateTime shows it: formatted by the browser, in its time zone, in the language given. */
export const browserDateTime = (page: Page, iso: string, lang: "zh-CN" | "en-US"): Promise<string> =>
  page.evaluate(
    ([at, l]) => new Intl.DateTimeFormat(l, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false }).format(new Date(at)),
    [iso, lang] as const,
  );
