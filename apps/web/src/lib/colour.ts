/** Linear colour scales for choropleth-style points (the map colours parks by a KPI). */
const parse = (hex: string): [number, number, number] => {
  const h = hex.replace("#", "");
  return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
};

const toHex = (rgb: readonly number[]): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

/** The colour at position t ∈ [0, 1] along evenly spaced stops. */
export const interpolateColour = (stops: readonly string[], t: number): string => {
  if (stops.length === 0) throw new Error("no colour stops");
  if (stops.length === 1) return stops[0] as string;
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const a = parse(stops[i] as string);
  const b = parse(stops[i + 1] as string);
  const f = x - i;
  return toHex(a.map((c, k) => c + ((b[k] as number) - c) * f));
};

/** Position of a value between min and max (0 when the range is empty). */
export const normalise = (value: number, min: number, max: number): number => (max > min ? (value - min) / (max - min) : 0);

/** Class breaks at the 20/40/60/80 % quantiles: five classes of about equal size. */
export const quantileBreaks = (values: readonly number[], classes = 5): number[] => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let k = 1; k < classes; k++) {
    const pos = (sorted.length - 1) * (k / classes);
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    breaks.push((sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo));
  }
  return [...new Set(breaks)];
};

/** The class (0 … breaks.length) a value falls in: values equal to a break go to the lower class. */
export const classOf = (value: number, breaks: readonly number[]): number => {
  let i = 0;
  while (i < breaks.length && value > (breaks[i] as number)) i++;
  return i;
};
