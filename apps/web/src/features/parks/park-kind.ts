import type { TFunction } from "i18next";
import type { TParkSummary } from "@parkpilot/contracts";
import type { Lang } from "../../lib/format";

/**
 * A park's type as shown: in Chinese the catalogue's own wording (经济开发区, 高新技术产业开发区 …, kept
 * as published), in English the type it was classified as.
 */
export const parkKindLabel = (park: Pick<TParkSummary, "kind" | "kindText">, lang: Lang, t: TFunction): string =>
  lang === "zh-CN" && park.kindText ? park.kindText : t(`parkKind.${park.kind}`);
