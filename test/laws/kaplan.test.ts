import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { kaplan2020, kaplanCriticalBatch, kaplanLossCompute, kaplanLossParams, kaplanLossTokens, pfDaysToFlops } from "../../src/laws/index.ts";
import { expectClose, expectRejectsCounts, fcOptions } from "./helpers.ts";

const count = fc.double({ min: 1, max: 1e30, noNaN: true });

describe("kaplan2020 preset (arXiv 2001.08361 §1.2)", () => {
  it("pins the published constants", () => {
    expect(kaplan2020).toMatchObject({ alphaN: 0.076, Nc: 8.8e13, alphaD: 0.095, Dc: 5.4e13, alphaC: 0.05, CcPfDays: 3.1e8, alphaB: 0.21, Bstar: 2e8 });
    expect(kaplan2020.source).toMatchObject({ id: "kaplan2020", arxiv: "2001.08361", verification: "paper" });
  });
});

describe("single-variable laws (eqs 1.1–1.4)", () => {
  it("equal 1 nat at their scale constants and fall by 10^-α per decade", () => {
    expectClose(kaplanLossParams({ nonEmbeddingParams: 8.8e13 }), 1, 1e-15, "exp(0), rounding only");
    expectClose(kaplanLossTokens({ tokens: 5.4e13 }), 1, 1e-15, "rounding only");
    expectClose(kaplanLossCompute({ flops: pfDaysToFlops(3.1e8) }), 1, 1e-15, "rounding only");
    expectClose(kaplanLossParams({ nonEmbeddingParams: 1e9 }) / kaplanLossParams({ nonEmbeddingParams: 1e10 }), 10 ** 0.076, 1e-13, "rounding in logs");
    expectClose(kaplanLossTokens({ tokens: 1e9 }) / kaplanLossTokens({ tokens: 1e10 }), 10 ** 0.095, 1e-13, "rounding in logs");
  });
  it("L(N = 1e9) ≈ 2.38 nats (hand arithmetic: (8.8e13/1e9)^0.076 = 88000^0.076)", () => {
    expectClose(kaplanLossParams({ nonEmbeddingParams: 1e9 }), 88000 ** 0.076, 1e-14, "same number via a different expression");
    expect(kaplanLossParams({ nonEmbeddingParams: 1e9 })).toBeCloseTo(2.376, 3);
  });
  it("B_crit(L) = B_* at L = 1 and grows as loss falls (eq 1.4)", () => {
    expectClose(kaplanCriticalBatch({ loss: 1 }), 2e8, 1e-15, "exp(log B_*)");
    expectClose(kaplanCriticalBatch({ loss: 2 }), 2e8 / 2 ** (1 / 0.21), 1e-13, "rounding in logs");
  });
  it("fall strictly as N, D or C_min grow, and stay finite and positive across the domain", () => {
    fc.assert(
      fc.property(count, count, (x, y) => {
        const [lo, hi] = x < y ? [x, y] : [y, x];
        for (const f of [
          (v: number) => kaplanLossParams({ nonEmbeddingParams: v }),
          (v: number) => kaplanLossTokens({ tokens: v }),
          (v: number) => kaplanLossCompute({ flops: v }),
        ]) {
          const a = f(lo),
            b = f(hi);
          expect(Number.isFinite(a) && a > 0 && Number.isFinite(b) && b > 0).toBe(true);
          if (hi > lo * (1 + 1e-9)) expect(b).toBeLessThan(a);
        }
      }),
      fcOptions,
    );
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), (loss) => {
        const b = kaplanCriticalBatch({ loss });
        expect(Number.isFinite(b) && b > 0).toBe(true);
      }),
      fcOptions,
    );
  });
  it("stay finite even at the edges of double precision", () => {
    for (const v of [Number.MIN_VALUE, 1e-300, 1e300, Number.MAX_VALUE]) {
      expect(Number.isFinite(kaplanLossParams({ nonEmbeddingParams: v }))).toBe(true);
      expect(Number.isFinite(kaplanLossTokens({ tokens: v }))).toBe(true);
      expect(Number.isFinite(kaplanLossCompute({ flops: v }))).toBe(true);
    }
  });
  it("reject bad input with the pinned message", () => {
    expectRejectsCounts("nonEmbeddingParams", (v) => kaplanLossParams({ nonEmbeddingParams: v as number }));
    expectRejectsCounts("tokens", (v) => kaplanLossTokens({ tokens: v as number }));
    expectRejectsCounts("flops", (v) => kaplanLossCompute({ flops: v as number }));
    expectRejectsCounts("loss", (v) => kaplanCriticalBatch({ loss: v as number }));
    expect(() => kaplanLossParams({ params: 1e9 } as unknown as { nonEmbeddingParams: number })).toThrow(TypeError);
  });
});
