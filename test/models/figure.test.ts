import { describe, expect, it } from "vitest";
import * as Plot from "@observablehq/plot";
import { decadeTicks, decades, rectsAsPaths, snapLogDomain } from "../../src/models/figure.ts";
import { parseHTML } from "linkedom";

describe("log-axis ticks", () => {
  it("decadeTicks stay inside the domain, with 2× and 5× ticks on a short axis", () => {
    for (const t of decadeTicks([3, 4e9])) expect(t >= 3 && t <= 4e9).toBe(true);
    expect(decadeTicks([50, 2000])).toEqual([50, 100, 200, 500, 1000, 2000]);
  });

  it("decades lists the powers of ten inside [lo, hi], ends included", () => {
    expect(decades(1e-2, 10)).toEqual([10 ** -2, 10 ** -1, 1, 10]);
    expect(decades(3, 4e3)).toEqual([10, 100, 1000]);
  });
});

describe("snapLogDomain", () => {
  it("widens to whole quarter-decades outside the data, and keeps bounds already on them", () => {
    const [lo, hi] = snapLogDomain(3.7e4, 8.1e8);
    expect(Math.log10(lo)).toBeCloseTo(4.5, 12);
    expect(Math.log10(hi)).toBeCloseTo(9, 12);
    expect(snapLogDomain(100, 1e5)).toEqual([100, 1e5]);
    // Floating point: 0.3 / 3 is 0.09999999999999999, which is 10⁻¹ and not 10^-1.25.
    expect(snapLogDomain(0.3 / 3, 1.5)[0]).toBeCloseTo(0.1, 12);
  });

  it("a small move in the data leaves the domain as it was", () => {
    expect(snapLogDomain(3.7e4 * 1.1, 8.1e8 * 1.1)).toEqual(snapLogDomain(3.7e4, 8.1e8));
  });
});

describe("rectsAsPaths", () => {
  // A histogram in two facets and two colours, with an empty bin: Plot's own <rect>s are the reference.
  const rows = [
    { lo: 0, hi: 1, count: 3, set: "a", key: "p" },
    { lo: 1, hi: 2, count: 0, set: "a", key: "p" },
    { lo: 2, hi: 3, count: 5, set: "a", key: "p" },
    { lo: 0, hi: 1, count: 2, set: "b", key: "q" },
    { lo: 1, hi: 2, count: 4, set: "b", key: "q" },
  ];
  const draw = (render?: ReturnType<typeof rectsAsPaths>) =>
    Plot.plot({
      document: parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document,
      width: 400,
      height: 300,
      fy: { domain: ["a", "b"] },
      color: { domain: ["p", "q"], range: ["red", "blue"] },
      marks: [Plot.rectY(rows, { x1: "lo", x2: "hi", y: "count", fy: "set", fill: "key", inset: 0.5, ...(render ? { render } : {}) })],
    }) as unknown as Element;

  it("draws the same rectangles as Plot, as one path per colour per facet, leaving out empty bins", () => {
    const plain = draw();
    const rects = [...plain.querySelectorAll("rect")].filter((r) => Number(r.getAttribute("height")) > 0);
    expect(rects.length).toBe(4);
    const asPaths = draw(rectsAsPaths(0.5));
    expect(asPaths.querySelectorAll("rect").length).toBe(0);
    const paths = [...asPaths.querySelectorAll("path[d^='M']")].filter((p) => p.getAttribute("fill"));
    expect(paths.map((p) => p.getAttribute("fill")).sort()).toEqual(["blue", "red"]);
    // Each rect of Plot's, in facet coordinates, is one subpath M x,y h w v h h -w z.
    const fromPaths = paths.flatMap((p) =>
      [...p.getAttribute("d")!.matchAll(/M([-\d.]+),([-\d.]+)h([-\d.]+)v([-\d.]+)h[-\d.]+z/g)].map((m) => [m[1], m[2], m[3], m[4]].map(Number)),
    );
    const fromRects = rects.map((r) => ["x", "y", "width", "height"].map((a) => Number(r.getAttribute(a))));
    const key = (b: number[]) => b.map((v) => v.toFixed(1)).join(",");
    expect(fromPaths.map(key).sort()).toEqual(fromRects.map(key).sort());
  });
});
