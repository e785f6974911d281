import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  dataExhaustionYear,
  dataExhaustionYearFromTrend,
  muennighoff2023,
  repeatedDataValue,
  villalobos2024Projection,
  villalobos2024Stock,
} from "../../src/laws/index.ts";
import { expectClose, expectRejectsCounts, fcOptions } from "./helpers.ts";

const BASE = { stockTokens: 3e14, startYear: 2024, startFlops: 4e25, computeGrowthPerYear: 4, tokensPerParam: 20 } as const; // reader's example values, not published constants

describe("stock of public human text (Villalobos et al. 2024, arXiv 2211.04325 v2; Epoch AI's summary)", () => {
  it("pins the stock and its 90% interval (secondary) and the paper's Fig. 1 projection", () => {
    expect(villalobos2024Stock).toMatchObject({ stockTokens: 3e14, stockTokensLow90: 1e14, stockTokensHigh90: 1e15 });
    expect(villalobos2024Stock.source?.verification).toBe("secondary");
    expect(villalobos2024Projection).toMatchObject({ stockTokens: 4e14, flops: 5e28, medianYear: 2028, earliestYear: 2026, latestYear: 2032 });
  });
  it("Fig. 1's '4e14 tokens … ∼5e28 FLOP for non-overtrained models' is C = 6·D²/20 = 4.8e28 at 20 tokens per parameter", () => {
    const r = dataExhaustionYear({ ...BASE, stockTokens: villalobos2024Projection.stockTokens });
    expectClose(r.flops, 4.8e28, 1e-15, "6·(4e14)²/20");
    expect(Number(r.flops.toPrecision(1))).toBe(villalobos2024Projection.flops);
    expectClose(r.params, 2e13, 1e-15, "4e14/20");
  });
  it("the year solves C₀·g^(t − t₀) = C*: starting at C* gives t₀, each ×g of C* one year later", () => {
    const { flops } = dataExhaustionYear(BASE);
    expectClose(dataExhaustionYear({ ...BASE, startFlops: flops }).year, 2024, 1e-12, "log rounding");
    expectClose(dataExhaustionYear({ ...BASE, startFlops: flops / 4 }).year, 2025, 1e-12, "one growth factor");
  });
  it("over-training brings the year forward; repetition, a larger stock or slower growth push it back (properties)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e13, max: 1e16, noNaN: true }),
        fc.double({ min: 1.1, max: 10, noNaN: true }),
        fc.double({ min: 1.01, max: 100, noNaN: true }),
        (stockTokens, computeGrowthPerYear, k) => {
          const base = { ...BASE, stockTokens, computeGrowthPerYear };
          const y = dataExhaustionYear(base).year;
          expect(dataExhaustionYear({ ...base, overtraining: k }).year).toBeLessThan(y);
          expect(dataExhaustionYear({ ...base, epochs: k }).year).toBeGreaterThan(y);
          expect(dataExhaustionYear({ ...base, stockTokens: stockTokens * k }).year).toBeGreaterThan(y);
          // Over-training by k has the same effect as a stock √k smaller: D ∝ √(r·C).
          expectClose(
            dataExhaustionYear({ ...base, overtraining: k }).year - 2024,
            dataExhaustionYear({ ...base, stockTokens: stockTokens / Math.sqrt(k) }).year - 2024,
            1e-9,
            "same C*",
          );
        },
      ),
      fcOptions,
    );
  });
  it("dataset-size trend: D₀·h^(t − t₀) = E·S", () => {
    expectClose(
      dataExhaustionYearFromTrend({ stockTokens: 3e14, startYear: 2024, startTokens: 15e12, datasetGrowthPerYear: 2 }),
      2024 + Math.log2(20),
      1e-12,
      "log2(3e14/1.5e13)",
    );
    expect(dataExhaustionYearFromTrend({ stockTokens: 3e14, startYear: 2024, startTokens: 15e12, datasetGrowthPerYear: 2, epochs: 4 })).toBeCloseTo(
      2024 + Math.log2(80),
      10,
    );
  });
  it("rejects bad input", () => {
    expectRejectsCounts("stockTokens", (v) => dataExhaustionYear({ ...BASE, stockTokens: v as number }));
    expectRejectsCounts("overtraining", (v) => dataExhaustionYear({ ...BASE, overtraining: v as number }), true);
    expect(() => dataExhaustionYear({ ...BASE, computeGrowthPerYear: 1 })).toThrow(
      "invalid computeGrowthPerYear: 1 (must be > 1 (a factor per year; the stock is never reached otherwise))",
    );
    expect(() => dataExhaustionYear({ ...BASE, startYear: NaN })).toThrow("invalid startYear: NaN (must be a finite number)");
    expect(() => dataExhaustionYearFromTrend({ stockTokens: 1, startYear: 2024, startTokens: 1, datasetGrowthPerYear: 0.5 })).toThrow(RangeError);
    expectRejectsCounts(
      "epochs",
      (v) => dataExhaustionYearFromTrend({ stockTokens: 1, startYear: 2024, startTokens: 1, datasetGrowthPerYear: 2, epochs: v as number }),
      true,
    );
  });
});

describe("what repeated epochs are worth (Muennighoff et al. 2023, via effectiveTokens)", () => {
  it("one epoch is worth one; four are worth 3.726 epochs, 93.1% per token (the '~4 epochs' reading, computed)", () => {
    // Worked (python): 1 + 15.387756·(1 − e^(−3/15.387756)) = 3.725673; /4 = 0.931418.
    expect(repeatedDataValue({ epochs: 1 })).toEqual({ effectiveEpochs: 1, valuePerToken: 1 });
    const four = repeatedDataValue({ epochs: 4 });
    expectClose(four.effectiveEpochs, 3.725673, 1e-6, "python, 7 digits");
    expectClose(four.valuePerToken, 0.931418, 1e-6, "python, 6 digits");
  });
  it("value per token falls with every epoch and effective epochs never exceed 1 + R_D* (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e4, noNaN: true }), (epochs) => {
        const a = repeatedDataValue({ epochs }),
          b = repeatedDataValue({ epochs: epochs * 1.5 });
        expect(b.valuePerToken).toBeLessThan(a.valuePerToken);
        expect(a.effectiveEpochs).toBeLessThanOrEqual(1 + muennighoff2023.rdStar);
      }),
      fcOptions,
    );
  });
  it("rejects fewer than one epoch", () => {
    expect(() => repeatedDataValue({ epochs: 0.5 })).toThrow("invalid epochs: 0.5 (must be ≥ 1 (passes over the unique data))");
    expectRejectsCounts("epochs", (v) => repeatedDataValue({ epochs: v as number }));
  });
});
