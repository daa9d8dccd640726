// Bundles the server (apps/server/src/main.ts and the workspace packages it imports) into one
// ES module, apps/server/dist/main.mjs, when the bundle is missing or older than its sources:
// `npm start` runs it with plain Node, where compiling some 400 TypeScript modules through tsx
// at every start cost a second (decision 0012). Dependencies from node_modules stay imports.
import { readFile, rename, writeFile, mkdir } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { isStale } from "./build-freshness.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const entry = join(root, "apps/server/src/main.ts");
export const SERVER_BUNDLE = join(root, "apps/server/dist/main.mjs");
const bundledPackages = ["core", "contracts", "db", "rules", "services"];

/**
 * Workspace modules find their files (migrations, reference data, rule files, the web build)
 * relative to their own `import.meta.url`. In a bundle that would be the bundle's address, so
 * each module's `import.meta.url` is replaced by the address of its source file (which stays
 * where it is in the checkout), reckoned from the bundle's. Any other use of `import.meta` is
 * refused rather than changed.
 */
const ownModuleUrls = {
  name: "own-module-urls",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes("/node_modules/")) return undefined;
      const source = await readFile(args.path, "utf8");
      // Returned as read: esbuild would read the file again.
      if (!source.includes("import.meta")) return { contents: source, loader: "ts" };
      const other = /import\.meta(?!\.url\b)/.exec(source);
      if (other) return { errors: [{ text: `${args.path}: only import.meta.url can be bundled, found "${source.slice(other.index, other.index + 24)}"` }] };
      // Relative to the bundle's own address, so that a checkout moved elsewhere still finds its files.
      const fromBundle = relative(dirname(SERVER_BUNDLE), args.path).split(sep).join("/");
      return { contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: "ts" };
    });
  },
};

/** Everything but the workspace packages is imported at run time from node_modules. */
const dependenciesExternal = {
  name: "dependencies-external",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@parkpilot/") ? undefined : { path: args.path, external: true }));
  },
};

/** Builds the bundle when stale; resolves to its path. */
export const ensureServerBuild = async () => {
  const sources = [
    join(root, "apps/server/src"),
    join(root, "apps/server/package.json"),
    fileURLToPath(import.meta.url),
    ...bundledPackages.flatMap((p) => [join(root, "packages", p, "src"), join(root, "packages", p, "package.json")]),
  ];
  if (!isStale(SERVER_BUNDLE, sources)) return SERVER_BUNDLE;
  const started = Date.now();
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: SERVER_BUNDLE,
    sourcemap: "linked",
    write: false,
    logLevel: "silent",
    plugins: [ownModuleUrls, dependenciesExternal],
  });
  await mkdir(join(root, "apps/server/dist"), { recursive: true });
  // The bundle is written last and renamed into place: a build cut short never looks up to date.
  const bundleLast = [...result.outputFiles.filter((f) => f.path !== SERVER_BUNDLE), ...result.outputFiles.filter((f) => f.path === SERVER_BUNDLE)];
  for (const file of bundleLast) {
    await writeFile(`${file.path}.partial`, file.contents);
    await rename(`${file.path}.partial`, file.path);
  }
  console.log(`Built the server bundle in ${((Date.now() - started) / 1000).toFixed(1)} s (once, or after its sources changed).`);
  return SERVER_BUNDLE;
};
