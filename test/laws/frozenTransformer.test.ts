import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { frozenTransformerParams, lu2021Gpt2Small } from "../../src/laws/index.ts";
import { fcOptions } from "./helpers.ts";

describe("Frozen Pretrained Transformer trainable parameters (Lu et al. 2021, arXiv 2103.05247 §2.2; kzl/universal-computation fpt.py)", () => {
  it("pins GPT-2 small's shape, read in the authors' code", () => {
    expect(lu2021Gpt2Small).toMatchObject({ nLayer: 12, dModel: 768, vocab: 50257, contextLength: 1024 });
    expect(lu2021Gpt2Small.source).toMatchObject({ verification: "code", commit: "23b80fd" });
  });
  it("GPT-2 small holds 124,439,808 weights: a body of 85,056,000 and embeddings of 39,383,808", () => {
    // Worked: per layer 12·768² + 13·768 = 7,077,888 + 9,984 = 7,087,872; × 12 = 85,054,464; + final LN 1,536 = 85,056,000.
    // Embeddings (50,257 + 1,024)·768 = 39,383,808. Sum 124,439,808 (the count Hugging Face reports for `gpt2`).
    const c = frozenTransformerParams({ inputDim: 48, outputDim: 10 });
    expect(c.body).toBe(85_056_000);
    expect(c.embeddings).toBe(39_383_808);
    expect(c.body + c.embeddings).toBe(124_439_808);
  });
  it("CIFAR-10 with 4×4 patches, as the code trains it (whole position table): 870,154 weights, 0.70% of all", () => {
    // input 48·768 + 768 = 37,632; output 768·10 + 10 = 7,690; layer norms 25·1,536 = 38,400; positions 1,024·768 = 786,432.
    const c = frozenTransformerParams({ inputDim: 48, outputDim: 10 });
    expect([c.input, c.output, c.layerNorm, c.positional, c.trainable]).toEqual([37_632, 7_690, 38_400, 786_432, 870_154]);
    expect(c.total).toBe(124_439_808 + 37_632 + 7_690);
    expect((100 * c.shareOfAll).toFixed(2)).toBe("0.70");
  });
  it("counting only the 64 positions a 32×32 image in 4×4 patches uses: 132,874 weights, 0.107% of all, 0.156% of the body", () => {
    const c = frozenTransformerParams({ inputDim: 48, outputDim: 10, positionsTrained: 64 });
    expect(c.trainable).toBe(37_632 + 7_690 + 38_400 + 64 * 768);
    expect((100 * c.shareOfAll).toFixed(3)).toBe("0.107");
    expect((100 * c.shareOfBody).toFixed(3)).toBe("0.156");
    // Neither reading gives the paper's ~0.086% (secondary): the essay must say which count it uses.
    expect(Math.abs(100 * c.shareOfAll - 0.086)).toBeGreaterThan(0.01);
  });
  it("trainable weights rise with every count and the body share always exceeds the share of all", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4096 }),
        fc.integer({ min: 1, max: 4096 }),
        fc.integer({ min: 0, max: 1024 }),
        (inputDim, outputDim, positionsTrained) => {
          const c = frozenTransformerParams({ inputDim, outputDim, positionsTrained });
          expect(frozenTransformerParams({ inputDim: inputDim + 1, outputDim, positionsTrained }).trainable).toBe(c.trainable + 768);
          expect(c.shareOfBody).toBeGreaterThan(c.shareOfAll);
          expect(c.trainable).toBe(c.input + c.output + c.layerNorm + c.positional);
        },
      ),
      fcOptions,
    );
  });
  it("rejects bad input", () => {
    expect(() => frozenTransformerParams({ inputDim: 0, outputDim: 10 })).toThrow("invalid inputDim: 0 (must be an integer in [1, 9007199254740991])");
    expect(() => frozenTransformerParams({ inputDim: 1.5, outputDim: 10 })).toThrow(RangeError);
    expect(() => frozenTransformerParams({ inputDim: 48, outputDim: 10, positionsTrained: 1025 })).toThrow(
      "invalid positionsTrained: 1025 (must be an integer in [0, 1024])",
    );
    expect(() => frozenTransformerParams({ inputDim: 48, outputDim: "10" as never })).toThrow(TypeError);
    expect(() => frozenTransformerParams({ inputDim: 48, outputDim: 10 }, { ...lu2021Gpt2Small, nLayer: 1.5 })).toThrow("invalid preset.nLayer: 1.5");
    expect(() => frozenTransformerParams({ inputDim: 48, outputDim: 10 }, { ...lu2021Gpt2Small, dModel: 1e12 })).toThrow("invalid preset");
  });
});
