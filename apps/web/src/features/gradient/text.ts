/** The last complete data year: this year's annual reports are not in yet. */
export const defaultDataYear = (): number => new Date().getFullYear() - 1;
