import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dataConstrainedLoss, effectiveParams, effectiveTokens, muennighoff2023 } from "../../src/laws/index.ts";
import { expectClose, expectRejectsCounts, fcOptions } from "./helpers.ts";

describe("Muennighoff et al. 2023 (arXiv 2305.16264; datablations README, commit 1370131)", () => {
  it("pins the README constants", () => {
    expect(Math.log(muennighoff2023.A)).toBeCloseTo(6.255414, 12);
    expect(Math.log(muennighoff2023.B)).toBeCloseTo(7.3049974, 12);
    expect(Math.log(muennighoff2023.E)).toBeCloseTo(0.6254804, 12);
    expect(muennighoff2023).toMatchObject({ alpha: 0.3526596, beta: 0.3526596, rdStar: 15.387756, rnStar: 5.309743 });
    expect(muennighoff2023.source).toMatchObject({ id: "datablations", commit: "1370131", verification: "code" });
  });
  it("reproduces the README's two Figure 1 (right) models to 1e-12", () => {
    // Printed by the README's own scaling_law(): 2.2256440889984477 and 2.2269634075087867.
    expectClose(
      dataConstrainedLoss({ params: 6.34e9, tokens: 242e9, uniqueTokens: 25e9 }),
      2.2256440889984477,
      1e-12,
      "same formula in double precision; exp/log paths differ by a few ulp",
    );
    expectClose(dataConstrainedLoss({ params: 8.67e9, tokens: 178e9, uniqueTokens: 25e9 }), 2.2269634075087867, 1e-12, "same");
  });
  it("D′ = D for one epoch and approaches U(1 + R_D*) with endless repetition", () => {
    expect(effectiveTokens({ tokens: 1e10, uniqueTokens: 1e10 })).toBe(1e10);
    expectClose(effectiveTokens({ tokens: 1e300, uniqueTokens: 1e9 }), 1e9 * (1 + 15.387756), 1e-12, "exp(−R/R*) underflows to 0");
  });
  it("'up to 4 epochs is almost as good as unique data' (abstract): D′/D ≥ 0.93 at 4 epochs, and it keeps falling after", () => {
    expect(effectiveTokens({ tokens: 4e9, uniqueTokens: 1e9 }) / 4e9).toBeGreaterThan(0.93);
    expect(effectiveTokens({ tokens: 40e9, uniqueTokens: 1e9 }) / 40e9).toBeLessThan(0.6);
  });
  it("N′ = N up to the compute-optimal size for the unique data, less beyond it", () => {
    expect(effectiveParams({ params: 1e8, uniqueTokens: 1e11 })).toBe(1e8);
    const big = effectiveParams({ params: 1e12, uniqueTokens: 1e9 });
    expect(big).toBeLessThan(1e12);
    expect(big).toBeGreaterThan(0);
  });
  it("D′ ≤ D and N′ ≤ N; loss falls with more unique data; everything finite", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e15, noNaN: true }),
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        fc.double({ min: 1, max: 1e14, noNaN: true }),
        (unique, epochs, params) => {
          const tokens = unique * epochs;
          const d = effectiveTokens({ tokens, uniqueTokens: unique });
          const n = effectiveParams({ params, uniqueTokens: unique });
          const l = dataConstrainedLoss({ params, tokens, uniqueTokens: unique });
          expect(d).toBeLessThanOrEqual(tokens * (1 + 1e-12));
          expect(n).toBeLessThanOrEqual(params * (1 + 1e-12));
          expect(Number.isFinite(l) && l > muennighoff2023.E).toBe(true);
          if (epochs > 1.01) expect(dataConstrainedLoss({ params, tokens, uniqueTokens: Math.min(tokens, unique * 1.01) })).toBeLessThanOrEqual(l);
        },
      ),
      fcOptions,
    );
  });
  it("rejects bad input, including more unique tokens than tokens (the README asserts U ≤ D)", () => {
    expectRejectsCounts("tokens", (v) => effectiveTokens({ tokens: v as number, uniqueTokens: 1 }));
    expectRejectsCounts("uniqueTokens", (v) => effectiveParams({ params: 1, uniqueTokens: v as number }));
    expectRejectsCounts("params", (v) => dataConstrainedLoss({ params: v as number, tokens: 2, uniqueTokens: 1 }));
    expect(() => effectiveTokens({ tokens: 1e9, uniqueTokens: 2e9 })).toThrow(
      new RangeError("invalid uniqueTokens: 2000000000 (must be ≤ tokens (1000000000))"),
    );
    expect(() => dataConstrainedLoss({ params: 1, tokens: 1e9, uniqueTokens: 2e9 })).toThrow(RangeError);
  });
});
