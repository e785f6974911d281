import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { flopsPerToken, kaplanCminFromTrainingFlops, kaplanTrainingFlopsFromCmin, trainingFlops } from "../../src/laws/index.ts";
import { expectClose, expectRejectsCounts, fcOptions } from "./helpers.ts";

describe("trainingFlops = 6ND", () => {
  it("Chinchilla 70B × 1.4T tokens = 5.88e23 FLOP (Hoffmann et al. 2022 §4.1, 6ND)", () => {
    expectClose(trainingFlops({ params: 70e9, tokens: 1.4e12 }), 5.88e23, 1e-15, "exact product, rounding only");
  });
  it("Gopher 280B × 300B tokens = 5.04e23 by 6ND (the paper's 5.76e23 counts more FLOPs; SOURCES.md)", () => {
    expectClose(trainingFlops({ params: 280e9, tokens: 300e9 }), 5.04e23, 1e-15, "rounding only");
  });
  it("rejects bad counts", () => {
    expectRejectsCounts("params", (v) => trainingFlops({ params: v as number, tokens: 1 }));
    expectRejectsCounts("tokens", (v) => trainingFlops({ params: 1, tokens: v as number }));
  });
});

describe("flopsPerToken (Kaplan et al. 2020 §2.1: forward 2N, backward 2N + 2N)", () => {
  const N = 85e6;
  it("full training costs 6N, inference 2N", () => {
    expect(flopsPerToken({ params: N })).toBe(6 * N);
    expect(flopsPerToken({ params: N, mode: "inference" })).toBe(2 * N);
    expect(flopsPerToken({ params: N, trainableParams: 1, mode: "inference" })).toBe(2 * N);
  });
  it("tuning a fraction f spread through the body costs (4 + 2f)N, not 6fN (SOURCES.md, FLOP accounting)", () => {
    const f = 0.0013; // FPT's trained share of GPT-2 small's non-embedding body (Lu et al. 2021, secondary)
    expectClose(flopsPerToken({ params: N, trainableParams: f * N }), (4 + 2 * f) * N, 1e-15, "rounding only");
    expect(flopsPerToken({ params: N, trainableParams: f * N }) / (6 * f * N)).toBeGreaterThan(500);
  });
  it("tuning only the top fraction f without backprop through the frozen body costs (2 + 4f)N", () => {
    expectClose(flopsPerToken({ params: N, trainableParams: 0.1 * N, backpropThroughFrozen: false }), 2.4 * N, 1e-15, "rounding only");
    expect(flopsPerToken({ params: N, backpropThroughFrozen: false })).toBe(6 * N);
  });
  it("is monotone in the trainable share and bounded by [2N, 6N]", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1, noNaN: true }), fc.double({ min: 1e-6, max: 1, noNaN: true }), fc.boolean(), (f, g, through) => {
        const [lo, hi] = f < g ? [f, g] : [g, f];
        const a = flopsPerToken({ params: N, trainableParams: lo * N, backpropThroughFrozen: through });
        const b = flopsPerToken({ params: N, trainableParams: hi * N, backpropThroughFrozen: through });
        expect(a).toBeLessThanOrEqual(b);
        expect(a).toBeGreaterThanOrEqual(2 * N);
        expect(b).toBeLessThanOrEqual(6 * N * (1 + 1e-15));
      }),
      fcOptions,
    );
  });
  it("rejects bad input", () => {
    expectRejectsCounts("params", (v) => flopsPerToken({ params: v as number }));
    expectRejectsCounts("trainableParams", (v) => flopsPerToken({ params: N, trainableParams: v as number }), true);
    expect(() => flopsPerToken({ params: N, trainableParams: 2 * N })).toThrow(new RangeError(`invalid trainableParams: ${2 * N} (must be ≤ params (${N}))`));
    expect(() => flopsPerToken({ params: N, mode: "eval" as "train" })).toThrow(new RangeError('invalid mode: "eval" (must be one of "train", "inference")'));
    expect(() => flopsPerToken({ params: N, backpropThroughFrozen: 1 as unknown as boolean })).toThrow(
      new TypeError("invalid backpropThroughFrozen: 1 (must be a boolean)"),
    );
  });
});

describe("Kaplan C vs C_min (eqs 5.4–5.5: C = C_min(1 + B/B_crit))", () => {
  it("training at the critical batch size costs 2·C_min; at B ≪ B_crit, C_min", () => {
    expect(kaplanTrainingFlopsFromCmin({ flopsMin: 1e21 })).toBe(2e21);
    expect(kaplanTrainingFlopsFromCmin({ flopsMin: 1e21, batchOverCritical: 0 })).toBe(1e21);
    expect(kaplanCminFromTrainingFlops({ flops: 2e21 })).toBe(1e21);
    expect(kaplanCminFromTrainingFlops({ flops: 3e21, batchOverCritical: 2 })).toBe(1e21);
  });
  it("the two conversions are inverse (rounding only)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e35, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (c, r) => {
        expectClose(
          kaplanCminFromTrainingFlops({ flops: kaplanTrainingFlopsFromCmin({ flopsMin: c, batchOverCritical: r }), batchOverCritical: r }),
          c,
          1e-14,
          "rounding only",
        );
      }),
      fcOptions,
    );
  });
  it("rejects bad input", () => {
    expectRejectsCounts("flopsMin", (v) => kaplanTrainingFlopsFromCmin({ flopsMin: v as number }));
    expectRejectsCounts("flops", (v) => kaplanCminFromTrainingFlops({ flops: v as number }));
    expect(() => kaplanTrainingFlopsFromCmin({ flopsMin: 1, batchOverCritical: -1 })).toThrow(
      new RangeError("invalid batchOverCritical: -1 (must be a finite number ≥ 0)"),
    );
  });
});
