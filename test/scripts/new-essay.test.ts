/**
 * npm run new:essay scaffolds an essay and its model that work: the model imports and passes
 * defineModel, its values and figure compute and render, and every name the MDX uses resolves.
 * The script writes under NEW_ESSAY_ROOT (a temp dir here) and refuses bad or taken slugs.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import katex from "katex";
import { afterAll, describe, expect, it } from "vitest";
import type { Model } from "../../src/models/define.ts";
import { renderFigureHtml } from "../../src/render/plot.ts";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "new-essay-"));
// The generated model imports ../../laws, ../../lib, ../define.ts, ../figure.ts and @observablehq/plot:
// link the real ones into the temp tree so it resolves exactly as it would in the repository.
mkdirSync(join(root, "src", "models"), { recursive: true });
symlinkSync(join(repo, "node_modules"), join(root, "node_modules"));
for (const dir of ["laws", "lib"]) symlinkSync(join(repo, "src", dir), join(root, "src", dir));
for (const file of ["define.ts", "figure.ts", "params.ts"]) symlinkSync(join(repo, "src", "models", file), join(root, "src", "models", file));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(repo, "scripts", "new-essay.mjs"), ...args], { encoding: "utf8", env: { ...process.env, NEW_ESSAY_ROOT: root } });

describe("npm run new:essay", () => {
  const created = run("data-wall", "--title", "When the data runs out", "--author", "Ada Lovelace");

  it("creates a draft essay with complete frontmatter", () => {
    expect(created.status, created.stderr).toBe(0);
    const mdx = readFileSync(join(root, "content", "essays", "data-wall.mdx"), "utf8");
    const front = /^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]!;
    expect(front).toContain('title: "When the data runs out"');
    expect(front).toMatch(/^summary: ".{20,}"$/m);
    expect(front).toMatch(/^published: \d{4}-\d{2}-\d{2}$/m);
    expect(front).toContain("model: data-wall");
    expect(front).toContain('authors: ["Ada Lovelace"]');
    expect(front).toContain('sources: ["hoffmann2022", "besiroglu2024"]');
    expect(front).toContain("draft: true");
    expect(mdx).toContain("## What this leaves out");
  });

  it("creates a model that imports, validates, computes and renders, and whose names the essay uses", async () => {
    const model = (await import(/* @vite-ignore */ pathToFileURL(join(root, "src", "models", "data-wall", "index.ts")).href)).default as Model;
    expect(model.name).toBe("data-wall");
    expect(model.paramNames).toEqual(["computeFlops"]);
    for (const v of Object.values(model.values)) expect(Number.isFinite(v.compute(model.defaults))).toBe(true);
    const { html, rows } = renderFigureHtml(model, "optimal-size", model.defaults);
    expect(html).toContain("<svg");
    expect(html).not.toContain("⚠"); // Plot draws a warning badge into the figure when it warns
    expect(rows.length).toBeGreaterThan(10);
    expect(model.figures["optimal-size"]!.describe(rows, model.defaults)).toMatch(/parameters/);

    const mdx = readFileSync(join(root, "content", "essays", "data-wall.mdx"), "utf8");
    const names = (component: string) => [...mdx.matchAll(new RegExp(`<${component}\\b[^>]*\\bname="([^"]+)"`, "g"))].map((m) => m[1]);
    expect(names("Param")).toEqual(["computeFlops"]);
    for (const n of names("Param")) expect(model.paramNames).toContain(n);
    for (const n of names("Value")) expect(Object.keys(model.values)).toContain(n);
    for (const n of names("Figure")) expect(Object.keys(model.figures)).toContain(n);
    const tex = /<Equation tex="([^"]+)"/.exec(mdx)![1]!;
    expect(tex).toContain("\\val{optimalParams}");
    // What <Equation> does with \val{}: a text placeholder; the rest must be valid KaTeX.
    expect(() => katex.renderToString(tex.replace(/\\val\{[^}]*\}/g, "\\text{1}"), { throwOnError: true })).not.toThrow();
  });

  it("refuses a slug that already exists, with a message and a non-zero exit", () => {
    const again = run("data-wall");
    expect(again.status).not.toBe(0);
    expect(again.stderr).toMatch(/already exists/);
  });

  it("refuses a slug that is not kebab-case and suggests one", () => {
    for (const bad of ["DataWall", "data_wall", "data--wall", "data-", "data wall", "Ünïcode"]) {
      const result = run(bad);
      expect(result.status, bad).not.toBe(0);
      expect(result.stderr, bad).toMatch(/not a kebab-case slug/);
    }
    expect(run("DataWall").stderr).toContain('try "data-wall"');
  });

  it("refuses to run without a slug", () => {
    const result = run();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/give the essay's slug/);
  });
});
