/** Where `npm start` runs the server from: apps/server/dist/main.mjs. */
export declare const SERVER_BUNDLE: string;
/** Where `parkpilot` runs the command line from: apps/cli/dist/main.mjs. */
export declare const CLI_BUNDLE: string;
/** Builds the server bundle when missing or stale; resolves to its path. */
export declare const ensureServerBuild: () => Promise<string>;
/** Builds the command line's bundle when missing or stale; resolves to its path. */
export declare const ensureCliBuild: () => Promise<string>;
