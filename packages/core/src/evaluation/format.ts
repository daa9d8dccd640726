/** Numbers as officials read them: about four significant digits, no exponent, no trailing noise. */
export const formatFigure = (v: number): string => {
  const a = Math.abs(v);
  const digits = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 1 ? 2 : a >= 0.01 ? 4 : 6;
  return Number(v.toFixed(digits)).toString();
};

export const formatSignedFigure = (v: number): string => (v >= 0 ? `+${formatFigure(v)}` : formatFigure(v));

export const formatShare = (share: number, digits = 1): string => `${(share * 100).toFixed(digits)}%`;
