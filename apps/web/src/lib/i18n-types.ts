import type { zhCN } from "../locales/zh-CN";

/**
 * The shape of a translation: the zh-CN dictionary with every leaf widened to string. A language
 * with a singular may add `<key>_one` beside a leaf: called with `count`, i18next picks it for
 * one and the leaf itself otherwise (Chinese has one form, so zh-CN needs none).
 */
export type Dictionary<T> = { readonly [K in keyof T]: T[K] extends string ? string : Dictionary<T[K]> } & {
  readonly [K in keyof T as T[K] extends string ? `${K & string}_one` : never]?: string;
};
export type Translations = Dictionary<typeof zhCN>;

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Translations };
  }
}
