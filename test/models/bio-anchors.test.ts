/**
 * The Bio Anchors essay's model: defaults in range, finite values and rows across random
 * in-range states, the seed's worked example, and the quadrature against closed forms.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import model, { BIO_ANCHORS_EXPONENT, computeMultiplier, exponents, frontierComputeForLoss, priorSummary, simpson } from "../../src/models/bio-anchors.ts";
import { renderFigureHtml } from "../../src/render/plot.ts";
import { besiroglu2024, chinchillaLoss, chinchillaOptimal } from "../../src/laws/index.ts";
import type { Params } from "../../src/models/define.ts";

const logUniform = (lo: number, hi: number) => fc.double({ min: Math.log10(lo), max: Math.log10(hi), noNaN: true }).map((e) => 10 ** e);
const arbitraryState = fc.record({
  sizeRatio: logUniform(10, 1e8),
  exponent: fc.double({ min: 0.5, max: 1.5, noNaN: true }),
  priorCentre: fc.double({ min: 0.4, max: 1.4, noNaN: true }),
  priorWidth: fc.double({ min: 0.02, max: 0.6, noNaN: true }),
  anchorParams: logUniform(1e12, 1e17),
});

describe("bio-anchors model", () => {


  it("renders every figure at the defaults and at the extremes without a Plot warning", () => {
    const states = [
      model.defaults,
      { sizeRatio: 10, exponent: 0.5, priorCentre: 0.4, priorWidth: 0.02, anchorParams: 1e12 },
      { sizeRatio: 1e8, exponent: 1.5, priorCentre: 1.4, priorWidth: 0.6, anchorParams: 1e17 },
    ];
    for (const params of states) for (const name of Object.keys(model.figures)) expect(() => renderFigureHtml(model, name, params as Params)).not.toThrow();
  });

  it("reproduces the seed's example and the exponents in SOURCES", () => {
    // Jacob Hilton (seed 004): 100,000× larger with data ∝ N instead of N^0.8 → 10× more compute.
    expect(model.values.seedMultiplier!.compute(model.defaults)).toBeCloseTo(10, 10);
    expect(model.values.multiplierApproach1!.compute(model.defaults)).toBeCloseTo(10, 10);
    const e = Object.fromEntries(exponents.map((x) => [x.key, x.value]));
    // α/β: printed 0.34/0.28 = 1.214; unrounded 0.33917084/0.2849083 = 1.190; Besiroglu 0.3478/0.3658 = 0.951.
    expect(e.printed).toBeCloseTo(0.34 / 0.28, 12);
    expect(e.unrounded).toBeCloseTo(1.1905, 3);
    expect(e.besiroglu).toBeCloseTo(0.9508, 3);
    // Approach 2 (Table 2): b/a = 0.51/0.49.
    expect(e.approach2).toBeCloseTo(0.51 / 0.49, 12);
    // "multipliers from about 6× to over 100×" at M = 1e5 (SOURCES.md, Bio Anchors section).
    expect(computeMultiplier(1e5, e.besiroglu!)).toBeGreaterThan(5);
    expect(computeMultiplier(1e5, e.besiroglu!)).toBeLessThan(7);
    expect(computeMultiplier(1e5, e.printed!)).toBeGreaterThan(100);
    expect(BIO_ANCHORS_EXPONENT).toBe(0.8);
  });

  it("integrates the prior to the lognormal closed forms", () => {
    // Simpson on a smooth integrand: exact to ~1e-8 relative on 400–800 intervals.
    expect(simpson((x) => x * x, 0, 3)).toBeCloseTo(9, 10);
    fc.assert(
      fc.property(arbitraryState, (state) => {
        const p = { ...model.defaults, ...state } as Params;
        const s = priorSummary(p as never);
        const lnM = Math.log(p.sizeRatio!);
        // log m = (e − 0.8)·ln M with e ~ N(μ, σ²): E[m] = exp(ln M·(μ − 0.8) + (σ ln M)²/2).
        const mean = Math.exp(lnM * (p.priorCentre! - 0.8) + 0.5 * (p.priorWidth! * lnM) ** 2);
        expect(Math.abs(s.mean / mean - 1)).toBeLessThan(1e-6);
        expect(s.probExponentAboveOne).toBeGreaterThanOrEqual(0);
        expect(s.probExponentAboveOne).toBeLessThanOrEqual(1 + 1e-9);
      }),
      { numRuns: 200, seed: 7 },
    );
    // At the defaults, e ~ N(0.8, 0.2²): P(e ≥ 1) = 1 − Φ(1) = 0.158655 (normal table).
    expect(priorSummary(model.defaults as never).probExponentAboveOne).toBeCloseTo(0.158655, 5);
  });

  it("finds the frontier compute for a loss by bisection", () => {
    const flops = 1e25;
    const loss = chinchillaLoss(chinchillaOptimal({ flops }, besiroglu2024), besiroglu2024);
    expect(Math.abs(frontierComputeForLoss(loss) / flops - 1)).toBeLessThan(1e-9);
    // The old recipe is never cheaper than the frontier at its own loss.
    expect(model.values.savingAtOldLoss!.compute(model.defaults)).toBeGreaterThanOrEqual(1);
  });
});
