import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { besiroglu2024, besiroglu2024GridFit, bootstrapChinchilla, createRandom, parseChinchillaFigure4, selectBesiroglu240 } from "../../../src/laws/index.ts";

const csv = readFileSync(new URL("../../../content/data/chinchilla-figure4-extracted.csv", import.meta.url), "utf8");
const points = selectBesiroglu240(parseChinchillaFigure4(csv));
const KEYS = ["E", "A", "B", "alpha", "beta"] as const;

describe("bootstrapChinchilla (arXiv 2404.10102 §3: resample, refit from the full-data optimum, percentiles)", () => {
  const progress: number[] = [];
  const run = () => bootstrapChinchilla(points, { resamples: 200, random: createRandom(42), start: besiroglu2024GridFit, onProgress: (f) => progress.push(f) });
  const boot = run();
  it("is reproducible from the seed", () => {
    const again = bootstrapChinchilla(points, { resamples: 200, random: createRandom(42), start: besiroglu2024GridFit });
    expect(again.intervals).toEqual(boot.intervals);
    expect(again.samples).toEqual(boot.samples);
  });
  it("refits every resample to convergence and orders each interval around its median", () => {
    expect(boot.samples).toHaveLength(200);
    expect(boot.converged).toBe(200);
    for (const k of KEYS) {
      expect(boot.intervals[k][0]).toBeLessThan(boot.median[k]);
      expect(boot.median[k]).toBeLessThan(boot.intervals[k][1]);
    }
  });
  it("overlaps the paper's 4000-resample 95% intervals for every parameter, and contains the α, β, E point estimates", () => {
    // 200 resamples estimate the 2.5/97.5 percentiles with a few % error; overlap and containment are robust to that.
    for (const k of KEYS) {
      const [lo, hi] = boot.intervals[k];
      const [plo, phi] = besiroglu2024.intervals95[k];
      expect(lo).toBeLessThan(phi);
      expect(hi).toBeGreaterThan(plo);
    }
    for (const k of ["E", "alpha", "beta"] as const) {
      expect(boot.intervals[k][0]).toBeLessThan(besiroglu2024GridFit[k]);
      expect(boot.intervals[k][1]).toBeGreaterThan(besiroglu2024GridFit[k]);
    }
  });
  it("reports progress ending at 1 and honours the confidence level", () => {
    expect(progress.at(-1)).toBe(1);
    const narrow = bootstrapChinchilla(points, { resamples: 50, random: createRandom(42), start: besiroglu2024GridFit, confidence: 0.5 });
    const wide = bootstrapChinchilla(points, { resamples: 50, random: createRandom(42), start: besiroglu2024GridFit, confidence: 0.99 });
    expect(narrow.intervals.alpha[1] - narrow.intervals.alpha[0]).toBeLessThan(wide.intervals.alpha[1] - wide.intervals.alpha[0]);
  });
  it("rejects bad options", () => {
    expect(() => bootstrapChinchilla(points, { resamples: 1, random: createRandom(1) })).toThrow(
      new RangeError("invalid resamples: 1 (must be an integer in [2, 9007199254740991])"),
    );
    expect(() => bootstrapChinchilla(points, { resamples: 10, random: 0.5 as never })).toThrow(TypeError);
    expect(() => bootstrapChinchilla(points, { resamples: 10, random: createRandom(1), confidence: 1 })).toThrow(
      new RangeError("invalid confidence: 1 (must be in (0, 1))"),
    );
    expect(() => bootstrapChinchilla(points, { resamples: 10, random: createRandom(1), onProgress: "x" as never })).toThrow(TypeError);
    expect(() => bootstrapChinchilla(points, { resamples: 10, random: createRandom(1), seed: 1 } as never)).toThrow(TypeError);
  });
  it("defaults its start to the full-grid fit of all points", () => {
    const small = points.filter((_, i) => i % 8 === 0); // 30 points keep the default full-grid start quick
    const b = bootstrapChinchilla(small, { resamples: 5, random: createRandom(3), maxIterations: 200 });
    expect(b.start.alpha).toBeGreaterThan(0);
    expect(b.samples).toHaveLength(5);
  }, 120_000);
});
