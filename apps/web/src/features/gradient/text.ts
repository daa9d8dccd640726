import type { Lang } from "../../lib/format";

/** A {zh, en} text from the API in the UI language. */
export const pick = (text: { readonly zh: string; readonly en: string } | null | undefined, lang: Lang): string => (text ? (lang === "zh-CN" ? text.zh : text.en) : "");

/** The last complete data year: this year's annual reports are not in yet. */
export const defaultDataYear = (): number => new Date().getFullYear() - 1;
