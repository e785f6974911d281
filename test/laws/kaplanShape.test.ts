import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { kaplanContextOverhead, kaplanForwardFlopsPerToken, kaplanParamsFromShape } from "../../src/laws/index.ts";
import { expectClose, expectRejectsCounts, fcOptions } from "./helpers.ts";

describe("Kaplan parameter count and forward FLOPs from shape (arXiv 2001.08361 §2.1, eq 2.1, Table 1)", () => {
  it("GPT-2 small's shape (n_layer 12, d_model 768) gives 12·12·768² = 84,934,656 non-embedding weights", () => {
    // Worked: 768² = 589,824; × 12 layers × 12 = 84,934,656. GPT-2 small's 85,056,000 body parameters
    // (fine-tuning model, gpt2ParamCounts) add biases and layer norms (12·13·768 + 2·768 = 121,344), which eq 2.1 neglects.
    expect(kaplanParamsFromShape({ nLayer: 12, dModel: 768 })).toBe(84_934_656);
    expect(85_056_000 - kaplanParamsFromShape({ nLayer: 12, dModel: 768 })).toBe(12 * 13 * 768 + 2 * 768);
  });
  it("GPT-3's shape (96 layers, d_model 12288; Brown et al. 2020 arXiv 2005.14165 Table 2.1) gives ≈ 174B, the 175B of its name", () => {
    // 12 · 96 · 12288² = 173,946,175,488.
    expect(kaplanParamsFromShape({ nLayer: 96, dModel: 12288 })).toBe(173_946_175_488);
  });
  it("eq 2.1 in general: 2·d_model·n_layer·(2·d_attn + d_ff)", () => {
    expect(kaplanParamsFromShape({ nLayer: 2, dModel: 10, dAttn: 3, dFf: 7 })).toBe(2 * 10 * 2 * (6 + 7));
  });
  it("forward FLOPs per token = 2N + 2·n_layer·n_ctx·d_attn (Table 1)", () => {
    // GPT-2 small, n_ctx 1024: 2·84,934,656 + 2·12·1024·768 = 169,869,312 + 18,874,368 = 188,743,680.
    expect(kaplanForwardFlopsPerToken({ nLayer: 12, dModel: 768, contextLength: 1024 })).toBe(188_743_680);
  });
  it("the context overhead over 6N is 1 + n_ctx/(12·d_model) for the standard shape (§2.1: small when d_model ≫ n_ctx/12)", () => {
    expectClose(kaplanContextOverhead({ nLayer: 12, dModel: 768, contextLength: 1024 }), 1 + 1024 / (12 * 768), 1e-15, "exact");
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 64, max: 65536 }),
        fc.integer({ min: 1, max: 1 << 20 }),
        (nLayer, dModel, contextLength) => {
          const shape = { nLayer, dModel, contextLength };
          const ratio = kaplanContextOverhead(shape);
          expectClose(ratio, kaplanForwardFlopsPerToken(shape) / (2 * kaplanParamsFromShape({ nLayer, dModel })), 1e-12, "same two rows of Table 1");
          expect(ratio).toBeGreaterThan(1);
          expect(kaplanContextOverhead({ ...shape, contextLength: contextLength * 2 })).toBeGreaterThan(ratio);
        },
      ),
      fcOptions,
    );
  });
  it("rejects bad input", () => {
    expectRejectsCounts("nLayer", (v) => kaplanParamsFromShape({ nLayer: v as number, dModel: 768 }));
    expectRejectsCounts("dModel", (v) => kaplanParamsFromShape({ nLayer: 12, dModel: v as number }));
    expectRejectsCounts("dAttn", (v) => kaplanParamsFromShape({ nLayer: 12, dModel: 768, dAttn: v as number }), true);
    expectRejectsCounts("dFf", (v) => kaplanParamsFromShape({ nLayer: 12, dModel: 768, dFf: v as number }), true);
    expectRejectsCounts("contextLength", (v) => kaplanForwardFlopsPerToken({ nLayer: 12, dModel: 768, contextLength: v as number }));
    expectRejectsCounts("contextLength", (v) => kaplanContextOverhead({ nLayer: 12, dModel: 768, contextLength: v as number }));
    expect(() => kaplanParamsFromShape({ nLayer: 1, dModel: 1, nCtx: 3 } as never)).toThrow(TypeError);
  });
});
