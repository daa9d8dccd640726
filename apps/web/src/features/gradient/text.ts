import { pickText } from "../../lib/i18n";

/** A {zh, en} text from the API in the UI language (lib/i18n's pickText). */
export const pick = pickText;

/** The last complete data year: this year's annual reports are not in yet. */
export const defaultDataYear = (): number => new Date().getFullYear() - 1;
