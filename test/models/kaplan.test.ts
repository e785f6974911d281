import { describe, expect, it } from "vitest";
import { kaplan2020, kaplan2020Allocation, kaplanCrossover } from "../../src/laws/index.ts";
import model from "../../src/models/kaplan/index.ts";
import { ALPHA_C_SECTION_6_2, impliedComputeConstant, impliedDataConstant } from "../../src/models/kaplan/shared.ts";

const value = (name: string, p = model.defaults) => model.values[name]!.compute(p);

describe("kaplan model: parameters", () => {
  it("takes its defaults from the law module (ranges: define.test.ts)", () => {
    expect(model.defaults.alphaC).toBe(kaplan2020.alphaC);
    expect(model.defaults.alphaD).toBe(kaplan2020.alphaD);
    expect(model.defaults.tokensExponent).toBe(kaplan2020Allocation.tokensExponent);
    expect(model.defaults.tokensCoefficient).toBe(kaplan2020Allocation.tokensCoefficient);
  });

  it("moves C_c and D_c with the exponents so that the printed exponents give the printed constants", () => {
    // Pinning must be the identity at the printed exponents (eqs 1.2, 1.3); 1e-12 relative is float round-off.
    expect(impliedComputeConstant(kaplan2020.alphaC) / kaplan2020.CcPfDays).toBeCloseTo(1, 12);
    expect(impliedDataConstant(kaplan2020.alphaD) / kaplan2020.Dc).toBeCloseTo(1, 12);
  });
});

describe("kaplan model: reference values", () => {
  it("reproduces the paper's derived quantities", () => {
    // App. B.2: α_C = 1/(1/α_S + 1/α_B + 1/α_N) ≈ 0.052 with Table 3 (α_S 0.76, α_N 0.077) and α_B 0.21;
    // the printed value has two significant digits, so 0.0005 absolute.
    expect(Math.abs(value("alphaCPredicted") - 0.052)).toBeLessThan(5e-4);
    // §6.3 eq 6.7 gives N = 2C_min/(6D) ≈ 7.2e8·x^0.74 (SOURCES.md): 1% covers the rounding of 7.2.
    expect(value("textPrefactor") / 7.2e8).toBeCloseTo(1, 2);
    expect(value("textParamsExponent")).toBeCloseTo(0.74, 12);
    // eq 6.6: D ∝ N^0.74 ∝ C_min^0.54 (0.74·0.73 = 0.5402).
    expect(value("overfitDataExponent")).toBeCloseTo(0.54, 2);
    // Fig. 14 caption: "increasing by 5x for each 10x increase in compute" (10^0.73 = 5.37).
    expect(Math.round(value("paramsPerDecade"))).toBe(5);
  });

  it("computes the crossover with the law module, an order of magnitude above the stated one", () => {
    // §6.3 eq 6.8 states C* ~ 1e4 PF-days, uncertain by an order of magnitude; the fits give more.
    const computed = value("crossoverPfDays");
    // Pinned constants round-trip through exp/log: 1e-9 relative is float noise amplified by 1/(α_C − α_D·x).
    expect(computed / kaplanCrossover().computePfDays).toBeCloseTo(1, 9);
    expect(computed / value("statedPfDays")).toBeGreaterThan(3);
    expect(computed / value("statedPfDays")).toBeLessThan(30);
    // Both curves agree at the crossover by construction: L(C_min*) = L(D(C_min*)).
    expect(value("crossoverLoss")).toBeCloseTo((kaplan2020.Dc / value("crossoverTokens")) ** kaplan2020.alphaD, 9);
  });

  it("moves the crossover down when α_C is raised with C_c pinned to the data, and up when C_c is held", () => {
    const pinned = value("crossoverSection62");
    const held = value("crossoverSection62FixedConstant");
    expect(pinned).toBeLessThan(value("crossoverPfDays"));
    expect(held).toBeGreaterThan(value("crossoverPfDays"));
    expect(held).toBe(kaplanCrossover({ alphaC: ALPHA_C_SECTION_6_2 }).computePfDays);
  });

  it("keeps C_min and training compute apart: training at B_crit costs 2·C_min (§6.3)", () => {
    expect(value("budgetTrainingFlops") / value("budgetFlopsMin")).toBe(2);
    expect(value("crossoverTrainingFlops") / value("crossoverFlopsMin")).toBe(2);
  });
});

describe("kaplan model: issue 15 corrections", () => {
  it("says how far α_C = 0.054 moves the crossover, to three digits (12.5×, not 12×)", () => {
    // Ratio of the crossovers at α_C = 0.050 (eq 1.3) and 0.054 (§6.2), constants pinned at the pivots.
    expect(value("section62Shift")).toBeCloseTo(value("crossoverEq13") / value("crossoverSection62"), 12);
    expect(value("section62Shift")).toBeGreaterThan(12.4);
    expect(value("section62Shift")).toBeLessThan(12.55);
    // It does not depend on the reader's α_C: both ends are fixed exponents.
    expect(value("section62Shift", { ...model.defaults, alphaC: 0.06 })).toBeCloseTo(value("section62Shift"), 12);
  });

  it("finds the Fig. 1 dots off C = 2·C_min: the legend's N with the text's D spends 6ND = 2·(legend N ÷ text N)·C_min", () => {
    // Issue 15: 3.4× at 1k PF-days. Algebra: the text's N is 2C_min/(6D), so 6·N_legend·D/C_min = 2·N_legend/N_text.
    const x = 1e3;
    const ratio = (1.3e9 * x ** 0.73) / ((2 * 8.64e19 * x) / (6 * 4e10 * x ** 0.26));
    expect(value("spendAtThousand")).toBeCloseTo(2 * ratio, 9);
    expect(Math.abs(value("spendAtThousand") / 3.4 - 1)).toBeLessThan(0.02);
    // Every dot spends more than 2·C_min.
    expect(value("dotSpendLargest")).toBeGreaterThan(2);
    expect(value("dotSpendSmallest")).toBeGreaterThan(value("dotSpendLargest"));
  });

  it("shares Kaplan's compute ranges with the Chinchilla essay", async () => {
    const chinchilla = (await import("../../src/models/chinchilla/index.ts")).default;
    expect(value("allocationRangeLow")).toBe(chinchilla.values.kaplanRangeLow!.compute(chinchilla.defaults));
    expect(value("allocationRangeHigh")).toBe(chinchilla.values.kaplanRangeHigh!.compute(chinchilla.defaults));
    expect(value("fittedMaxPfDays")).toBe(chinchilla.values.kaplanRunsMax!.compute(chinchilla.defaults));
  });
});
