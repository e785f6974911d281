import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { besiroglu2024, chinchillaLoss, chinchillaOptimal, costOptimal } from "../../src/laws/index.ts";
import { expectClose, expectRejectsCounts, fcOptions } from "./helpers.ts";

const spent = (r: { params: number; tokens: number }, pF: number, pT: number, pN: number) => pF * 6 * r.params * r.tokens + pT * r.tokens + pN * r.params;

describe("costOptimal (Chinchilla loss under a money budget)", () => {
  it("reduces to chinchillaOptimal at C = budget/pricePerFlop when data is free (to 1e-9)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e2, max: 1e12, noNaN: true }), fc.double({ min: 1e-21, max: 1e-15, noNaN: true }), (budget, pricePerFlop) => {
        const flops = budget / pricePerFlop;
        fc.pre(flops > 1e12);
        const r = costOptimal({ budget, pricePerFlop });
        const o = chinchillaOptimal({ flops });
        expectClose(r.params, o.params, 1e-9, "bisection on the derivative to one ulp of log D");
        expectClose(r.tokens, o.tokens, 1e-9, "same");
      }),
      fcOptions,
    );
  });
  it("spends the budget (to 1e-9) and beats its neighbours on the budget line", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e3, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e-6, noNaN: true }),
        fc.double({ min: 0, max: 1e-6, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        (budget, pT, pN, shift) => {
          const pF = 1e-18;
          const r = costOptimal({ budget, pricePerFlop: pF, pricePerToken: pT, pricePerParam: pN }, besiroglu2024);
          expectClose(spent(r, pF, pT, pN), budget, 1e-9, "N is computed from the exact budget line");
          expect(r.tokensPerParam).toBeCloseTo(r.tokens / r.params, 10);
          expectClose(r.loss, chinchillaLoss({ params: r.params, tokens: r.tokens }, besiroglu2024), 1e-14, "rounding only");
          const tokens = r.tokens * Math.exp(shift);
          const params = (budget - pT * tokens) / (6 * pF * tokens + pN);
          fc.pre(params >= 1 && tokens >= 1 && Math.abs(shift) > 1e-6);
          expect(chinchillaLoss({ params, tokens }, besiroglu2024)).toBeGreaterThanOrEqual(r.loss * (1 - 1e-14));
        },
      ),
      fcOptions,
    );
  });
  it("buys fewer tokens per parameter as data gets dearer", () => {
    const base = { budget: 1e6, pricePerFlop: 1e-18 };
    const ratios = [0, 1e-9, 1e-8, 1e-7, 1e-6].map((pricePerToken) => costOptimal({ ...base, pricePerToken }).tokensPerParam);
    for (let i = 1; i < ratios.length; i++) expect(ratios[i]).toBeLessThan(ratios[i - 1]!);
  });
  it("returns corner optima at the edges of the budget line (N ≥ 1, D ≥ 1) instead of failing", () => {
    // A huge A makes parameters worth everything: the optimum is the fewest tokens, D = 1.
    const paramsHungry = costOptimal({ budget: 1e3, pricePerFlop: 1 }, { E: 1, A: 1e6, B: 1, alpha: 0.5, beta: 0.5 });
    expect(paramsHungry.tokens).toBe(1);
    expectClose(paramsHungry.params, 1e3 / 6, 1e-12, "the whole budget buys N at D = 1");
    // A huge B makes data worth everything: the optimum is the smallest model, N = 1.
    const dataHungry = costOptimal({ budget: 1e3, pricePerFlop: 1 }, { E: 1, A: 1, B: 1e6, alpha: 0.5, beta: 0.5 });
    expect(dataHungry.params).toBe(1);
    expectClose(dataHungry.tokens, 1e3 / 6, 1e-12, "the whole budget buys D at N = 1");
    const interior = costOptimal({ budget: 5000, pricePerFlop: 1, pricePerToken: 1e3 });
    expect(interior.tokens).toBeGreaterThan(1);
    expect(Number.isFinite(interior.loss)).toBe(true);
  });
  it("rejects bad input", () => {
    expectRejectsCounts("budget", (v) => costOptimal({ budget: v as number, pricePerFlop: 1 }));
    expectRejectsCounts("pricePerFlop", (v) => costOptimal({ budget: 1, pricePerFlop: v as number }));
    expect(() => costOptimal({ budget: 1, pricePerFlop: 1, pricePerToken: -1 })).toThrow(
      new RangeError("invalid pricePerToken: -1 (must be a finite number ≥ 0)"),
    );
    expect(() => costOptimal({ budget: 1, pricePerFlop: 1 })).toThrow(
      new RangeError("invalid budget: 1 (must buy at least one parameter trained on one token)"),
    );
  });
});
