/** Builds the web app when missing or stale; false when there is no web app to build. */
export declare const ensureWebBuild: () => boolean;
