import type { zhCN } from "../locales/zh-CN";

/** The shape of a translation: the zh-CN dictionary with every leaf widened to string. */
export type Dictionary<T> = { readonly [K in keyof T]: T[K] extends string ? string : Dictionary<T[K]> };
export type Translations = Dictionary<typeof zhCN>;

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Translations };
  }
}
