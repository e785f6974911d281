import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  besiroglu2024,
  dataConstrainedLoss,
  defaultChinchillaFit,
  hoffmann2022,
  muennighoff2023,
  villalobos2024Projection,
  villalobos2024Stock,
  type ChinchillaPreset,
} from "../../src/laws/index.ts";
import model from "../../src/models/running-out-of-text/index.ts";
import { START } from "../../src/models/running-out-of-text/shared.ts";
import type { Params } from "../../src/models/define.ts";
import type { P } from "../../src/models/running-out-of-text/shared.ts";
import { inRangeState } from "./helpers.ts";

const fcOptions = { seed: 20261204, numRuns: 200 } as const;
const value = (name: string, p: Params<P> = model.defaults) => model.values[name]!.compute(p);

/**
 * The exhaustion year from the definitions alone, not through the model's fixed point or the law:
 * the compute-optimal run reads D_opt(C) = G⁻¹·(C/6)^b tokens (Hoffmann et al. 2022 §3.3 eq 4,
 * G = (αA/(βB))^(1/(α+β)), b = α/(α+β)); over-trained k× it reads √k·D_opt(C) at the same compute
 * (D = √(r·k·C/6) with r = D_opt/N_opt); it uses the stock S when √k·D_opt(C) = S, so
 * C* = 6·(S·G/√k)^(1/b), and C₀·g^(t − t₀) = C* gives t.
 */
function independentYear(p: { stockTokens: number; computeGrowth: number; overtraining: number }, fit: ChinchillaPreset): number {
  const G = ((fit.alpha * fit.A) / (fit.beta * fit.B)) ** (1 / (fit.alpha + fit.beta));
  const b = fit.alpha / (fit.alpha + fit.beta);
  const flops = 6 * ((p.stockTokens * G) / Math.sqrt(p.overtraining)) ** (1 / b);
  const c0 = 6 * START.params * START.tokens;
  return START.year + Math.log(flops / c0) / Math.log(p.computeGrowth);
}

describe("running-out-of-text model: inputs", () => {
  it("takes the stock from the law module's preset and marks it secondary (Epoch AI's summary of arXiv 2211.04325 v2)", () => {
    expect(model.defaults.stockTokens).toBe(villalobos2024Stock.stockTokens);
    expect(villalobos2024Stock.source?.verification).toBe("secondary");
    expect(value("stockLow")).toBe(villalobos2024Stock.stockTokensLow90);
    expect(value("stockHigh")).toBe(villalobos2024Stock.stockTokensHigh90);
  });
  it("computes the starting run's compute as 6ND within 1% of the 3.8e25 FLOPs the Llama 3 report states (arXiv 2407.21783 §1, secondary)", () => {
    // 6 × 405e9 × 15.6e12 = 3.7908e25; the report's figure is rounded to two digits, so 1% covers it.
    expect(value("startFlops") / value("startReportedFlops")).toBeCloseTo(1, 1);
    expect(Math.abs(value("startFlops") / 3.8e25 - 1)).toBeLessThan(0.01);
  });
  it("reads the paper's Fig. 1 pair (4e14 tokens, ∼5e28 FLOP) as about 20 tokens per parameter", () => {
    // 6·(4e14)²/5e28 = 19.2: the caption's compute is rounded to one digit, so anything in 16.8–21.3 rounds to 5e28.
    expect(value("fig1Ratio")).toBeCloseTo(19.2, 10);
    expect(Number(value("fig1FlopsAt20").toPrecision(1))).toBe(villalobos2024Projection.flops);
  });
});

describe("running-out-of-text model: the exhaustion year", () => {
  it("equals the year solved from the fit's closed-form frontier, for every in-range state and both fits", () => {
    fc.assert(
      fc.property(inRangeState(model), (p) => {
        // 1e-9 relative on (year − t₀): the model iterates to a fixed point with tolerance 1e-12 on r.
        const check = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThan(1e-9 * Math.max(1, Math.abs(want - START.year)));
        check(value("year", p), independentYear(p, defaultChinchillaFit));
        check(value("yearPrinted", p), independentYear(p, hoffmann2022));
      }),
      fcOptions,
    );
  });
  it("uses the site's default fit, which is Besiroglu et al.'s refit", () => {
    expect(defaultChinchillaFit).toBe(besiroglu2024);
  });
  it("comes later with a larger stock and earlier with faster compute growth or more over-training (property)", () => {
    fc.assert(
      fc.property(inRangeState(model), fc.double({ min: 1.05, max: 10, noNaN: true }), (p, f) => {
        const y = value("year", p);
        // Past the start year only: before t₀ a faster trend means a later crossing (it runs backwards in time).
        fc.pre(y > START.year + 0.01);
        expect(value("year", { ...p, stockTokens: p.stockTokens * f })).toBeGreaterThan(y);
        expect(value("year", { ...p, overtraining: p.overtraining * f })).toBeLessThan(y);
        expect(value("year", { ...p, computeGrowth: p.computeGrowth * f })).toBeLessThan(y);
        expect(value("trendYear", { ...p, stockTokens: p.stockTokens * f })).toBeGreaterThan(value("trendYear", p));
      }),
      fcOptions,
    );
  });
  it("puts the printed constants' date earlier than the refit's: their ratio grows with compute (α > β)", () => {
    expect(hoffmann2022.alpha).toBeGreaterThan(hoffmann2022.beta);
    expect(value("optimalRatioPrinted")).toBeGreaterThan(value("optimalRatio"));
    expect(value("yearPrinted")).toBeLessThan(value("year"));
  });
  it("adds 2·log_g(10) years for a tenfold stock at a fixed ratio (D ∝ √C)", () => {
    expect(value("stockDecadeYears")).toBeCloseTo((2 * Math.log(10)) / Math.log(model.defaults.computeGrowth), 10);
  });
});

