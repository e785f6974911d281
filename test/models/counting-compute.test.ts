import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepseek2024, deepseekFlopsPerToken, kaplanParamsFromShape } from "../../src/laws/index.ts";
import type { Params } from "../../src/models/define.ts";
import model from "../../src/models/counting-compute/index.ts";
import { counts, DEEPSEEK_VOCAB, frontierRun, GPT3_175B, type P, shapeForScale } from "../../src/models/counting-compute/shared.ts";
import { inRangeState } from "./helpers.ts";

const value = (name: string, p: Params<P> = model.defaults) => model.values[name]!.compute(p);

describe("counting-compute model: reference values", () => {
  it("gives GPT-3 175B's M/(6N) and Kaplan's ratio from its published shape", () => {
    // Brown et al. 2020 (arXiv 2005.14165) Table 2.1 and §2.1, read in a transcription (secondary):
    // n_layer 96, d_model 12288, n_ctx 2048. By hand, independent of the law module:
    // M/(6N) = 1 + 12·L·d·s/(72·L·d²) = 1 + s/(6d) = 1 + 2048/73728 = 37/36;
    // Kaplan (Table 1, ×3) = 1 + 6·L·s·d/(72·L·d²) = 1 + s/(12d) = 73/72. 1e-12 relative is float round-off.
    expect(GPT3_175B).toMatchObject({ nLayer: 96, dModel: 12288, contextLength: 2048 });
    expect(value("gpt3DeepseekRatio") / (37 / 36)).toBeCloseTo(1, 12);
    expect(value("gpt3KaplanRatio") / (73 / 72)).toBeCloseTo(1, 12);
    expect(value("gpt3LeftOut")).toBeCloseTo(1 / 37, 12);
    // 12·96·12288² = 173,946,175,488 non-embedding parameters; Table 2.1's 175.0B includes embeddings.
    expect(value("gpt3Params")).toBe(173_946_175_488);
  });

  it("reproduces DeepSeek's Table 3 ratios at its smallest and largest shapes", () => {
    // arXiv 2401.02954 Table 3 as transcribed in public reading notes (secondary): 6N₁/M 0.43 (8 layers,
    // d_model 512) and 0.92 (80, 8192); 6N₂/M 1.32 and 0.94. Printed to 2 decimals, so ±0.005.
    expect(Math.abs(value("table3SmallN1") - 0.43)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(value("table3LargeN1") - 0.92)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(value("table3SmallN2") - 1.32)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(value("table3LargeN2") - 0.94)).toBeLessThanOrEqual(0.005);
  });

  it("has the default shape's counts as computed by hand", () => {
    // d_model 1024, 24 layers, context 4096: N = 12·24·1024² = 301,989,888; M/(6N) = 1 + 4096/6144 = 5/3;
    // Kaplan 1 + 4096/12288 = 4/3. Attention equals 6N at 6·1024 = 6144 (DeepSeek) and 12·1024 = 12288 (Kaplan).
    expect(model.defaults).toMatchObject({ dModel: 1024, nLayer: 24, contextLength: 4096 });
    expect(value("params")).toBe(301_989_888);
    expect(value("deepseekRatio")).toBeCloseTo(5 / 3, 12);
    expect(value("kaplanRatio")).toBeCloseTo(4 / 3, 12);
    expect(value("evenDeepseek")).toBeCloseTo(6144, 6);
    expect(value("evenKaplan")).toBeCloseTo(12288, 6);
  });
});

describe("counting-compute model: limits", () => {
  it("reduces to 6N (and 6N₂ to 6N·(1 + n_vocab/(12·n_layer·d_model))) as the context goes to 0", () => {
    // The laws need a positive context; 1e-9 tokens leaves a relative attention term of ~1e-13.
    const p = { ...model.defaults, contextLength: 1e-9 };
    const c = counts(p);
    expect(c.deepseek / c.sixN).toBeCloseTo(1, 12);
    expect(c.kaplan / c.sixN).toBeCloseTo(1, 12);
    expect(c.sixN2 / c.deepseek).toBeCloseTo(1 + DEEPSEEK_VOCAB / (12 * p.nLayer * p.dModel), 12);
  });

  it("puts the attention term equal to 6N at the even contexts", () => {
    const p = { ...model.defaults, contextLength: value("evenDeepseek") };
    expect(counts(p).deepseek / counts(p).sixN).toBeCloseTo(2, 9);
    const q = { ...model.defaults, contextLength: value("evenKaplan") };
    expect(counts(q).kaplanRatio).toBeCloseTo(2, 9);
  });

  it("finds the shape whose M is the one asked for, at the asked aspect ratio", () => {
    for (const [m, aspect, ctx] of [
      [1e8, 40, 4096],
      [1e12, 128, 2048],
      [3e9, 16, 131072],
    ] as const) {
      const s = shapeForScale(m, aspect, ctx);
      expect(deepseekFlopsPerToken({ ...s, sequenceLength: ctx }) / m).toBeCloseTo(1, 9);
      expect(s.dModel / s.nLayer).toBeCloseTo(aspect, 9);
    }
  });
});

