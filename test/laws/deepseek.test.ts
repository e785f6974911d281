import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  deepseek2024,
  deepseek2024Table4,
  deepseekFlopsPerToken,
  deepseekHyperparameters,
  deepseekModelScales,
  deepseekOptimal,
  kaplanParamsFromShape,
} from "../../src/laws/index.ts";
import { expectClose, expectRejectsCounts, fcOptions } from "./helpers.ts";

// DeepSeek LLM 7B and 67B (arXiv 2401.02954 Table 2, read in summaries: secondary): 30 layers × 4096 and 95 × 8192,
// sequence 4096, 2.0T tokens, batch 2304 and 4608 sequences, peak learning rate 4.2e-4 and 3.2e-4.
const SEVEN = { nLayer: 30, dModel: 4096, sequenceLength: 4096 };
const SIXTY_SEVEN = { nLayer: 95, dModel: 8192, sequenceLength: 4096 };

describe("DeepSeek LLM non-embedding FLOPs per token M (arXiv 2401.02954 §3.2 eq 2)", () => {
  it("pins the constants, marked secondary", () => {
    expect(deepseek2024).toMatchObject({
      modelCoefficient: 0.1715,
      modelExponent: 0.5243,
      dataCoefficient: 5.8316,
      dataExponent: 0.4757,
      batchCoefficient: 0.292,
      batchExponent: 0.3271,
      learningRateCoefficient: 0.3118,
      learningRateExponent: -0.125,
    });
    expect(deepseek2024.source?.verification).toBe("secondary");
    expect(deepseek2024Table4.rows.find((r) => r.data.includes("current"))).toMatchObject({ a: 0.524, b: 0.476 });
  });
  it("7B: M = 72·30·4096² + 12·30·4096·4096 = 36,238,786,560 + 6,039,797,760 = 42,278,584,320", () => {
    expect(deepseekFlopsPerToken(SEVEN)).toBe(42_278_584_320);
  });
  it("6N₁ is Kaplan's 6N for the same shape; M exceeds it by the attention term 1 + l_seq/(6·d_model)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 64, max: 32768 }),
        fc.integer({ min: 1, max: 1 << 20 }),
        (nLayer, dModel, sequenceLength) => {
          const s = deepseekModelScales({ nLayer, dModel, sequenceLength, vocab: 102400 });
          expect(s.sixN1).toBe(6 * kaplanParamsFromShape({ nLayer, dModel }));
          expectClose(s.flopsPerToken / s.sixN1, 1 + sequenceLength / (6 * dModel), 1e-12, "exact up to rounding");
          expect(s.sixN2 - s.sixN1).toBe(6 * 102400 * dModel);
        },
      ),
      fcOptions,
    );
  });
  it("at small width and long sequences 6N₁ understates M by 50% or more (the paper's 'up to 50%')", () => {
    const s = deepseekModelScales({ nLayer: 8, dModel: 512, sequenceLength: 4096, vocab: 102400 });
    expect(1 - s.sixN1 / s.flopsPerToken).toBeGreaterThan(0.5);
  });
  it("rejects bad input", () => {
    expectRejectsCounts("sequenceLength", (v) => deepseekFlopsPerToken({ ...SEVEN, sequenceLength: v as number }));
    expectRejectsCounts("vocab", (v) => deepseekModelScales({ ...SEVEN, vocab: v as number }));
    expectRejectsCounts("nLayer", (v) => deepseekModelScales({ ...SEVEN, nLayer: v as number, vocab: 1 }));
  });
});

describe("DeepSeek allocation and hyper-parameter laws (§3.1 eq 1, §3.2 eq 4)", () => {
  it("the allocation spends its budget: M_opt·D_opt = 0.1715·5.8316·C = 1.00012·C at every C", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e15, max: 1e30, noNaN: true }), (flops) => {
        const { flopsPerToken, tokens } = deepseekOptimal({ flops });
        expectClose(flopsPerToken * tokens, 0.1715 * 5.8316 * flops, 1e-12, "exponents sum to 1 exactly");
      }),
      fcOptions,
    );
  });
  it("the hyper-parameter laws recover the 7B and 67B settings the paper used (Table 2) within 10%", () => {
    // C = M·D with D = 2.0T. 7B: C = 8.456e22 → η = 4.24e-4 (used 4.2e-4), B = 9.2M tokens = 2,247 sequences (used 2,304).
    const seven = deepseekHyperparameters({ flops: deepseekFlopsPerToken(SEVEN) * 2e12 });
    expectClose(seven.learningRate, 4.2e-4, 0.1, "published setting, rounded");
    expectClose(seven.batchTokens / 4096, 2304, 0.1, "published setting, rounded to a multiple of the hardware");
    // 67B: C = 9.95e23 → η = 3.12e-4 (used 3.2e-4), B = 20.6M tokens = 5,037 sequences (used 4,608).
    const big = deepseekHyperparameters({ flops: deepseekFlopsPerToken(SIXTY_SEVEN) * 2e12 });
    expectClose(big.learningRate, 3.2e-4, 0.1, "published setting, rounded");
    expectClose(big.batchTokens / 4096, 4608, 0.1, "published setting");
  });
  it("batch grows and learning rate falls with compute (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e15, max: 1e28, noNaN: true }), (flops) => {
        const a = deepseekHyperparameters({ flops }),
          b = deepseekHyperparameters({ flops: flops * 10 });
        expect(b.batchTokens).toBeGreaterThan(a.batchTokens);
        expect(b.learningRate).toBeLessThan(a.learningRate);
      }),
      fcOptions,
    );
  });
  it("rejects bad input", () => {
    expectRejectsCounts("flops", (v) => deepseekOptimal({ flops: v as number }));
    expectRejectsCounts("flops", (v) => deepseekHyperparameters({ flops: v as number }));
    expect(() => deepseekOptimal({ flops: 1e20 }, { ...deepseek2024, modelCoefficient: 0 })).toThrow("invalid preset.modelCoefficient: 0");
  });
});
