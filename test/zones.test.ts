/**
 * The zone table (README.md, "Layout by zone") enforced over the import graph: every relative
 * import in src/ (static, dynamic, `?raw`) is an arrow from one zone to another, and each arrow
 * must be allowed. Pure zones stay pure: src/laws imports only itself, src/lib only itself and
 * the law module's leaf grid.ts; models and islands reach the law module through its barrel only;
 * data files (content/data) are read through their one loader, src/data; nothing the browser
 * runs imports build-only code (src/render). `KNOWN` lists arrows that are not fixed yet (none
 * now): the test fails when a new one appears and when a listed one is gone (so the list only shrinks).
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");

export interface Arrow {
  from: string;
  to: string;
}

/** Relative imports of one source file, resolved to repository paths (query strings dropped). */
export function importsOf(file: string, text: string): Arrow[] {
  const out: Arrow[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g)) {
    const spec = m[1]!;
    if (!spec.startsWith(".")) continue;
    out.push({ from: file, to: normalize(join(dirname(file), spec.replace(/\?.*$/, ""))) });
  }
  return out;
}

/** The zone of a repository path: src/<zone>/… or content/data. */
export function zoneOf(path: string): string {
  const parts = path.split("/");
  if (parts[0] === "content") return `content/${parts[1]}`;
  if (parts[0] === "src" && parts.length > 2) return parts[1]!;
  return path; // a file at src/ top level (content.config.ts, changelog.ts, env.d.ts)
}

/** The one law file src/lib may import (past the barrel); it must stay a leaf (see the test below). */
export const LAWS_LEAF = "src/laws/grid.ts";

