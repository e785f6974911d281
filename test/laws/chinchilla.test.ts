import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  besiroglu2024,
  besiroglu2024GridFit,
  chinchillaAllocationExponents,
  gadre2024RedPajama,
  chinchillaDataExponent,
  chinchillaIsoFlopLoss,
  chinchillaLoss,
  chinchillaOptimal,
  chinchillaTokensPerParam,
  hoffmann2022,
  hoffmann2022Chinchilla,
  hoffmann2022Gopher,
  hoffmann2022GopherBudget,
  hoffmann2022Table2,
  hoffmann2022Table3,
  hoffmann2022Unrounded,
  trainingFlops,
  type ChinchillaPreset,
} from "../../src/laws/index.ts";
import { expectClose, expectRejectsCounts, fcOptions } from "./helpers.ts";

const presets: Array<[string, ChinchillaPreset]> = [
  ["hoffmann2022", hoffmann2022],
  ["hoffmann2022Unrounded", hoffmann2022Unrounded],
  ["besiroglu2024", besiroglu2024],
  ["besiroglu2024GridFit", besiroglu2024GridFit],
  ["gadre2024RedPajama", gadre2024RedPajama],
];
const count = fc.double({ min: 1, max: 1e30, noNaN: true });
const budget = fc.double({ min: 1e6, max: 1e40, noNaN: true });

describe("Chinchilla presets", () => {
  it("pin the printed, unrounded (epoch notebook true_params) and replication constants", () => {
    expect(hoffmann2022).toMatchObject({ E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 });
    expect(Math.log(hoffmann2022Unrounded.E)).toBeCloseTo(0.5267228, 12);
    expect(Math.log(hoffmann2022Unrounded.A)).toBeCloseTo(6.0073404, 12);
    expect(Math.log(hoffmann2022Unrounded.B)).toBeCloseTo(6.0179186, 12);
    expect(hoffmann2022Unrounded).toMatchObject({ alpha: 0.33917084, beta: 0.2849083 });
    expect(besiroglu2024).toMatchObject({ A: 482.01, B: 2085.43, E: 1.8172, alpha: 0.3478, beta: 0.3658 });
    expect(besiroglu2024.intervals95).toEqual({ A: [285.2, 743.6], B: [1042.4, 5810.3], E: [1.769, 1.871], alpha: [0.317, 0.373], beta: [0.331, 0.415] });
    expect(besiroglu2024GridFit).toMatchObject({ A: 477.84, B: 2143.86, E: 1.81724, alpha: 0.34731, beta: 0.36718 });
    // Gadre et al.'s powlaw_ours popt (a, c, b, E), from re-running scaling_explorer.ipynb cell 1 (mlfoundations/scaling @a003c49):
    // A = a, B = c·6^(b/2), α = β = −b.
    expect(gadre2024RedPajama).toMatchObject({ A: 166.210992120337, E: 1.836648408738623, alpha: 0.2728507061786173, beta: 0.2728507061786173 });
    expect(gadre2024RedPajama.B).toBeCloseTo(366.6871979615622 * 6 ** (-0.2728507061786173 / 2), 12);
  });
  it("Table 2 exponents (arXiv 2203.15556) sum to ~1 per approach", () => {
    expect(hoffmann2022Table2.rows.map((r) => [r.approach, r.a, r.b])).toEqual([
      ["1", 0.5, 0.5],
      ["2", 0.49, 0.51],
      ["3", 0.46, 0.54],
      ["kaplan", 0.73, 0.27],
    ]);
    for (const r of hoffmann2022Table2.rows) expect(r.a + r.b).toBeCloseTo(1, 12);
  });
  it("Table 3 (Approach 1) satisfies 6ND = FLOPs within 1% except the 67B row (~4.7%, SOURCES.md trap)", () => {
    expect(hoffmann2022Table3.rows).toHaveLength(9);
    for (const r of hoffmann2022Table3.rows) {
      const ratio = trainingFlops({ params: r.params, tokens: r.tokens }) / r.flops;
      if (r.params === 67e9) expect(ratio).toBeCloseTo(1.047, 3);
      else expectClose(ratio, 1, 0.01, "Table 3 prints 3 significant figures");
    }
  });
  it("Gopher and Chinchilla as trained (arXiv 2203.15556 §1, Table 1) and the Gopher budget (Table 3, 67B row)", () => {
    // Expected values read in the paper (../shared/SOURCES.md): Gopher 280B / 300B, Chinchilla 70B / 1.4T, budget 5.76e23.
    expect(hoffmann2022Gopher).toEqual({ params: 280e9, tokens: 300e9 });
    expect(hoffmann2022Chinchilla).toEqual({ params: 70e9, tokens: 1.4e12 });
    expect(hoffmann2022GopherBudget).toEqual({ params: 67e9, flops: 5.76e23, tokens: 1.5e12 });
    expect(hoffmann2022Table3.rows).toContain(hoffmann2022GopherBudget);
    for (const m of [hoffmann2022Gopher, hoffmann2022Chinchilla, hoffmann2022GopherBudget]) expect(Object.isFrozen(m)).toBe(true);
    // §1: Chinchilla was trained with Gopher's compute budget: its 6ND is within 3% of the budget (5.88e23 vs 5.76e23),
    // and 1.4T / 70B is the 20 tokens per parameter the paper never states as a rule.
    expectClose(trainingFlops(hoffmann2022Chinchilla) / hoffmann2022GopherBudget.flops, 1, 0.03, "same budget as Gopher");
    expect(hoffmann2022Chinchilla.tokens / hoffmann2022Chinchilla.params).toBe(20);
  });
  it("Table 3's tokens per parameter are 20–22, the source of the '20 tokens per parameter' rule", () => {
    for (const r of hoffmann2022Table3.rows) {
      expect(r.tokens / r.params).toBeGreaterThanOrEqual(20);
      expect(r.tokens / r.params).toBeLessThan(22.5);
    }
  });
});

