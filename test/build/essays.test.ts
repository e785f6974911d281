/**
 * Every essay's numbers, figures and references are in the static HTML (JavaScript off), and
 * every number equals what its model computes at the defaults.
 */
import { describe, expect, it } from "vitest";
import { models } from "../../src/models/index.ts";
import { sources } from "../../src/laws/index.ts";
import { formatNumber } from "../../src/lib/format.ts";
import { formatParam } from "../../src/models/define.ts";
import { getCollection } from "./collection.ts";
import { readPage } from "./html.ts";

const essays = await getCollection();

describe.each(essays.filter((e) => e.model))("essay $id", (essay) => {
  const model = models[essay.model!]!;
  const doc = () => readPage(`/essays/${essay.id}/`);

  it("shows every <Value> as its model computes it at the defaults", () => {
    const values = [...doc().querySelectorAll("law-value")];
    expect(values.length).toBeGreaterThan(0);
    for (const el of values) {
      const name = el.getAttribute("name")!;
      const spec = model.values[name];
      const expected = spec ? formatNumber(spec.compute(model.defaults), spec.format) : formatParam(model.params[name]!, model.defaults[name]!);
      expect(el.textContent, name).toBe(expected);
    }
  });

  it("marks every computed value inside an <Equation>'s MathML as its model computes it", () => {
    for (const el of doc().querySelectorAll("[data-law-value]")) {
      const name = el.getAttribute("data-law-value")!;
      const spec = model.values[name];
      const expected = spec ? formatNumber(spec.compute(model.defaults), spec.format) : formatNumber(model.defaults[name]!, model.params[name]!.format);
      expect(el.tagName.toLowerCase(), name).toBe("mtext");
      expect(el.closest(".katex")?.getAttribute("data-tex"), name).toContain(`\\text{${expected}}`);
      expect(el.textContent, name).toBe(expected);
    }
  });

  it("renders every <Param> as an accessible slider at its default", () => {
    const params = [...doc().querySelectorAll("law-param")];
    expect(params.length).toBeGreaterThan(0);
    for (const el of params) {
      const name = el.getAttribute("name")!;
      const spec = model.params[name]!;
      expect(el.getAttribute("role")).toBe("slider");
      expect(Number(el.getAttribute("aria-valuenow"))).toBe(spec.default);
      expect(Number(el.getAttribute("aria-valuemin"))).toBe(spec.min);
      expect(Number(el.getAttribute("aria-valuemax"))).toBe(spec.max);
      expect(el.getAttribute("aria-valuetext")).toBeTruthy();
      expect(el.getAttribute("aria-label")).toBe(spec.label);
      expect(el.textContent).toBe(formatParam(spec, spec.default));
    }
  });

  it("has every figure's SVG, caption and description, and its data table one link away, without JavaScript", () => {
    const figures = [...doc().querySelectorAll("figure.law-figure")];
    expect(figures.length).toBeGreaterThan(0);
    figures.forEach((figure, i) => {
      const name = figure.getAttribute("data-figure")!;
      const spec = model.figures[name]!;
      expect(spec, name).toBeTruthy();
      expect(figure.querySelector(".figure-plot svg"), name).not.toBeNull();
      expect(figure.querySelector(".figure-number")?.textContent).toBe(`Figure ${i + 1}.`);
      expect(figure.querySelector(".figure-title")?.textContent).toBe(`${spec.title}.`);
      const rows = spec.compute(model.defaults);
      expect(figure.querySelector(".figure-description-text")?.textContent).toBe(spec.describe(rows, model.defaults));
      // The data table is on the figure page, open, and the essay links straight to it.
      expect(figure.querySelector("table"), `${name}: no table repeated in the essay`).toBeNull();
      const link = figure.querySelector("a.figure-data-link");
      expect(link?.getAttribute("href"), name).toBe(`/figures/${model.name}/${name}/#data`);
      expect(link?.textContent).toBe(`Data table (${rows.length} rows) and figure page`);
      const data = readPage(`/figures/${model.name}/${name}/`).getElementById("data")!;
      expect(data.tagName.toLowerCase(), name).toBe("details");
      expect(data.hasAttribute("open"), `${name}: the figure page's table is open`).toBe(true);
      expect(data.querySelectorAll("tbody tr").length).toBe(rows.length);
      expect(data.querySelectorAll("thead th").length).toBe(spec.columns.length);
      expect(figure.innerHTML).not.toMatch(/NaN|Infinity|undefined/);
    });
  });

  it("lists the frontmatter sources as references with links", () => {
    const refs = [...doc().querySelectorAll(".references li")];
    expect(refs.map((r) => r.id)).toEqual(essay.sources.map((id) => `ref-${id}`));
    for (const id of essay.sources) expect(sources[id as keyof typeof sources], id).toBeTruthy();
    for (const r of refs) expect(r.querySelector("a[href^='http']"), r.id).not.toBeNull();
  });

  it("prints no NaN, Infinity or undefined anywhere in the article", () => {
    expect(doc().querySelector("article")!.textContent).not.toMatch(/\bNaN\b|Infinity|\bundefined\b/);
  });
});
