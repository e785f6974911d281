import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  chinchillaAllocationExponents,
  chinchillaLoss,
  chinchillaOptimal,
  fitChinchillaApproach2,
  hoffmann2022Unrounded,
  parseChinchillaFigure4,
} from "../../../src/laws/index.ts";

/** Runs on exact parabolas whose minima lie on N_opt = k·C^a (so Approach 2 must return a, k exactly). */
function parabolaRuns(a: number, k: number, budgets: number[], sizes = 5) {
  const runs: { params: number; tokens: number; loss: number; flops: number }[] = [];
  for (const flops of budgets) {
    const opt = k * flops ** a;
    for (let j = 0; j < sizes; j++) {
      const x = ((2 * j) / (sizes - 1) - 1) * Math.log(4); // ln N − ln N_opt in [−ln 4, ln 4]
      const params = opt * Math.exp(x);
      runs.push({ params, tokens: flops / (6 * params), loss: 2 + 10 / Math.log(flops) + 0.05 * x * x, flops });
    }
  }
  return runs;
}

describe("fitChinchillaApproach2 (arXiv 2203.15556 §3.2: isoFLOP parabolas, then power laws)", () => {
  it("recovers the exponent and coefficient of minima that lie exactly on a power law", () => {
    const fit = fitChinchillaApproach2(parabolaRuns(0.49, 0.1, [1e18, 1e19, 1e20, 1e21]));
    expect(fit.ok).toBe(true);
    expect(fit.used).toBe(4);
    // Exact data: only rounding error (a few ulps through logs and a 3×3 solve).
    expect(fit.a).toBeCloseTo(0.49, 10);
    expect(fit.b).toBeCloseTo(0.51, 10); // D_opt = C/(6 N_opt) ∝ C^(1−a)
    expect(fit.paramsCoefficient / 0.1 - 1).toBeLessThan(1e-8);
    for (const g of fit.groups) expect(g.optimum!.params / (0.1 * g.flops ** 0.49) - 1).toBeLessThan(1e-9);
  });

  it("on noise-free Chinchilla isoFLOP curves lands near the parametric allocation β/(α+β) (parabolas are an approximation)", () => {
    const truth = hoffmann2022Unrounded;
    const runs = [1e18, 1e19, 1e20, 1e21, 1e22].flatMap((flops) => {
      const center = chinchillaOptimal({ flops }, truth).params;
      return Array.from({ length: 9 }, (_, j) => {
        const params = center * 4 ** ((2 * j) / 8 - 1);
        const tokens = flops / (6 * params);
        return { params, tokens, loss: chinchillaLoss({ params, tokens }, truth) };
      });
    });
    const fit = fitChinchillaApproach2(runs);
    // A parabola in ln N misplaces the minimum of the asymmetric curve by a few % of N_opt at
    // each budget, nearly the same factor at every budget, so the exponent is close: 0.01.
    expect(Math.abs(fit.a - chinchillaAllocationExponents(truth).a)).toBeLessThan(0.01);
    expect(fit.a + fit.b).toBeCloseTo(1, 10);
  });

  it("refuses budgets it cannot use, with a reason each, and never throws for them", () => {
    const runs = [
      ...parabolaRuns(0.5, 0.1, [1e19], 5),
      { params: 1e8, tokens: 1e9, loss: 3, flops: 1e21 },
      { params: 2e8, tokens: 5e8, loss: 3.1, flops: 1e21 }, // two sizes
      // Concave: loss highest in the middle.
      { params: 1e8, tokens: 1.67e11, loss: 2.0, flops: 1e23 },
      { params: 1e9, tokens: 1.67e10, loss: 2.5, flops: 1e23 },
      { params: 1e10, tokens: 1.67e9, loss: 2.0, flops: 1e23 },
      // Minimum beyond the largest size: loss still falling.
      { params: 1e8, tokens: 1.67e13, loss: 3.0, flops: 1e25 },
      { params: 1e9, tokens: 1.67e12, loss: 2.5, flops: 1e25 },
      { params: 1e10, tokens: 1.67e11, loss: 2.2, flops: 1e25 },
    ];
    const fit = fitChinchillaApproach2(runs);
    expect(fit.ok).toBe(false);
    expect(fit.used).toBe(1);
    expect(fit.reason).toMatch(/1 budget with a usable minimum/);
    expect(fit.groups.map((g) => g.reason ?? "used")).toEqual([
      "used",
      "2 model sizes (a parabola needs 3)",
      "loss does not curve upwards (no minimum)",
      "its minimum lies outside the sampled sizes (extrapolated)",
    ]);
    expect(fitChinchillaApproach2(runs, { allowExtrapolation: true }).used).toBe(2);
  });

  it("groups budgets read off a plot (a few % apart) but not a continuum of budgets", () => {
    const jittered = parabolaRuns(0.5, 0.1, [1e19, 1e20, 1e21]).map((r, i) => ({ ...r, flops: r.flops * (1 + 0.03 * Math.sin(i)) }));
    expect(fitChinchillaApproach2(jittered).groups).toHaveLength(3);
    // Epoch's Figure 4 points: some budgets form tight isoFLOP groups, others run into each other
    // (read off the plot); the latter are refused, and every used group spans ≤ 0.15 decades.
    const figure4 = parseChinchillaFigure4(readFileSync(new URL("../../../content/data/chinchilla-figure4-extracted.csv", import.meta.url), "utf8"));
    const fit = fitChinchillaApproach2(figure4);
    expect(fit.groups.some((g) => /no gap between them/.test(g.reason ?? ""))).toBe(true);
    for (const g of fit.groups.filter((x) => x.used)) {
      const logs = g.members.map((i) => Math.log10(figure4[i]!.flops));
      expect(Math.max(...logs) - Math.min(...logs)).toBeLessThanOrEqual(0.15);
    }
  });

  it("defaults FLOPs to 6ND and rejects bad input with the law module's messages", () => {
    const runs = parabolaRuns(0.5, 0.1, [1e19, 1e20]).map(({ params, tokens, loss }) => ({ params, tokens, loss }));
    expect(fitChinchillaApproach2(runs).a).toBeCloseTo(0.5, 8);
    expect(() => fitChinchillaApproach2([{ params: -1, tokens: 1, loss: 1 }])).toThrow(/invalid runs\[0\]\.params: -1/);
    expect(() => fitChinchillaApproach2(runs, { minSizes: 2 })).toThrow(RangeError);
    expect(() => fitChinchillaApproach2(runs, { bogus: 1 } as never)).toThrow(TypeError);
    expect(() => fitChinchillaApproach2("runs" as never)).toThrow(TypeError);
  });
});
