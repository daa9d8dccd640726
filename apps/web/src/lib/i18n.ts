import i18n from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import { enUS } from "../locales/en-US";
import { zhCN } from "../locales/zh-CN";
import type { Lang } from "./format";

const STORAGE_KEY = "parkpilot.lang";

export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

/** A {zh, en} text from the API in the UI language. */
export const pickText = (text: { readonly zh: string; readonly en: string } | null | undefined, lang: Lang): string => (text ? (lang === "zh-CN" ? text.zh : text.en) : "");

/** Several {zh, en} texts as one line in the UI language ("；" between them in Chinese, "; " in English). */
export const joinTexts = (texts: readonly { readonly zh: string; readonly en: string }[], lang: Lang): string =>
  texts.map((text) => pickText(text, lang)).join(lang === "zh-CN" ? "；" : "; ");

const isLang = (v: unknown): v is Lang => v === "zh-CN" || v === "en-US";

/** Chinese unless the user chose English before (remembered in this browser). */
export const initialLang = (): Lang => {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLang(saved)) return saved;
  } catch {
    // storage disabled: default language
  }
  return "zh-CN";
};

export const setupI18n = (): typeof i18n => {
  const lng = initialLang();
  void i18n.use(initReactI18next).init({
    resources: { "zh-CN": { translation: zhCN }, "en-US": { translation: enUS } },
    lng,
    fallbackLng: "zh-CN",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  return i18n;
};

export const changeLang = async (lang: Lang): Promise<void> => {
  await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not persisted; the switch still applies to this tab
  }
};

/** The current UI language as a Lang, for the number formatters. */
export const useLang = (): Lang => {
  const { i18n: instance } = useTranslation();
  return isLang(instance.language) ? instance.language : "zh-CN";
};
