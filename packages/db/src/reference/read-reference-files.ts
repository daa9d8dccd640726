import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REFERENCE_DIR, REFERENCE_FILES, type ReferenceFileKey } from "./reference-files";

/**
 * Bump when the loader derives different rows from the same files (e.g. a change to the
 * leading-industry matcher), so existing databases reload once.
 */
const LOADER_REVISION = "1";

export interface ReferenceFiles {
  readonly texts: Readonly<Record<ReferenceFileKey, string>>;
  /** sha256 over the loader revision and every file's name and content. */
  readonly version: string;
}

export const readReferenceFiles = (dir: string = REFERENCE_DIR): ReferenceFiles => {
  const hash = createHash("sha256").update(`loader:${LOADER_REVISION}\n`);
  const entries = (Object.keys(REFERENCE_FILES) as ReferenceFileKey[]).map((key) => {
    const text = readFileSync(join(dir, REFERENCE_FILES[key]), "utf8");
    hash.update(`${REFERENCE_FILES[key]}\n${text.length}\n`).update(text);
    return [key, text] as const;
  });
  return { texts: Object.fromEntries(entries) as Record<ReferenceFileKey, string>, version: hash.digest("hex") };
};
