/**
 * The law module as one ES module for readers' notebooks (/laws/<semver>.mjs, /laws/latest.mjs),
 * bundled at build with esbuild's JS API from the same source files the site runs. The files are
 * read through Vite (import.meta.glob ?raw) and served to esbuild from memory, so the bundle is
 * exactly src/laws at this build, whatever the working directory. esbuild keeps only legal
 * comments, so each export's JSDoc (its one description: summary, Source line, params) is put
 * back before its declaration: a reader's editor shows the same words as /laws/. Node only (build).
 */
import { posix } from "node:path";
import type { SiteVersion } from "./version.ts";

const files = import.meta.glob<string>("../laws/**/*.ts", { query: "?raw", import: "default", eager: true });

/** The published module's header: what it is, its version and commit, its licence. */
export function bundleHeader(version: SiteVersion, url: string): string {
  return [
    `/*! Scaling Laws, Computed: the law module, version ${version.id} (commit ${version.commit}).`,
    ` * Bundled from src/laws/index.ts; ${url}`,
    " * Licence: MIT. Constants name their sources (each preset's `source`). */",
  ].join("\n");
}

/**
 * Put each exported declaration's JSDoc from `sources` (path → text) back before the same
 * declaration in `bundle` (`function name(`, `var|let|const|class name` at the start of a line).
 */
export function withJsDoc(bundle: string, sources: Record<string, string>): string {
  const docs = new Map<string, string>();
  for (const text of Object.values(sources))
    for (const m of text.matchAll(/\/\*\*((?:[^*]|\*(?!\/))*)\*\/\s*export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/g))
      if (!docs.has(m[2]!)) docs.set(m[2]!, m[1]!);
  return bundle.replace(/^(?:async\s+)?(?:function\*?|var|let|const|class)\s+([A-Za-z_$][\w$]*)/gm, (line, name: string) =>
    docs.has(name) ? `/**${docs.get(name)}*/\n${line}` : line,
  );
}

let cached: Promise<string> | undefined;

/** Bundle src/laws/index.ts (ESM, no minification). Cached: every path of the build shares one bundle. */
export function bundleLaws(banner: string): Promise<string> {
  cached ??= build(banner);
  return cached;
}

async function build(banner: string): Promise<string> {
  const esbuild = await import("esbuild");
  const key = (path: string) => `..${path}`; // "/laws/index.ts" → "../laws/index.ts"
  const result = await esbuild.build({
    entryPoints: ["/laws/index.ts"],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    minify: false,
    legalComments: "inline",
    charset: "utf8",
    banner: { js: banner },
    logLevel: "silent",
    plugins: [
      {
        name: "src-laws-in-memory",
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            const path = args.kind === "entry-point" ? args.path : posix.join(posix.dirname(args.importer), args.path);
            if (!(key(path) in files))
              return {
                errors: [{ text: `${args.path} (from ${args.importer || "entry"}) is not a file of src/laws: the law module imports nothing outside itself` }],
              };
            return { path, namespace: "laws" };
          });
          b.onLoad({ filter: /.*/, namespace: "laws" }, (args) => ({ contents: files[key(args.path)]!, loader: "ts" }));
        },
      },
    ],
  });
  return withJsDoc(result.outputFiles[0]!.text, files);
}
