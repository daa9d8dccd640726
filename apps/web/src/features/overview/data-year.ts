const KEY = "parkpilot.overview.dataYear";

/**
 * The overview needs the KPIs of the latest data year and of the year before. The latest year
 * is only known from the first answer; remembering it lets the next visit ask for both years
 * at once (a wrong guess is simply asked again with the right year).
 */
export const rememberedDataYear = (): number | null => {
  try {
    const v = Number(localStorage.getItem(KEY));
    return Number.isInteger(v) && v > 1990 ? v : null;
  } catch {
    return null;
  }
};

export const rememberDataYear = (year: number): void => {
  try {
    localStorage.setItem(KEY, String(year));
  } catch {
    // not remembered: the next visit asks one year after the other
  }
};
