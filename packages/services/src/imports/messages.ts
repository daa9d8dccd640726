/**
 * Import messages are read by people filling spreadsheets in Chinese; the English gist in
 * brackets lets the API, logs and non-Chinese maintainers follow along. One helper keeps the
 * shape uniform: 「中文说明（English gist）」.
 */
export const bilingual = (zh: string, en: string): string => `${zh}（${en}）`;

/** Column letters as spreadsheets show them: 0 → A, 25 → Z, 26 → AA. */
export const columnLetter = (index: number): string => {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};
