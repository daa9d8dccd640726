import type { Lang } from "./format";

/**
 * A message the server words in both languages as "中文（English）" (the imports' messages), in
 * the UI language. Anything else, or an English part that quotes Chinese from the file, is shown
 * whole.
 */
export const pickBilingual = (message: string, lang: Lang): string => {
  const open = message.lastIndexOf("（");
  if (open <= 0 || !message.endsWith("）")) return message;
  const en = message.slice(open + 1, -1);
  if (en.trim() === "" || /[\u3400-\u9fff\uff08\uff09]/.test(en)) return message;
  return lang === "zh-CN" ? message.slice(0, open) : en;
};