describe("chinchillaLoss (arXiv 2203.15556 eq 2)", () => {
  it("is E + A/N^α + B/D^β", () => {
    expectClose(
      chinchillaLoss({ params: 70e9, tokens: 1.4e12 }),
      1.69 + 406.4 / 70e9 ** 0.34 + 410.7 / 1.4e12 ** 0.28,
      1e-14,
      "same formula, different rounding path",
    );
    expect(chinchillaLoss({ params: 70e9, tokens: 1.4e12 })).toBeCloseTo(1.937, 3); // Chinchilla's predicted loss, hand arithmetic
  });
  it("falls as N or D grows, stays above E and finite, for every preset", () => {
    for (const [, p] of presets) {
      fc.assert(
        fc.property(count, count, (n, d) => {
          const l = chinchillaLoss({ params: n, tokens: d }, p);
          expect(Number.isFinite(l) && l > p.E).toBe(true);
          expect(chinchillaLoss({ params: 2 * n, tokens: d }, p)).toBeLessThanOrEqual(l);
          expect(chinchillaLoss({ params: n, tokens: 2 * d }, p)).toBeLessThanOrEqual(l);
          if (n < 1e12) expect(chinchillaLoss({ params: 2 * n, tokens: d }, p)).toBeLessThan(l);
        }),
        { ...fcOptions, numRuns: 100 },
      );
    }
  });
  it("rejects bad input with the pinned message", () => {
    expectRejectsCounts("params", (v) => chinchillaLoss({ params: v as number, tokens: 1 }));
    expectRejectsCounts("tokens", (v) => chinchillaLoss({ params: 1, tokens: v as number }));
  });
});

