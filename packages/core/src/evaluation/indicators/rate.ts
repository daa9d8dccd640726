import type { Direction, ThresholdsDef } from "./types";

export type Rating = "excellent" | "normal" | "alarm" | "unknown";

/**
 * Places a value against an indicator's thresholds. For higher-is-better indicators the alarm
 * fires strictly below the alarm line and "excellent" starts at the excellent line (inclusive);
 * lower-is-better mirrors it. Neutral indicators and unknown values are never rated.
 */
export const rateValue = (value: number | null, direction: Direction, thresholds: ThresholdsDef | undefined): Rating => {
  if (value === null || !Number.isFinite(value)) return "unknown";
  if (!thresholds || direction === "neutral") return "normal";
  const { alarm, excellent } = thresholds;
  if (direction === "higher_better") {
    if (excellent !== undefined && value >= excellent) return "excellent";
    if (alarm !== undefined && value < alarm) return "alarm";
    return "normal";
  }
  if (excellent !== undefined && value <= excellent) return "excellent";
  if (alarm !== undefined && value > alarm) return "alarm";
  return "normal";
};
