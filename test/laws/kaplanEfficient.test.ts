import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  kaplan2020Allocation,
  kaplan2020EfficientExponents,
  kaplan2020Table3,
  kaplanConvergenceCost,
  kaplanEfficientScaling,
  kaplanEfficientStoppingFactor,
  kaplanLossParamsSteps,
  kaplanMinComputeExponents,
} from "../../src/laws/index.ts";
import { expectClose, expectRejectsCounts, fcOptions } from "./helpers.ts";

describe("Kaplan efficient allocation of N, B and S (arXiv 2001.08361 §1.2, §6.1)", () => {
  it("pins the fitted exponents, marked secondary", () => {
    expect(kaplan2020EfficientExponents).toMatchObject({ paramsExponent: 0.73, batchExponent: 0.24, stepsExponent: 0.03 });
    expect(kaplan2020EfficientExponents.source?.verification).toBe("secondary");
  });
  it("a 10× budget multiplies N by 10^0.73, B by 10^0.24, S by 10^0.03 and D = B·S by 10^0.27", () => {
    const m = kaplanEfficientScaling({ computeRatio: 10 });
    expectClose(m.params, 10 ** 0.73, 1e-14, "pow in logs");
    expectClose(m.batch, 10 ** 0.24, 1e-14, "pow in logs");
    expectClose(m.steps, 10 ** 0.03, 1e-14, "pow in logs");
    expectClose(m.tokens, 10 ** 0.27, 1e-14, "0.24 + 0.03");
  });
  it("D from B·S grows as C^0.27, the §6.3 text's D(C_min) as C^0.26: they differ by r^0.01", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), (r) => {
        const { tokens } = kaplanEfficientScaling({ computeRatio: r });
        expectClose(tokens / r ** kaplan2020Allocation.tokensExponent, r ** 0.01, 1e-9, "0.27 − 0.26");
      }),
      fcOptions,
    );
  });
  it("the multipliers rise with the budget and equal 1 at r = 1", () => {
    expect(kaplanEfficientScaling({ computeRatio: 1 })).toEqual({ params: 1, batch: 1, steps: 1, tokens: 1 });
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), fc.double({ min: 1.001, max: 100, noNaN: true }), (r, k) => {
        const a = kaplanEfficientScaling({ computeRatio: r }),
          b = kaplanEfficientScaling({ computeRatio: r * k });
        expect(b.params).toBeGreaterThan(a.params);
        expect(b.tokens).toBeGreaterThan(a.tokens);
      }),
      fcOptions,
    );
  });
  it("rejects bad input", () => {
    expectRejectsCounts("computeRatio", (v) => kaplanEfficientScaling({ computeRatio: v as number }));
    expect(() => kaplanEfficientScaling({ computeRatio: 2 }, { ...kaplan2020EfficientExponents, batchExponent: -1 })).toThrow(
      "invalid preset.batchExponent: -1",
    );
  });
});

describe("App. B.2: α_C^min predicted from α_N, α_S, α_B", () => {
  it("Table 3's α_N 0.077, α_S 0.76 and eq 1.4's α_B 0.21 give α_C^min ≈ 0.0525 (App. B prints ≈ 0.052)", () => {
    // Worked: 1/0.76 + 1/0.21 + 1/0.077 = 1.315789 + 4.761905 + 12.987013 = 19.064707; 1/19.064707 = 0.052453.
    const e = kaplanMinComputeExponents();
    expectClose(e.alphaCMin, 1 / (1 / 0.76 + 1 / 0.21 + 1 / 0.077), 1e-15, "same arithmetic");
    expect(e.alphaCMin.toFixed(4)).toBe("0.0525");
    expect(e.alphaCMin.toFixed(3)).toBe("0.052");
    // Predicted exponents vs the fitted 0.73 / 0.24 / 0.03: 0.681, 0.250, 0.069.
    expect(e.paramsExponent.toFixed(3)).toBe("0.681");
    expect(e.batchExponent.toFixed(3)).toBe("0.250");
    expect(e.stepsExponent.toFixed(3)).toBe("0.069");
  });
  it("the three exponents always sum to 1 (C_min ∝ N·B·S) and α_C^min is below each input", () => {
    const alpha = fc.double({ min: 1e-3, max: 10, noNaN: true });
    fc.assert(
      fc.property(alpha, alpha, alpha, (alphaN, alphaS, alphaB) => {
        const e = kaplanMinComputeExponents({ alphaN, alphaS, alphaB });
        expectClose(e.paramsExponent + e.batchExponent + e.stepsExponent, 1, 1e-12, "rounding");
        expect(e.alphaCMin).toBeLessThan(Math.min(alphaN, alphaS, alphaB));
      }),
      fcOptions,
    );
  });
  it("rejects bad exponents and unknown fields", () => {
    expectRejectsCounts("alphaB", (v) => kaplanMinComputeExponents({ alphaB: v as number }), true);
    expect(() => kaplanMinComputeExponents({ alphaC: 1 } as never)).toThrow(TypeError);
  });
});