describe("chinchillaOptimal (arXiv 2203.15556 eq 4)", () => {
  it("spends the budget exactly: 6·N_opt·D_opt = C to 1e-9", () => {
    for (const [, p] of presets) {
      fc.assert(
        fc.property(budget, (flops) => {
          const { params, tokens } = chinchillaOptimal({ flops }, p);
          expectClose(6 * params * tokens, flops, 1e-9, "issue 4's budget tolerance; exp/log rounding is ~1e-14");
        }),
        { ...fcOptions, numRuns: 100 },
      );
    }
  });
  it("minimises the loss on its isoFLOP line", () => {
    for (const [, p] of presets) {
      fc.assert(
        fc.property(budget, fc.double({ min: -3, max: 3, noNaN: true }), (flops, logFactor) => {
          fc.pre(Math.abs(logFactor) > 1e-6);
          const { params } = chinchillaOptimal({ flops }, p);
          const best = chinchillaIsoFlopLoss({ flops, params }, p);
          // A relative slack of 1e-14 covers rounding where the loss is flat in N.
          expect(chinchillaIsoFlopLoss({ flops, params: params * Math.exp(logFactor) }, p)).toBeGreaterThanOrEqual(best * (1 - 1e-14));
        }),
        { ...fcOptions, numRuns: 100 },
      );
    }
  });
  it("unrounded constants give Fig. 4's '40B' at the Gopher budget 5.76e23; printed ones give ~32B (SOURCES.md trap)", () => {
    expectClose(chinchillaOptimal({ flops: 5.76e23 }, hoffmann2022Unrounded).params, 40e9, 0.0125, "the paper prints 2 significant figures");
    expectClose(chinchillaOptimal({ flops: 5.76e23 }, hoffmann2022).params, 32.2e9, 0.005, "hand arithmetic with the printed constants");
  });
  it("isoFLOP loss equals chinchillaLoss at D = C/(6N)", () => {
    expectClose(chinchillaIsoFlopLoss({ flops: 5.88e23, params: 70e9 }), chinchillaLoss({ params: 70e9, tokens: 1.4e12 }), 1e-14, "rounding only");
  });
  it("allocation exponents a = β/(α+β) (Table 2: Approach 3 prints 0.46/0.54; Besiroglu's refit a ≈ 0.51)", () => {
    const printed = chinchillaAllocationExponents(hoffmann2022);
    expect(printed.a).toBeCloseTo(0.28 / 0.62, 14);
    expect(printed.a + printed.b).toBeCloseTo(1, 14);
    expect(chinchillaAllocationExponents(hoffmann2022Unrounded).a).toBeCloseTo(0.46, 2);
    expect(chinchillaAllocationExponents(besiroglu2024).a).toBeCloseTo(0.51, 2);
    expect(chinchillaAllocationExponents().a).toBe(printed.a);
  });
  it("data exponent D_opt ∝ N_opt^(α/β): 1.21 printed, 1.19 unrounded, 0.95 Besiroglu (SOURCES.md, Bio Anchors)", () => {
    expect(chinchillaDataExponent(hoffmann2022)).toBeCloseTo(1.21, 2);
    expect(chinchillaDataExponent(hoffmann2022Unrounded)).toBeCloseTo(1.19, 2);
    expect(chinchillaDataExponent(besiroglu2024)).toBeCloseTo(0.95, 2);
    expect(chinchillaDataExponent()).toBe(chinchillaDataExponent(hoffmann2022));
  });
  it("tokens per parameter: D_opt/N_opt; ~18 at Chinchilla's 5.88e23 under Besiroglu's refit (close to 1.4T/70B = 20)", () => {
    fc.assert(
      fc.property(budget, (flops) => {
        const { params, tokens } = chinchillaOptimal({ flops });
        expectClose(chinchillaTokensPerParam({ flops }), tokens / params, 1e-12, "rounding in logs");
      }),
      fcOptions,
    );
    expect(chinchillaTokensPerParam({ flops: 5.88e23 }, besiroglu2024)).toBeGreaterThan(17);
    expect(chinchillaTokensPerParam({ flops: 5.88e23 }, besiroglu2024)).toBeLessThan(20);
  });
  it("rejects bad input", () => {
    expectRejectsCounts("flops", (v) => chinchillaOptimal({ flops: v as number }));
    expectRejectsCounts("flops", (v) => chinchillaTokensPerParam({ flops: v as number }));
    expectRejectsCounts("flops", (v) => chinchillaIsoFlopLoss({ flops: v as number, params: 1 }));
    expectRejectsCounts("params", (v) => chinchillaIsoFlopLoss({ flops: 1e20, params: v as number }));
    expect(() => chinchillaAllocationExponents({ ...hoffmann2022, beta: 0 })).toThrow(new RangeError("invalid preset.beta: 0 (must be a finite number > 0)"));
  });
});
