import type { Clock } from "../../context";

/** Today's calendar date where the users are (China Standard Time, UTC+8, no daylight saving). */
export const chinaToday = (clock: Clock): string => new Date(clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
