import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { besiroglu2024, chinchillaOptimal, defaultChinchillaFit, flopsPerToken, hoffmann2022, transferredData } from "../../src/laws/index.ts";
import model, { GPT2_SMALL, gpt2ParamCounts } from "../../src/models/fine-tuning/index.ts";
import { chinchillaTokensForParams } from "../../src/models/fine-tuning/shared.ts";
import { inRangeState } from "./helpers.ts";

const fcOptions = { seed: 20261126, numRuns: 250 } as const;

const state = inRangeState(model);

const value = (name: string, p = model.defaults) => model.values[name]!.compute(p);

describe("fine-tuning model: parameters", () => {
  it("takes Kokotajlo's hypothesis as the default fine-tuning data (ranges: define.test.ts)", () => {
    // The default fine-tuning data is Kokotajlo's hypothesis: the Chinchilla-optimal data of a
    // model as small as the tuned slice, under the site's default fit (unrounded since 0.2.0, so
    // the essay's two fine-tunes at the defaults are one quantity).
    const d = chinchillaTokensForParams(model.defaults.params * model.defaults.tunedFraction, defaultChinchillaFit);
    expect(model.defaults.fineTuneTokens).toBe(d);
    expect(model.values.smallTuneFlops!.compute(model.defaults)).toBe(model.values.fineTuneFlops!.compute(model.defaults));
  });
  it("keeps a 0.1.0 link's numbers: the printed constants and the old rounded default (migration)", () => {
    const m = model.migrations!.find((x) => x.before === "0.2.0")!;
    expect(m.defaults!.fit).toBe(1);
    const old = chinchillaTokensForParams(model.defaults.params * model.defaults.tunedFraction, hoffmann2022);
    expect(m.defaults!.fineTuneTokens).toBe(Number(old.toPrecision(2)));
    // The numbers the issue quotes for the two fits (issue 15: 721B / 72 per parameter / 26,800×
    // under the printed constants; 203B / 20.3 / about 8,000× under the refit), to 3 digits.
    const v = (name: string, p = model.defaults) => model.values[name]!.compute(p);
    expect(v("pretrainTokens") / 1e9).toBeCloseTo(203, 0);
    expect(v("pretrainTokensPerParam")).toBeCloseTo(20.3, 1);
    expect(v("routeOverScratch") / 1000).toBeCloseTo(8, 0);
    const printedState = { ...model.defaults, ...m.defaults } as typeof model.defaults;
    expect(v("pretrainTokens", printedState) / 1e9).toBeCloseTo(721, 0);
    expect(v("routeOverScratch", printedState) / 1e3).toBeCloseTo(26.8, 1);
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
    expect(value("fptShareBody")).toBeCloseTo((0.00086 * 124_439_808) / 85_056_000, 12);
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
    for (const preset of [hoffmann2022, besiroglu2024]) {
      for (const n of [1e8, 1e10, 1e12]) {
        const tokens = chinchillaTokensForParams(n, preset);
        const back = chinchillaOptimal({ flops: 6 * n * tokens }, preset);
        // Inverting N_opt(C) exactly: float round-off only.
        expect(back.params / n).toBeCloseTo(1, 9);
        expect(back.tokens / tokens).toBeCloseTo(1, 9);
      }
    }
  });

  it("counts, of the body's own weights, only the layer norms as trained by the FPT", () => {
    // GPT-2 small: 12 blocks × 2 layer norms × (scale + bias) × 768, plus the final one: 38,400;
    // over the 85,056,000-weight body (total 124,439,808 minus 50,257·768 + 1,024·768 embeddings).
    expect(value("gpt2LayerNorm")).toBe(38_400);
    expect(value("fptBodyTrainedShare")).toBeCloseTo(38_400 / 85_056_000, 15);
  });

  it("reproduces the shape of Rohin Shah's calculation and checks it by inverting the transfer law", () => {
    const p = model.defaults;
    const chars = p.fineTuneTokens * p.charsPerToken;
    // Hernandez et al. eq 1.1, text → Python (k 1.9e4, α 0.18, β 0.38, Table 1, secondary).
    const dt = 1.9e4 * chars ** 0.18 * p.params ** 0.38;
    expect(value("shahTransferred") / dt).toBeCloseTo(1, 9);
    expect(value("shahTransferred")).toBe(transferredData({ fineTuneData: chars, nonEmbeddingParams: p.params }));
    expect(value("shahMultiplier")).toBeCloseTo((chars + dt) / chars, 9);
    // Bisection inverts the law to about 1e-9 relative (its stated tolerance).
    expect(Math.abs(value("shahRecovered") - 1)).toBeLessThan(1e-6);
    expect(value("shahTotalFlops")).toBeCloseTo(value("pretrainFlops") + 6 * p.params * p.fineTuneTokens, -10);
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
