/**
 * Stable SVG ids (src/draw/svg-ids.ts): Plot numbers clip-path and marker ids from a global
 * counter, so a figure's SVG depends on what was drawn before it. After stabiliseIds the same
 * figure renders identically whatever came first, and two figures on a page never share an id.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { stabiliseIds } from "../../src/draw/svg-ids.ts";

const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");

/** A figure with a clip-path and an arrow marker, the two kinds of id Plot generates. */
function arrows(): Element {
  return Plot.plot({
    document: document as unknown as Document,
    width: 320,
    height: 200,
    marks: [
      Plot.link([{ x1: 1, x2: 2, y1: 1, y2: 2 }], { x1: "x1", x2: "x2", y1: "y1", y2: "y2", markerEnd: "arrow", clip: true }),
      Plot.dot([{ x: 1, y: 1 }], { x: "x", y: "y", clip: true }),
    ],
  }) as unknown as Element;
}

function other(): Element {
  return Plot.plot({ document: document as unknown as Document, marks: [Plot.lineY([1, 3, 2], { markerStart: "dot", clip: true })] }) as unknown as Element;
}

const ids = (el: Element) => [...el.querySelectorAll("[id]")].map((e) => e.getAttribute("id"));
const refs = (html: string) => [...html.matchAll(/url\(#([^)]+)\)|href="#([^"]+)"/g)].map((m) => m[1] ?? m[2]);

describe("stabiliseIds", () => {
  it("renders of the same figure after other renders produce identical SVG", () => {
    const first = arrows();
    other();
    other();
    const later = arrows();
    // Precondition: without stabilising, Plot's counter makes them differ (else this test proves nothing).
    expect(first.outerHTML).not.toBe(later.outerHTML);
    stabiliseIds(first, "fig-a");
    stabiliseIds(later, "fig-a");
    expect(later.outerHTML).toBe(first.outerHTML);
    expect(ids(first)).toEqual(expect.arrayContaining(["fig-a-1", "fig-a-2"]));
    expect(first.outerHTML).not.toMatch(/plot-(clip|marker)-\d/);
  });

  it("keeps every reference pointing at an element that exists", () => {
    const el = arrows();
    stabiliseIds(el, "fig");
    const defined = new Set(ids(el));
    const used = refs(el.outerHTML);
    expect(used.length).toBeGreaterThanOrEqual(3); // marker-end and two clip-paths
    for (const id of used) expect(defined, id).toContain(id);
  });

  it("gives two figures on one page distinct ids through their prefixes", () => {
    const a = arrows();
    const b = arrows();
    stabiliseIds(a, "model-one");
    stabiliseIds(b, "model-two");
    const all = [...ids(a), ...ids(b)];
    expect(new Set(all).size).toBe(all.length);
  });

  it("renames by order of appearance, rewrites url(#…) and href=#…, leaves other ids and references alone", () => {
    const { document: doc } = parseHTML(
      `<svg id="plot-root-9"><defs><clipPath id="plot-clip-10"></clipPath><marker id="plot-marker-1"></marker><g id="legend"></g><clipPath id="plot-clip-1"></clipPath></defs>` +
        `<path clip-path="url(#plot-clip-10)" marker-end="url(#plot-marker-1)"></path><path clip-path="url(#plot-clip-1)"></path>` +
        `<use href="#plot-marker-1"></use><use href="#legend"></use><path clip-path="url(#plot-elsewhere-3)"></path></svg>`,
    );
    const svg = doc.querySelector("svg") as unknown as Element;
    stabiliseIds(svg, "f");
    expect(svg.getAttribute("id")).toBe("f-1");
    expect(ids(svg)).toEqual(["f-2", "f-3", "legend", "f-4"]);
    const html = svg.outerHTML;
    expect(html).toContain('clip-path="url(#f-2)"');
    expect(html).toContain('marker-end="url(#f-3)"');
    expect(html).toContain('href="#f-3"');
    expect(html).toContain('href="#legend"');
    // A reference to an id not in this figure is not invented into one.
    expect(html).toContain("url(#plot-elsewhere-3)");
    // plot-clip-1 and plot-clip-10 are different ids: neither reference is rewritten as the other.
    expect(html).toContain('clip-path="url(#f-4)"');
    expect(html.match(/url\(#f-2\)/g)).toHaveLength(1);
  });

  it("does nothing to an SVG without Plot ids", () => {
    const { document: doc } = parseHTML(`<svg><g id="a"></g><path fill="url(#a)"></path></svg>`);
    const svg = doc.querySelector("svg") as unknown as Element;
    const before = svg.outerHTML;
    stabiliseIds(svg, "f");
    expect(svg.outerHTML).toBe(before);
  });
});
