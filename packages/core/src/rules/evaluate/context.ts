/** The date an evaluation refers to, and the year its `@y` facts describe. */
import { epochDay, yyyymmddFromEpochDay } from "../dates";

export interface EvaluationContext {
  /** Evaluation (application) date, YYYY-MM-DD: ages and "valid on" facts refer to it. */
  readonly date: string;
  /** Calendar year that `@y` facts describe; defaults to the year before the evaluation date. */
  readonly referenceYear?: number;
}

/** yyyymmdd numbers for the evaluation date and 31 Dec of the reference year. */
export const contextDays = (context: EvaluationContext): { evalYmd: number; refYearEndYmd: number; referenceYear: number } => {
  const evalYmd = yyyymmddFromEpochDay(epochDay(context.date));
  const referenceYear = context.referenceYear ?? Math.floor(evalYmd / 10_000) - 1;
  if (!Number.isInteger(referenceYear)) throw new Error(`reference year must be an integer: ${referenceYear}`);
  return { evalYmd, refYearEndYmd: referenceYear * 10_000 + 1231, referenceYear };
};