describe("running-out-of-text model: repetition (Muennighoff et al. 2023, arXiv 2305.16264)", () => {
  it("values four epochs at 1 + R_D*(1 − e^(−3/R_D*)) fresh passes (datablations README constants)", () => {
    const p = { ...model.defaults, epochs: 4 };
    // Worked independently (python): 1 + 15.387756·(1 − e^(−3/15.387756)) = 3.725673.
    expect(value("effectiveEpochs", p)).toBeCloseTo(3.725673, 6);
    expect(value("valuePerToken", p)).toBeCloseTo(3.725673 / 4, 6);
    expect(value("repeatYears", p)).toBeCloseTo((2 * Math.log(3.725673)) / Math.log(p.computeGrowth), 5);
    expect(value("repeatYearsCounted", p)).toBeCloseTo((2 * Math.log(4)) / Math.log(p.computeGrowth), 10);
  });
  it("agrees with the abstract's finding that up to 4 epochs change the loss little compared with unique data", () => {
    // The statement: Muennighoff et al. 2023, abstract (paraphrased in the essay). The check: their released fit
    // (datablations README, commit 1370131) for U = 25e9 unique tokens (the README's example) and a model of
    // N_opt(U) parameters, the compute-optimal size for the unique data under that fit, beyond which extra
    // parameters decay (so the comparison is about data, not excess size). Four epochs of U against 4U unique tokens.
    // "Little" read as: under 1% of the loss, and more than 90% of the gain that new data would bring (the fit gives
    // 0.44% and 92%; the thresholds were set after computing them, so the check is that the reading holds, not its margin).
    const U = 25e9;
    const m = muennighoff2023;
    const logG = (Math.log(m.alpha * m.A) - Math.log(m.beta * m.B)) / (m.alpha + m.beta);
    const params = Math.exp((m.beta / m.alpha) * (Math.log(U) + logG) + logG);
    const loss = (epochs: number, unique: number) => dataConstrainedLoss({ params, tokens: epochs * U, uniqueTokens: unique }, m);
    const share = (epochs: number) => (loss(1, U) - loss(epochs, U)) / (loss(1, U) - loss(epochs, epochs * U));
    expect(loss(4, U) / loss(4, 4 * U) - 1).toBeLessThan(0.01);
    expect(share(4)).toBeGreaterThan(0.9);
    // Past four epochs the shortfall grows: at 16 epochs repetition recovers a smaller share.
    expect(share(16)).toBeLessThan(share(4));
    expect(value("valuePerToken", { ...model.defaults, epochs: 4 })).toBeGreaterThan(0.9);
  });
  it("never adds more than the limit of endless repetition, 2·ln(1 + R_D*)/ln g years (property)", () => {
    fc.assert(
      fc.property(inRangeState(model), (p) => {
        const limit = (2 * Math.log(1 + muennighoff2023.rdStar)) / Math.log(p.computeGrowth);
        expect(value("repeatYearsLimit", p)).toBeCloseTo(limit, 8);
        expect(value("repeatYears", p)).toBeLessThanOrEqual(limit + 1e-12);
        expect(value("repeatYears", p)).toBeLessThanOrEqual(value("repeatYearsCounted", p) + 1e-12);
      }),
      fcOptions,
    );
  });
});

describe("running-out-of-text model: figures", () => {
  it("every figure has rows, finite numbers and a description at the extremes of every parameter", () => {
    for (const corner of [0, 1]) {
      const p = Object.fromEntries(model.paramNames.map((n) => [n, corner ? model.params[n].max : model.params[n].min])) as Params<P>;
      for (const [name, f] of Object.entries(model.figures)) {
        const rows = f.compute(p);
        expect(rows.length, name).toBeGreaterThan(10);
        for (const r of rows)
          for (const v of Object.values(r)) if (typeof v === "number") expect(Number.isFinite(v), `${name} ${JSON.stringify(r)}`).toBe(true);
        expect(f.describe(rows, p).length).toBeGreaterThan(50);
      }
    }
  });
  it("the projections figure's compute line reaches the stock in the exhaustion year", () => {
    const p = model.defaults;
    const rows = model.figures.projections!.compute(p).filter((r) => String(r.series).startsWith("compute"));
    const after = rows.find((r) => Number(r.tokens) >= p.stockTokens)!;
    const before = rows[rows.indexOf(after) - 1]!;
    expect(value("year")).toBeGreaterThan(Number(before.year));
    expect(value("year")).toBeLessThanOrEqual(Number(after.year));
  });
});