describe("efficient stopping (App. B.2, §6.1) and the cost of training closer to convergence (App. B.3)", () => {
  it("stops ≈ 10% above converged loss: 1 + 0.077/0.76 = 1.1013", () => {
    expectClose(kaplanEfficientStoppingFactor(), 1 + 0.077 / 0.76, 1e-15, "exact");
  });
  it("is the minimum of eq 5.6 along a line of constant N·S (checked numerically)", () => {
    const { Nc, alphaN } = kaplan2020Table3;
    fc.assert(
      fc.property(fc.double({ min: 1e10, max: 1e17, noNaN: true }), (budget) => {
        // Minimise L(N, budget/N) over log N on a fine grid; at the minimum L/L(N,∞) = 1 + α_N/α_S.
        let best = { loss: Infinity, n: 0 };
        for (let x = 2; x <= 14; x += 0.001) {
          const n = 10 ** x,
            loss = kaplanLossParamsSteps({ nonEmbeddingParams: n, steps: budget / n });
          if (loss < best.loss) best = { loss, n };
        }
        expectClose(best.loss / (Nc / best.n) ** alphaN, kaplanEfficientStoppingFactor(), 2e-3, "grid step 0.001 decades");
      }),
      { ...fcOptions, numRuns: 20 },
    );
  });
  it("training to within 2% of convergence costs more compute than stopping at 10%, and the ratios are 1 at f*", () => {
    const star = kaplanConvergenceCost({ convergenceFactor: kaplanEfficientStoppingFactor() - 1 });
    expectClose(star.computeRatio, 1, 1e-12, "f = f*");
    expectClose(star.paramsRatio, 1, 1e-12, "f = f*");
    const two = kaplanConvergenceCost({ convergenceFactor: 0.02 });
    // Worked: N ratio (1.02/1.1013)^(1/0.077) = 0.369; S ratio ((0.02/1.02)/(0.1013/1.1013))^(−1/0.76) = 7.644; product 2.823 (python, same formula).
    expect(two.paramsRatio.toFixed(3)).toBe("0.369");
    expect(two.stepsRatio.toFixed(3)).toBe("7.644");
    expect(two.computeRatio.toFixed(3)).toBe("2.823");
  });
  it("compute is never below the efficient point (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e3, noNaN: true }), (f) => {
        expect(kaplanConvergenceCost({ convergenceFactor: f }).computeRatio).toBeGreaterThanOrEqual(1 - 1e-12);
      }),
      fcOptions,
    );
  });
  it("rejects bad input, including an f so small the step count overflows", () => {
    expectRejectsCounts("convergenceFactor", (v) => kaplanConvergenceCost({ convergenceFactor: v as number }));
    expect(() => kaplanConvergenceCost({ convergenceFactor: 1e-300 })).toThrow("invalid convergenceFactor: 1e-300 (too close to 0: the step count overflows)");
    expect(() => kaplanEfficientStoppingFactor({ alphaS: 0 })).toThrow(RangeError);
  });
});
