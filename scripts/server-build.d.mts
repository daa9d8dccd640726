/** Where `npm start` runs the server from: apps/server/dist/main.mjs. */
export declare const SERVER_BUNDLE: string;
/** Builds the server bundle when missing or stale; resolves to its path. */
export declare const ensureServerBuild: () => Promise<string>;
