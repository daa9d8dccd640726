import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** One entry of Vite's build manifest (dist/.vite/manifest.json). */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface PageBundle {
  /** Files a page needs before it can render: the entry, the page chunk, their static imports. */
  readonly files: string[];
  readonly jsBytes: number;
  readonly jsGzipBytes: number;
  readonly cssGzipBytes: number;
}

export interface ChunkSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

const gz = (path: string): { bytes: number; gzipBytes: number } => {
  const data = readFileSync(path);
  return { bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
};

export const readManifest = (dist: string): Manifest => JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8")) as Manifest;

/** The JS and CSS a page loads up front: the app entry plus the page's lazy chunk, with static imports. */
export const pageBundle = (dist: string, pageSrc: string): PageBundle => {
  const manifest = readManifest(dist);
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entryKey) throw new Error("no entry in the Vite manifest");
  const pageKey = Object.keys(manifest).find((k) => k.endsWith(pageSrc));
  if (!pageKey) throw new Error(`${pageSrc} is not a chunk of the build`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imp of manifest[key]?.imports ?? []) visit(imp);
  };
  visit(entryKey);
  visit(pageKey);
  const files = [...seen].map((k) => manifest[k]?.file).filter((f): f is string => f !== undefined);
  const css = [...new Set([...seen].flatMap((k) => manifest[k]?.css ?? []))];
  let jsBytes = 0;
  let jsGzipBytes = 0;
  for (const f of files) {
    const s = gz(join(dist, f));
    jsBytes += s.bytes;
    jsGzipBytes += s.gzipBytes;
  }
  const cssGzipBytes = css.reduce((n, f) => n + gz(join(dist, f)).gzipBytes, 0);
  return { files, jsBytes, jsGzipBytes, cssGzipBytes };
};

/** Every JS chunk of the build, largest (gzipped) first. */
export const chunkSizes = (dist: string): ChunkSize[] =>
  readdirSync(join(dist, "assets"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => ({ file: `assets/${f}`, ...gz(join(dist, "assets", f)) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