describe("counting-compute model: the exponent shift", () => {
  it("recovers DeepSeek's eq 4 exponent for M_opt (the construction's own check)", () => {
    // M_opt is eq 4 evaluated exactly, so the least-squares slope is 0.5243 up to float round-off.
    expect(value("fitMExponent")).toBeCloseTo(deepseek2024.modelExponent, 9);
  });

  it("gives a lower exponent on 6ND than on MD at every in-range state, Kaplan's count in between", () => {
    fc.assert(
      fc.property(inRangeState(model), (p) => {
        const full = value("fitFullExponent", p),
          six = value("fitSixNExponent", p),
          kaplan = value("fitKaplanExponent", p);
        expect(full).toBeGreaterThan(six);
        expect(kaplan).toBeLessThanOrEqual(full + 1e-12);
        expect(kaplan).toBeGreaterThanOrEqual(six - 1e-12);
        // N grows faster than M along the frontier (the attention share falls), so a on MD exceeds eq 4's a.
        expect(full).toBeGreaterThan(deepseek2024.modelExponent);
      }),
      { numRuns: 40 },
    );
  });

  it("grows the shift with the context and as the aspect ratio narrows (the essay says so)", () => {
    const shift = (p: Params<P>) => value("fitShift", p);
    const d = model.defaults;
    const byContext = [512, 4096, 32768, 200000].map((contextLength) => shift({ ...d, contextLength }));
    const byWidth = [8192, 2048, 512].map((dModel) => shift({ ...d, dModel }));
    for (const series of [byContext, byWidth]) for (let i = 1; i < series.length; i++) expect(series[i]).toBeGreaterThan(series[i - 1]!);
  });

  it("records each run's compute as 6N/M of M·D, and N from the shape", () => {
    const run = frontierRun(1e19, 1024 / 24, 4096);
    const shape = shapeForScale(run.flopsPerToken, 1024 / 24, 4096);
    expect(run.params).toBeCloseTo(kaplanParamsFromShape(shape), 0);
    expect(run.flops6N / run.flops).toBeCloseTo((6 * run.params) / run.flopsPerToken, 12);
    expect(run.flops6N).toBeLessThan(run.flops);
    expect(run.flopsKaplan).toBeLessThan(run.flops);
    expect(run.flopsKaplan).toBeGreaterThan(run.flops6N);
  });
});

describe("counting-compute model: hyper-parameters", () => {
  it("moves B_opt and η_opt by (6N/M) to the power of eq 1's exponents when the budget is counted as 6ND", () => {
    // B_opt ∝ C^0.3271, η_opt ∝ C^−0.1250 (arXiv 2401.02954 eq 1, secondary); at the defaults 6N/M = 3/5.
    expect(value("batchIf6N") / value("batchTokens")).toBeCloseTo((3 / 5) ** 0.3271, 12);
    expect(value("learningRateIf6N") / value("learningRate")).toBeCloseTo((3 / 5) ** -0.125, 12);
    // eq 1 at 1e20 FLOPs, by hand: 0.2920·1e20^0.3271 and 0.3118·1e20^−0.125.
    expect(value("batchTokens") / (0.292 * 1e20 ** 0.3271)).toBeCloseTo(1, 12);
    expect(value("learningRate") / (0.3118 * 1e20 ** -0.125)).toBeCloseTo(1, 12);
  });

  it("computes every value finite at every in-range state", () => {
    fc.assert(
      fc.property(inRangeState(model), (p) => {
        for (const [name, v] of Object.entries(model.values)) expect(Number.isFinite(v.compute(p)), name).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
