import type { Database } from "@parkpilot/db";

/** The clock is a port so that services and their tests never depend on the real time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every use case receives: the database and the side-effect ports. */
export interface ServiceContext {
  readonly database: Database;
  readonly clock: Clock;
}
