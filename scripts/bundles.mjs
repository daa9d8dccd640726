// Bundles the server (apps/server/src/main.ts) and the command line (apps/cli/src/main.ts), each
// with the workspace packages it imports, into one ES module under the app's dist/, when the
// bundle is missing or older than its sources: `npm start` and `parkpilot` run them with plain
// Node, where compiling some 400 TypeScript modules through tsx at every run cost seconds
// (decision 0012). Dependencies from node_modules stay imports.
import { readFile, rename, writeFile, mkdir } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { isStale } from "./build-freshness.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const workspacePackages = ["core", "contracts", "db", "rules", "services"];

/**
 * Workspace modules find their files (migrations, reference data, rule files, the web build)
 * relative to their own `import.meta.url`. In a bundle that would be the bundle's address, so
 * each module's `import.meta.url` is replaced by the address of its source file (which stays
 * where it is in the checkout), reckoned from the bundle's. Any other use of `import.meta` is
 * refused rather than changed.
 */
const ownModuleUrls = (bundle) => ({
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
      const fromBundle = relative(dirname(bundle), args.path).split(sep).join("/");
      return { contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: "ts" };
    });
  },
});

/** Everything but the workspace packages is imported at run time from node_modules. */
const dependenciesExternal = {
  name: "dependencies-external",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@parkpilot/") ? undefined : { path: args.path, external: true }));
  },
};

/** The sources of an app's bundle: its own and those of the workspace packages it may import. */
const appSources = (apps) => [
  fileURLToPath(import.meta.url),
  ...apps.flatMap((app) => [join(root, "apps", app, "src"), join(root, "apps", app, "package.json")]),
  ...workspacePackages.flatMap((p) => [join(root, "packages", p, "src"), join(root, "packages", p, "package.json")]),
];

/**
 * Builds `outfile` from `entry` when stale; resolves to its path. `report` says that a build
 * was made (the command line sends it to stderr: its stdout may be an export).
 */
const ensureBundle = async ({ name, entry, outfile, sources }, report) => {
  if (!isStale(outfile, sources)) return outfile;
  const started = Date.now();
  // Loaded only to build: a run with an up-to-date bundle does not pay for it.
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    sourcemap: "linked",
    write: false,
    logLevel: "silent",
    plugins: [ownModuleUrls(outfile), dependenciesExternal],
  });
  await mkdir(dirname(outfile), { recursive: true });
  // The bundle is written last and renamed into place: a build cut short never looks up to date,
  // and two builds at once (two commands started together) each replace the file whole.
  const partial = `.partial-${process.pid}`;
  const bundleLast = [...result.outputFiles.filter((f) => f.path !== outfile), ...result.outputFiles.filter((f) => f.path === outfile)];
  for (const file of bundleLast) {
    await writeFile(`${file.path}${partial}`, file.contents);
    await rename(`${file.path}${partial}`, file.path);
  }
  report(`Built the ${name} bundle in ${((Date.now() - started) / 1000).toFixed(1)} s (once, or after its sources changed).`);
  return outfile;
};

export const SERVER_BUNDLE = join(root, "apps/server/dist/main.mjs");
export const CLI_BUNDLE = join(root, "apps/cli/dist/main.mjs");

/** The server's bundle, built when stale; resolves to its path. */
export const ensureServerBuild = () =>
  ensureBundle({ name: "server", entry: join(root, "apps/server/src/main.ts"), outfile: SERVER_BUNDLE, sources: appSources(["server"]) }, (line) => console.log(line));

/** The command line's bundle (it includes the server, for `parkpilot serve`), built when stale. */
export const ensureCliBuild = () =>
  ensureBundle({ name: "command line", entry: join(root, "apps/cli/src/main.ts"), outfile: CLI_BUNDLE, sources: appSources(["cli", "server"]) }, (line) => console.error(line));
