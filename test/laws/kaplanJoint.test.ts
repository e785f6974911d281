import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  kaplan2020Table2,
  kaplan2020Table3,
  kaplanDataForOverfitting,
  kaplanDataToAvoidOverfitting,
  kaplanLoss,
  kaplanLossParamsSteps,
  kaplanOverfitting,
} from "../../src/laws/index.ts";
import { expectClose, expectRejectsCounts, fcOptions } from "./helpers.ts";

const count = fc.double({ min: 1, max: 1e30, noNaN: true });

describe("Table 2 / Table 3 presets (arXiv 2001.08361)", () => {
  it("pin the published constants", () => {
    expect(kaplan2020Table2).toMatchObject({ alphaN: 0.076, alphaD: 0.103, Nc: 6.4e13, Dc: 1.8e13 });
    expect(kaplan2020Table3).toMatchObject({ alphaN: 0.077, alphaS: 0.76, Nc: 6.5e13, Sc: 2.1e3 });
  });
});

describe("L(N, D) (eq 1.5)", () => {
  it("reduces to (N_c/N)^α_N as D → ∞ and to (D_c/D)^α_D as N → ∞", () => {
    expectClose(kaplanLoss({ nonEmbeddingParams: 1e9, tokens: 1e300 }), (6.4e13 / 1e9) ** 0.076, 1e-12, "the data term is 1e-287 of the other");
    expectClose(kaplanLoss({ nonEmbeddingParams: 1e300, tokens: 1e10 }), (1.8e13 / 1e10) ** 0.103, 1e-12, "the size term is negligible");
  });
  it("falls as N or D grows and is finite across the domain", () => {
    fc.assert(
      fc.property(count, count, count, (n, d, k) => {
        const l = kaplanLoss({ nonEmbeddingParams: n, tokens: d });
        expect(Number.isFinite(l) && l > 0).toBe(true);
        const factor = 1 + k / 1e30; // ∈ (1, 2]
        expect(kaplanLoss({ nonEmbeddingParams: n * factor, tokens: d })).toBeLessThanOrEqual(l);
        expect(kaplanLoss({ nonEmbeddingParams: n, tokens: d * factor })).toBeLessThanOrEqual(l);
      }),
      fcOptions,
    );
    expect(kaplanLoss({ nonEmbeddingParams: 1e9, tokens: 2e10 })).toBeLessThan(kaplanLoss({ nonEmbeddingParams: 1e9, tokens: 1e10 }));
    expect(Number.isFinite(kaplanLoss({ nonEmbeddingParams: Number.MIN_VALUE, tokens: Number.MIN_VALUE }))).toBe(true);
  });
  it("rejects bad input", () => {
    expectRejectsCounts("nonEmbeddingParams", (v) => kaplanLoss({ nonEmbeddingParams: v as number, tokens: 1 }));
    expectRejectsCounts("tokens", (v) => kaplanLoss({ nonEmbeddingParams: 1, tokens: v as number }));
  });
});

describe("overfitting (eqs 4.3–4.4)", () => {
  it("δL = L(N, D)/L(N, ∞) − 1 (eq 4.3 is the ratio of eq 1.5 to its D → ∞ limit)", () => {
    for (const [n, d] of [
      [1e8, 1e9],
      [1e9, 1e10],
      [1e11, 3e11],
    ] as const) {
      const ratio = kaplanLoss({ nonEmbeddingParams: n, tokens: d }) / kaplanLoss({ nonEmbeddingParams: n, tokens: 1e300 }) - 1;
      expectClose(kaplanOverfitting({ nonEmbeddingParams: n, tokens: d }), ratio, 1e-9, "difference of two O(1) numbers loses ~1e-14 absolute");
    }
  });
  it("kaplanDataForOverfitting inverts eq 4.3", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e3, max: 1e15, noNaN: true }), fc.double({ min: 1e-6, max: 1, noNaN: true }), (n, delta) => {
        const d = kaplanDataForOverfitting({ nonEmbeddingParams: n, overfitting: delta });
        expectClose(kaplanOverfitting({ nonEmbeddingParams: n, tokens: d }), delta, 1e-9, "expm1/log1p keep small δ accurate");
      }),
      fcOptions,
    );
  });
  it("eq 4.4's D ≈ 5e3·N^0.74 is eq 4.3 at δL ≈ 0.02 to within 15% over 1e6–1e11 params (the paper rounds 5.5e3 and 0.738)", () => {
    for (const n of [1e6, 1e8, 1e9, 1e11]) {
      const exact = kaplanDataForOverfitting({ nonEmbeddingParams: n, overfitting: 0.02 });
      const printed = kaplanDataToAvoidOverfitting({ nonEmbeddingParams: n });
      expectClose(printed, exact, 0.15, "rounded prefactor and exponent in eq 4.4");
    }
    expectClose(kaplanDataToAvoidOverfitting({ nonEmbeddingParams: 1e9 }), 5e3 * 1e9 ** 0.74, 1e-15, "the printed formula");
  });
  it("penalty falls as data grows, rises as the model grows; finite", () => {
    fc.assert(
      fc.property(count, count, (n, d) => {
        const p = kaplanOverfitting({ nonEmbeddingParams: n, tokens: d });
        expect(Number.isFinite(p) && p >= 0).toBe(true);
        expect(kaplanOverfitting({ nonEmbeddingParams: n, tokens: 2 * d })).toBeLessThanOrEqual(p);
        expect(kaplanOverfitting({ nonEmbeddingParams: 2 * n, tokens: d })).toBeGreaterThanOrEqual(p);
      }),
      fcOptions,
    );
  });
  it("rejects bad input", () => {
    expectRejectsCounts("overfitting", (v) => kaplanDataForOverfitting({ nonEmbeddingParams: 1e9, overfitting: v as number }));
    expectRejectsCounts("nonEmbeddingParams", (v) => kaplanDataToAvoidOverfitting({ nonEmbeddingParams: v as number }));
    expectRejectsCounts("tokens", (v) => kaplanOverfitting({ nonEmbeddingParams: 1, tokens: v as number }));
  });
});

describe("L(N, S_min) (eq 1.6, Table 3)", () => {
  it("is the sum of the two power laws; at N = N_c and S = S_c it is 2", () => {
    expectClose(kaplanLossParamsSteps({ nonEmbeddingParams: 6.5e13, steps: 2.1e3 }), 2, 1e-15, "exp(0) + exp(0)");
    expectClose(kaplanLossParamsSteps({ nonEmbeddingParams: 1e9, steps: 1e5 }), (6.5e13 / 1e9) ** 0.077 + (2.1e3 / 1e5) ** 0.76, 1e-13, "rounding in logs");
  });
  it("falls as N or S grows", () => {
    fc.assert(
      fc.property(count, count, (n, s) => {
        const l = kaplanLossParamsSteps({ nonEmbeddingParams: n, steps: s });
        expect(Number.isFinite(l)).toBe(true);
        expect(kaplanLossParamsSteps({ nonEmbeddingParams: 2 * n, steps: s })).toBeLessThanOrEqual(l);
        expect(kaplanLossParamsSteps({ nonEmbeddingParams: n, steps: 2 * s })).toBeLessThanOrEqual(l);
      }),
      fcOptions,
    );
  });
  it("rejects bad input", () => {
    expectRejectsCounts("steps", (v) => kaplanLossParamsSteps({ nonEmbeddingParams: 1, steps: v as number }));
  });
});
