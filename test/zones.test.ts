/**
 * The zone table (README.md, "Layout by zone") enforced over the import graph: every relative
 * import in src/ (static, dynamic, `?raw`) is an arrow from one zone to another, and each arrow
 * must be allowed. Pure zones stay pure: src/laws imports only itself, src/lib only itself;
 * models and islands reach the law module through its barrel only; nothing the browser runs
 * imports build-only code (src/render). `KNOWN` lists arrows the review found that are not fixed
 * yet: the test fails when a new one appears and when a listed one is gone (so the list only shrinks).
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

/** Whether an arrow is allowed by the zone table; a string says why not. */
export function arrowProblem({ from, to }: Arrow): string | undefined {
  const a = zoneOf(from);
  const b = zoneOf(to);
  if (a === b) return undefined;
  const lawsBarrel = to === "src/laws/index.ts";
  switch (a) {
    case "laws":
      return "src/laws imports nothing outside itself";
    case "lib":
      return "src/lib imports nothing in src but itself";
    case "models":
      if (b === "laws") return lawsBarrel ? undefined : "models import the law module through src/laws/index.ts only";
      if (b === "lib") return undefined;
      return "models import only src/laws (barrel), src/lib and @observablehq/plot";
    case "islands":
      if (b === "laws") return lawsBarrel ? undefined : "islands import the law module through src/laws/index.ts only";
      if (b === "lib" || b === "models") return undefined;
      return "islands import only src/lib, src/models and the law module's barrel";
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

// Found by the code review of issue 20 and not fixed yet. Remove a line when its arrow is gone.
const KNOWN = new Set([
  "src/models/numeric.ts -> src/laws/numeric.ts",
  "src/models/figure4-data.ts -> content/data/chinchilla-figure4-extracted.csv",
  "src/islands/refit.worker.ts -> content/data/chinchilla-figure4-extracted.csv",
  "src/render/permalinks.ts -> src/islands/url-state.ts",
]);

describe("the zone table holds over the import graph", () => {
  it("reads a real graph (the checks below have arrows to check)", () => {
    expect(arrows.length).toBeGreaterThan(200);
    expect(arrows).toContainEqual({ from: "src/models/transfer/index.ts", to: "src/laws/index.ts" });
  });
  it("has no arrow the table forbids, beyond the known ones", () => {
    const bad = arrows.map((a) => ({ key: `${a.from} -> ${a.to}`, why: arrowProblem(a) })).filter((a) => a.why && !KNOWN.has(a.key));
    expect(bad.map((a) => `${a.key}: ${a.why}`)).toEqual([]);
  });
  it("every known exception still exists (delete the ones you fixed)", () => {
    const keys = new Set(arrows.map((a) => `${a.from} -> ${a.to}`));
    expect([...KNOWN].filter((k) => !keys.has(k))).toEqual([]);
  });
  it("fails on a planted back-arrow in each pure zone", () => {
    const planted: Arrow[] = [
      { from: "src/laws/chinchilla.ts", to: "src/lib/format.ts" },
      { from: "src/lib/format.ts", to: "src/models/define.ts" },
      { from: "src/models/transfer/effective-data.ts", to: "src/laws/chinchilla.ts" },
      { from: "src/models/transfer/effective-data.ts", to: "src/render/plot.ts" },
      { from: "src/islands/essay.ts", to: "src/render/plot.ts" },
      { from: "src/render/permalinks.ts", to: "src/islands/essay.ts" },
    ];
    for (const a of planted) expect(arrowProblem(a), `${a.from} -> ${a.to}`).toBeTypeOf("string");
    expect(
      importsOf("src/models/x.ts", 'import a from "../laws/kaplan.ts";\nconst m = await import("../render/plot.ts?raw");').map(arrowProblem).every(Boolean),
    ).toBe(true);
  });
});
