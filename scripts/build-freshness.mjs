// When a build (the web app, the server bundle) must be made again: its output is missing or
// older than anything it is built from.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const newestMtime = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
};

/** True when `output` is missing or older than the newest file under `sources` (missing sources are ignored). */
export const isStale = (output, sources) => {
  const present = sources.filter(existsSync);
  return !existsSync(output) || Math.max(...present.map(newestMtime)) > statSync(output).mtimeMs;
};