/** Whether an arrow is allowed by the zone table; a string says why not. */
export function arrowProblem({ from, to }: Arrow): string | undefined {
  const a = zoneOf(from);
  const b = zoneOf(to);
  if (a === b) return undefined;
  const lawsBarrel = to === "src/laws/index.ts";
  if (b === "content/data" && a !== "data") return "data files (content/data) are read through their loader in src/data only";
  switch (a) {
    case "laws":
      return "src/laws imports nothing outside itself";
    case "lib":
      // Only the law module's leaf of grids and rounding: the barrel would put the whole law module
      // in every chunk that downloads a figure (figure-files; +15 KB gzip on /fit/, measured).
      if (b === "laws") return to === LAWS_LEAF ? undefined : `src/lib imports from the law module only its leaf ${LAWS_LEAF}`;
      return `src/lib imports nothing in src but itself and ${LAWS_LEAF}`;
    case "data":
      if (b === "laws") return lawsBarrel ? undefined : "src/data imports the law module through src/laws/index.ts only";
      if (b === "content/data") return undefined;
      return "src/data imports only content/data and the law module's barrel (its parsers)";
    case "models":
      if (b === "laws") return lawsBarrel ? undefined : "models import the law module through src/laws/index.ts only";
      if (b === "lib" || b === "data") return undefined;
      return "models import only src/laws (barrel), src/lib, src/data and @observablehq/plot (not src/draw: models are data and Plot options)";
    case "islands":
      if (b === "laws") return lawsBarrel ? undefined : "islands import the law module through src/laws/index.ts only";
      if (b === "lib" || b === "models" || b === "data" || b === "draw") return undefined;
      return "islands import only src/lib, src/models, src/data, src/draw and the law module's barrel";
    case "draw":
      if (b === "models" || b === "lib") return undefined;
      return "src/draw imports only src/models, src/lib and @observablehq/plot";
    case "render":
      return b === "islands" ? "build code (src/render) does not import browser code (src/islands)" : undefined;
    default:
      return undefined; // components, layouts, pages, styles and top-level files may import anything
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

const arrows = walk(join(root, "src"))
  .filter((f) => /\.(ts|mts|mjs|js|astro)$/.test(f))
  .flatMap((f) => importsOf(relative(root, f), readFileSync(f, "utf8")));

// Arrows the table forbids that are not fixed yet. Empty since issue 20; an entry needs a reason
// and an issue, and the test below fails once its arrow is gone, so the list can only shrink.
const KNOWN = new Set<string>([]);

describe("the zone table holds over the import graph", () => {
  it("reads a real graph (the checks below have arrows to check)", () => {
    expect(arrows.length).toBeGreaterThan(200);
    expect(arrows).toContainEqual({ from: "src/models/transfer/index.ts", to: "src/laws/index.ts" });
    expect(arrows).toContainEqual({ from: "src/data/chinchilla-figure4.ts", to: "content/data/chinchilla-figure4-extracted.csv" });
  });
  it("has no arrow the table forbids, beyond the known ones", () => {
    const bad = arrows.map((a) => ({ key: `${a.from} -> ${a.to}`, why: arrowProblem(a) })).filter((a) => a.why && !KNOWN.has(a.key));
    expect(bad.map((a) => `${a.key}: ${a.why}`)).toEqual([]);
  });
  it("keeps the models free of a DOM: no global document or window (render transforms use the document Plot hands them)", () => {
    const files = walk(join(root, "src", "models")).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.flatMap((f) => {
      const code = readFileSync(f, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/(^|[^:])\/\/.*$/gm, "$1");
      return [...code.matchAll(/(?<![.\w])(document|window|customElements|matchMedia|HTMLElement)\b/g)].map((m) => `${relative(root, f)}: ${m[1]}`);
    });
    expect(offenders).toEqual([]);
    // The check can fail: a global document in a model is caught.
    expect("const svg = document.createElement('svg');".match(/(?<![.\w])(document|window)\b/)).not.toBeNull();
    expect("context.document.createElementNS(ns, 'path')".match(/(?<![.\w])(document|window)\b/)).toBeNull();
  });
  it("keeps the law file src/lib may import a leaf (else src/lib would reach the rest of the law module through it)", () => {
    expect(arrows.filter((a) => a.from === LAWS_LEAF)).toEqual([]);
  });
  it("every known exception still exists (delete the ones you fixed)", () => {
    const keys = new Set(arrows.map((a) => `${a.from} -> ${a.to}`));
    expect([...KNOWN].filter((k) => !keys.has(k))).toEqual([]);
  });
  it("allows what the table allows (the rules are not simply 'no')", () => {
    const allowed: Arrow[] = [
      { from: "src/data/chinchilla-figure4.ts", to: "content/data/chinchilla-figure4-extracted.csv" },
      { from: "src/data/chinchilla-figure4.ts", to: "src/laws/index.ts" },
      { from: "src/models/figure4-data.ts", to: "src/data/chinchilla-figure4.ts" },
      { from: "src/islands/refit.worker.ts", to: "src/data/chinchilla-figure4.ts" },
      { from: "src/components/Refit.astro", to: "src/data/chinchilla-figure4.ts" },
      { from: "src/lib/figure-files.ts", to: "src/laws/grid.ts" },
      { from: "src/render/permalinks.ts", to: "src/models/url-state.ts" },
      { from: "src/render/plot.ts", to: "src/draw/figure.ts" },
      { from: "src/islands/runtime.ts", to: "src/draw/figure.ts" },
      { from: "src/draw/figure.ts", to: "src/models/figure.ts" },
      { from: "src/draw/figure.ts", to: "src/draw/svg-ids.ts" },
    ];
    for (const a of allowed) expect(arrowProblem(a), `${a.from} -> ${a.to}`).toBeUndefined();
  });
  it("fails on a planted back-arrow in each pure zone", () => {
    const planted: Arrow[] = [
      { from: "src/laws/chinchilla.ts", to: "src/lib/format.ts" },
      { from: "src/lib/format.ts", to: "src/models/define.ts" },
      { from: "src/models/transfer/effective-data.ts", to: "src/laws/chinchilla.ts" },
      { from: "src/models/transfer/effective-data.ts", to: "src/render/plot.ts" },
      { from: "src/islands/essay.ts", to: "src/render/plot.ts" },
      { from: "src/render/permalinks.ts", to: "src/islands/essay.ts" },
      // The rules issue 20 added: data files only through src/data; src/data and src/lib reach the laws by the barrel.
      { from: "src/models/figure4-data.ts", to: "content/data/chinchilla-figure4-extracted.csv" },
      { from: "src/islands/refit.worker.ts", to: "content/data/chinchilla-figure4-extracted.csv" },
      { from: "src/components/Refit.astro", to: "content/data/chinchilla-figure4-extracted.csv" },
      { from: "src/render/figure-pages.ts", to: "content/data/chinchilla-figure4-extracted.csv" },
      { from: "src/data/chinchilla-figure4.ts", to: "src/laws/fit/figure4.ts" },
      { from: "src/data/chinchilla-figure4.ts", to: "src/models/figure4-data.ts" },
      { from: "src/data/chinchilla-figure4.ts", to: "src/lib/format.ts" },
      { from: "src/lib/figure-files.ts", to: "src/laws/numeric.ts" },
      { from: "src/lib/figure-files.ts", to: "src/laws/index.ts" },
      { from: "src/lib/figure-files.ts", to: "src/data/chinchilla-figure4.ts" },
      { from: "src/laws/fit/figure4.ts", to: "src/data/chinchilla-figure4.ts" },
      { from: "src/models/numeric.ts", to: "src/laws/numeric.ts" },
      { from: "src/render/permalinks.ts", to: "src/islands/url-state.ts" },
      // Drawing (issue 20): models never import src/draw; src/draw is shared by build and browser, so imports neither.
      { from: "src/models/figure.ts", to: "src/draw/figure.ts" },
      { from: "src/models/fit-figures.ts", to: "src/draw/axes.ts" },
      { from: "src/models/transfer/effective-data.ts", to: "src/draw/figure.ts" },
      { from: "src/draw/figure.ts", to: "src/render/plot.ts" },
      { from: "src/draw/figure.ts", to: "src/islands/runtime.ts" },
      { from: "src/draw/axes.ts", to: "src/laws/chinchilla.ts" },
      { from: "src/lib/format.ts", to: "src/draw/svg-ids.ts" },
      { from: "src/laws/chinchilla.ts", to: "src/draw/figure.ts" },
    ];
    for (const a of planted) expect(arrowProblem(a), `${a.from} -> ${a.to}`).toBeTypeOf("string");
    expect(
      importsOf("src/models/x.ts", 'import a from "../laws/kaplan.ts";\nconst m = await import("../render/plot.ts?raw");').map(arrowProblem).every(Boolean),
    ).toBe(true);
  });
});
