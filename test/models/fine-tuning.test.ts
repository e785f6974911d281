import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chinchillaOptimal, flopsPerToken, hoffmann2022 } from "../../src/laws/index.ts";
import model, { chinchillaTokensForParams, GPT2_SMALL, gpt2ParamCounts } from "../../src/models/fine-tuning.ts";
import { inRangeState } from "./helpers.ts";

const fcOptions = { seed: 20261126, numRuns: 250 } as const;

const state = inRangeState(model);

const value = (name: string, p = model.defaults) => model.values[name]!.compute(p);

describe("fine-tuning model: parameters", () => {
  it("takes Kokotajlo's hypothesis as the default fine-tuning data (ranges: define.test.ts)", () => {
    // The default fine-tuning data is Kokotajlo's hypothesis: the Chinchilla-optimal data of a
    // model as small as the tuned slice, rounded to 2 significant digits.
    const d = chinchillaTokensForParams(model.defaults.params * model.defaults.tunedFraction);
    expect(model.defaults.fineTuneTokens).toBe(Number(d.toPrecision(2)));
  });
});


describe("fine-tuning model: reference values", () => {
  it("counts GPT-2 small's parameters from its shape", () => {
    // 124,439,808 is the released GPT-2 small checkpoint's parameter count (Hugging Face `gpt2`,
    // model.num_parameters()); exact, so no tolerance.
    const c = gpt2ParamCounts(GPT2_SMALL);
    expect(c.total).toBe(124_439_808);
    expect(c.body).toBe(85_056_000);
    // Kaplan's 12·n_layer·d² approximation is within 0.2% of the exact body (biases and norms).
    expect(c.body / (12 * 12 * 768 ** 2)).toBeCloseTo(1, 2);
  });

  it("turns Lu et al.'s 0.086% of all weights into ≈ 0.13% of the body", () => {
    // SOURCES: 0.086% of all 124M ≈ 0.13% of the ~85M body; 0.086% · 124.44M / 85.056M = 0.1258%.
    expect(value("fptShareBody")).toBeCloseTo(0.00086 * 124_439_808 / 85_056_000, 12);
    expect(value("fptShareBody")).toBeGreaterThan(0.00125);
    expect(value("fptShareBody")).toBeLessThan(0.00135);
  });

  it("costs (4 + 2f)N per token through the body and (2 + 4f)N through the top (Kaplan §2.1 split)", () => {
    const p = { ...model.defaults, params: 1e9, tunedFraction: 0.01 };
    expect(value("flopsSpreadPerN", p)).toBeCloseTo(4.02, 12);
    expect(value("flopsTopPerN", p)).toBeCloseTo(2.04, 12);
    expect(value("flopsChosen", { ...p, gradientDepth: 1 })).toBeCloseTo(flopsPerToken({ params: 1e9, trainableParams: 1e7 }), 3);
    expect(value("flopsChosen", { ...p, gradientDepth: 0 })).toBeCloseTo(flopsPerToken({ params: 1e9, trainableParams: 1e7, backpropThroughFrozen: false }), 3);
    // The most a frozen body can save per token: 6/4 and, top layers only, 6/2 (limits f → 0).
    expect(value("speedupLimit")).toBeCloseTo(1.5, 9);
    expect(value("speedupTopLimit")).toBeCloseTo(3, 9);
  });

  it("never makes a step cheaper when gradients must reach deeper", () => {
    fc.assert(
      fc.property(state, fc.double({ min: 0, max: 1, noNaN: true }), (p, other) => {
        const [lo, hi] = [Math.min(p.gradientDepth, other), Math.max(p.gradientDepth, other)];
        expect(value("flopsChosen", { ...p, gradientDepth: lo })).toBeLessThanOrEqual(value("flopsChosen", { ...p, gradientDepth: hi }) * (1 + 1e-12));
        expect(value("speedupChosen", p)).toBeLessThanOrEqual(3 + 1e-9);
      }),
      fcOptions,
    );
  });

  it("finds the Chinchilla-optimal data for a model size on the 6ND frontier", () => {
    for (const n of [1e8, 1e10, 1e12]) {
      const tokens = chinchillaTokensForParams(n);
      const back = chinchillaOptimal({ flops: 6 * n * tokens }, hoffmann2022);
      // Inverting N_opt(C) exactly: float round-off only.
      expect(back.params / n).toBeCloseTo(1, 9);
      expect(back.tokens / tokens).toBeCloseTo(1, 9);
    }
  });

  it("uses the data exponents of each law", () => {
    // Chinchilla printed: α/β = 0.34/0.28 (App. D.2); Kaplan eq 4.4: 0.74; Kaplan §6.1/§6.3: 0.26/0.73.
    expect(value("expChinchilla")).toBeCloseTo(0.34 / 0.28, 12);
    expect(value("expKaplanOverfit")).toBeCloseTo(0.74, 9);
    expect(value("expKaplanEfficient")).toBeCloseTo(0.26 / 0.73, 12);
    expect(value("dataChinchilla")).toBeCloseTo(1000 ** (0.34 / 0.28), 6);
  });

  it("makes pre-training dominate and breaks even at 6/(2 + 2b + 2f) times the pre-training data", () => {
    expect(value("fineTuneShare")).toBeLessThan(0.01);
    const p = model.defaults;
    expect(value("breakEvenOverPretrainTokens")).toBeCloseTo(6 / (2 + 2 * p.gradientDepth + 2 * p.tunedFraction), 9);
  });
});
