import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { kaplan2020Allocation, kaplanOptimalParams, kaplanOptimalParamsFromTokens, kaplanOptimalTokens, pfDaysToFlops } from "../../src/laws/index.ts";
import { expectClose, expectRejectsCounts, fcOptions } from "./helpers.ts";

describe("Kaplan compute-efficient allocation (arXiv 2001.08361 §6)", () => {
  it("pins the constants and marks the legend prefactor as secondary", () => {
    expect(kaplan2020Allocation).toMatchObject({ paramsCoefficient: 1.3e9, paramsExponent: 0.73, tokensCoefficient: 4e10, tokensExponent: 0.26 });
    expect(kaplan2020Allocation.source?.verification).toBe("secondary");
  });
  it("at 1 PF-day: N = 1.3e9 (legend), D = 4e10 tokens (§6.3), N from the text = 2C/(6D) = 7.2e8", () => {
    const flopsMin = pfDaysToFlops(1);
    expectClose(kaplanOptimalParams({ flopsMin }), 1.3e9, 1e-15, "x^0.73 = 1");
    expectClose(kaplanOptimalTokens({ flopsMin }), 4e10, 1e-15, "x^0.26 = 1");
    expectClose(kaplanOptimalParamsFromTokens({ flopsMin }), 7.2e8, 1e-15, "2·8.64e19/(6·4e10) = 7.2e8 exactly");
  });
  it("the text-derived N is 7.2e8·x^0.74 at every budget (SOURCES.md: show both prefactors)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-8, max: 1e12, noNaN: true }), (x) => {
        expectClose(kaplanOptimalParamsFromTokens({ flopsMin: pfDaysToFlops(x) }), 7.2e8 * x ** 0.74, 1e-12, "rounding in logs");
      }),
      fcOptions,
    );
  });
  it("the two prefactors disagree by ~1.8× at 1 PF-day and by ~1.6× at 1e4 PF-days", () => {
    const ratio = (x: number) => kaplanOptimalParams({ flopsMin: pfDaysToFlops(x) }) / kaplanOptimalParamsFromTokens({ flopsMin: pfDaysToFlops(x) });
    expectClose(ratio(1), 1.3e9 / 7.2e8, 1e-12, "exact ratio at x = 1");
    expectClose(ratio(1e4), (1.3e9 / 7.2e8) * 1e4 ** -0.01, 1e-12, "exponents differ by 0.01");
  });
  it("rejects bad input", () => {
    expectRejectsCounts("flopsMin", (v) => kaplanOptimalParams({ flopsMin: v as number }));
    expectRejectsCounts("flopsMin", (v) => kaplanOptimalTokens({ flopsMin: v as number }));
    expectRejectsCounts("flopsMin", (v) => kaplanOptimalParamsFromTokens({ flopsMin: v as number }));
  });
});
