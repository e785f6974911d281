/**
 * Citable figures in the built site: every figure has a page, an embed and static files; every
 * BibTeX parses with a real parser and carries the version and a URL; /version.json is valid.
 */
import { readFileSync } from "node:fs";
import { entries as parseBibtex } from "bibtex-parse";
import { describe, expect, it } from "vitest";
import { models } from "../../src/models/index.ts";
import { changelog } from "../../src/changelog.ts";
import pkg from "../../package.json" with { type: "json" };
import { htmlPages, readPage, readText } from "./html.ts";
import { publishedModelNames } from "./collection.ts";

const version = () => JSON.parse(readText("version.json")) as { version: string; semver: string; commit: string; built: string; site: string };
const published = await publishedModelNames();
const figures = Object.values(models)
  .filter((model) => published.has(model.name))
  .flatMap((model) => Object.keys(model.figures).map((figure) => ({ model, figure })));

describe("figure pages", () => {
  it("lists every figure on /figures/ with a thumbnail and a link", () => {
    const index = readPage("/figures/");
    const links = [...index.querySelectorAll(".figure-index a[href*='/figures/']")].map((a) => a.getAttribute("href"));
    for (const { model, figure } of figures) expect(links, `${model.name}/${figure}`).toContain(`/figures/${model.name}/${figure}/`);
    // Thumbnails are files, one per theme, with their size given (no layout shift); each is the figure's SVG.
    for (const { model, figure } of figures) {
      for (const theme of ["light", "dark"]) {
        const img = index.querySelector(`.figure-index img.thumb-${theme}[src="/figures/thumbs/${model.name}--${figure}--${theme}.svg"]`);
        expect(img, `${model.name}/${figure} ${theme} thumbnail`).not.toBeNull();
        expect(Number(img!.getAttribute("width"))).toBeGreaterThan(0);
        expect(img!.getAttribute("loading")).toBe("lazy");
        const svg = readText(`/figures/thumbs/${model.name}--${figure}--${theme}.svg`);
        expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(svg, "colours resolved: an image cannot read the page's CSS variables").not.toMatch(/var\(--/);
      }
    }
  });

  it.each(figures.map((f) => [`${f.model.name}/${f.figure}`, f] as const))(
    "%s has a page, an embed, static files and parameters as controls",
    (_, { model, figure }) => {
      const page = readPage(`/figures/${model.name}/${figure}/`);
      const spec = model.figures[figure]!;
      expect(page.querySelector("h1")?.textContent).toBe(spec.title);
      expect(page.querySelector("figure.law-figure .figure-plot svg")).not.toBeNull();
      expect(page.querySelector(".figure-description-text")?.textContent?.length).toBeGreaterThan(20);
      for (const name of spec.uses ?? model.paramNames) expect(page.querySelector(`law-param[name="${name}"]`), name).not.toBeNull();
      if (spec.formula) expect(page.querySelector("#formula + .equation .katex")).not.toBeNull();
      // "The code behind this figure" opens the figure's own file, and the model's index beside it.
      expect(page.querySelector(`a[href="/source/src/models/${model.name}/${figure}.ts"]`)).not.toBeNull();
      expect(page.querySelector(`a[href="/source/src/models/${model.name}/index.ts"]`)).not.toBeNull();
      expect(readPage(`/figures/${model.name}/${figure}/embed/`).querySelector("figure.law-figure svg")).not.toBeNull();
      const csv = readText(`figures/${model.name}/${figure}/figure.csv`);
      expect(csv).toContain(`# version: ${version().version}`);
      const json = JSON.parse(readText(`figures/${model.name}/${figure}/figure.json`));
      expect(json.version).toBe(version().version);
      expect(json.rows.length).toBe(spec.compute(model.defaults).length);
      const svg = readText(`figures/${model.name}/${figure}/figure.svg`);
      expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain("<metadata");
      expect(svg).not.toMatch(/var\(--/); // colours resolved
      expect(readText(`source/src/models/${model.name}/index.ts`)).toContain(`name: "${model.name}"`);
      // The figure's file holds this figure alone: one defineFigure, its title and no other figure's.
      const own = readText(`source/src/models/${model.name}/${figure}.ts`);
      expect(own.match(/export default defineFigure\b/g)).toHaveLength(1);
      expect(own).toContain(JSON.stringify(spec.title));
      for (const [other, o] of Object.entries(model.figures))
        if (other !== figure && o.title !== spec.title) expect(own, other).not.toContain(JSON.stringify(o.title));
    },
  );
});

describe("citations", () => {
  it("every BibTeX on every page parses and carries the version and a URL that names the figure", () => {
    let count = 0;
    for (const file of htmlPages()) {
      for (const pre of readPage(file).querySelectorAll("pre.cite-bibtex")) {
        const parsed = parseBibtex(pre.textContent ?? "");
        expect(parsed, file).toHaveLength(1);
        const entry = parsed[0] as Record<string, string>;
        expect(entry.type).toBe("misc");
        expect(entry.VERSION).toBe(version().version);
        expect(entry.URL).toMatch(/^https?:\/\/[^/]+\/figures\/[a-z0-9-]+\/[a-z0-9-]+\/\?(.*&)?v=/);
        expect(entry.TITLE?.length).toBeGreaterThan(3);
        expect(entry.URLDATE).toBe(version().built);
        count++;
      }
    }
    expect(count).toBeGreaterThanOrEqual(figures.length * 2); // essays and figure pages
  });

  it("serves a valid /version.json and a changelog entry for this version", () => {
    const v = version();
    expect(v.semver).toBe(pkg.version);
    expect(v.commit).toMatch(/^([0-9a-f]{7,12}|dev)$/);
    expect(v.built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(changelog[0]!.version).toBe(pkg.version);
    expect(readPage("/changelog/").querySelector(`#v-${pkg.version.replace(/\./g, "\\.")}`)).not.toBeNull();
  });

  it("ships a CITATION.cff with the package version", () => {
    const cff = readFileSync(new URL("../../CITATION.cff", import.meta.url), "utf8");
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toMatch(new RegExp(`^version: ${pkg.version.replace(/\./g, "\\.")}$`, "m"));
  });
});
