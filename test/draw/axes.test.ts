// Axis reuse (src/draw/axes.ts) must draw exactly what Plot draws: every figure, both widths,
// through a sequence of states like a reader's (steps up and down, jumps, back to the defaults),
// compared with a plain Plot.plot of the same options.
import fc from "fast-check";
import { parseHTML } from "linkedom";
import * as Plot from "@observablehq/plot";
import { describe, expect, it } from "vitest";
import { models } from "../../src/models/index.ts";
import type { Model, Params } from "../../src/models/define.ts";
import { plotFigure } from "../../src/draw/figure.ts";
import { FIGURE_WIDTH, NARROW_WIDTH } from "../../src/models/figure.ts";
import { stepParam } from "../../src/models/params.ts";
import { axisReuse, plotReusingAxes } from "../../src/draw/axes.ts";
import { inRangeState } from "../models/helpers.ts";

const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>") as unknown as { document: Document };

/** A reader's path through a figure's parameters: each one stepped up, up, down; a few jumps; the defaults again. */
function path(model: Model, uses: readonly string[]): Params[] {
  const states: Params[] = [model.defaults];
  let current = model.defaults;
  for (const name of uses) {
    const spec = model.params[name]!;
    for (const dir of [1, 1, -1] as const) {
      current = { ...current, [name]: stepParam(spec, current[name]!, dir) };
      states.push(current);
    }
  }
  states.push(...fc.sample(inRangeState(model), { numRuns: 3, seed: 7 }), model.defaults);
  return states;
}

describe("axis reuse draws what Plot draws", () => {
  for (const model of Object.values(models) as Model[]) {
    for (const [name, spec] of Object.entries(model.figures)) {
      it(`${model.name}/${name}`, () => {
        const uses = spec.uses ?? model.paramNames;
        for (const width of [FIGURE_WIDTH, NARROW_WIDTH]) {
          const idPrefix = `test-${model.name}-${name}-${width}`;
          for (const params of path(model, uses)) {
            const rows = spec.compute(params);
            const plain = plotFigure(spec, rows, params, { interactive: true, width, idPrefix, document }).outerHTML;
            const reused = plotFigure(spec, rows, params, { interactive: true, width, idPrefix, document, reuseAxes: true }).outerHTML;
            expect(reused, `${JSON.stringify(params)} at ${width}`).toBe(plain);
          }
        }
      });
    }
  }

  it("reuses the axes on most redraws of the figures whose scales stay put", () => {
    const before = { ...axisReuse };
    const model = models.replication as Model;
    const spec = model.figures["extracted-data"]!;
    const param = model.params.excludeHighest!;
    let params = model.defaults;
    for (let i = 0; i < 6; i++) {
      params = { ...params, excludeHighest: stepParam(param, params.excludeHighest!, i < 3 ? 1 : -1) };
      plotFigure(spec, spec.compute(params), params, { interactive: true, width: FIGURE_WIDTH, idPrefix: "test-hits", document, reuseAxes: true });
    }
    // The first draw has nothing to reuse; the other five do.
    expect(axisReuse.full - before.full).toBe(1);
    expect(axisReuse.hits - before.hits).toBe(5);
  });
});

describe("axis reuse redraws the axes when what they are drawn from changes", () => {
  const options = (domain: [number, number], format: (d: number) => string, extra: object = {}) => ({
    width: 400,
    height: 200,
    document,
    x: { type: "log", domain: [1, 1000], label: "x →" },
    y: { domain, label: "↑ y", grid: true, tickFormat: format },
    marks: [Plot.dot([{ x: 10, y: 1 }], { x: "x", y: "y" })],
    ...extra,
  });
  const plain = (o: object) => (Plot.plot(o as Plot.PlotOptions) as unknown as Element).outerHTML;
  const reused = (o: object, slot: string) => plotReusingAxes(o as Plot.PlotOptions, slot).outerHTML;

  it("a tick format that reads a parameter", () => {
    for (const unit of ["m", "km", "m"]) {
      const o = options([0, 2], (d) => `${d} ${unit}`);
      expect(reused(o, "format")).toBe(plain(o));
    }
    expect(plain(options([0, 2], (d) => `${d} km`))).toContain("2 km");
  });

  it("a domain that moves, a label that changes, a new size", () => {
    const f = (d: number) => String(d);
    const cases = [
      options([0, 2], f),
      options([0, 3], f),
      options([0, 3], f, { y: { domain: [0, 3], label: "↑ other", grid: true } }),
      options([0, 3], f, { width: 500 }),
      options([0, 2], f),
    ];
    const before = { ...axisReuse };
    for (const o of cases) expect(reused(o, "moves")).toBe(plain(o));
    // Each change draws the axes anew; the last case is the first one again, whose axes are kept.
    expect(axisReuse.full - before.full).toBe(cases.length - 1);
    expect(axisReuse.hits - before.hits).toBe(1);
  });

  it("a tick format that becomes a function, or stops being one", () => {
    const before = { ...axisReuse };
    const cases = [options([0, 2], undefined as never), options([0, 2], (d) => `${d}!`), options([0, 2], (d) => `${d}?`), options([0, 2], undefined as never)];
    for (const o of cases) expect(reused(o, "becomes")).toBe(plain(o));
    // Three different sets of labels; the fourth is the first again.
    expect(axisReuse.full - before.full).toBe(3);
    expect(axisReuse.hits - before.hits).toBe(1);
  });

  it("a reader stepping back and forth across a domain boundary reuses both sets of axes", () => {
    const f = (d: number) => String(d);
    const before = { ...axisReuse };
    for (let i = 0; i < 6; i++) {
      // The same explicit domain, data either side of a boundary Plot's scale follows (no domain on x).
      const o = {
        ...options([0, 2], f),
        x: { type: "log", label: "x →" },
        marks: [
          Plot.dot(
            [
              { x: 10, y: 1 },
              { x: i % 2 ? 1000 : 100, y: 1 },
            ],
            { x: "x", y: "y" },
          ),
        ],
      };
      expect(reused(o, "back-and-forth")).toBe(plain(o));
    }
    expect(axisReuse.full - before.full).toBe(2);
    expect(axisReuse.hits - before.hits).toBe(4);
  });

  it("leaves what it does not model to Plot", () => {
    const o = { ...options([0, 2], String), facet: { data: [{ k: "a" }], x: "k" } };
    const before = { ...axisReuse };
    expect(reused(o, "facet")).toBe(plain(o));
    expect(axisReuse).toEqual(before);
  });
});
