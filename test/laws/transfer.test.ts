import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  hernandez2021MixToPython,
  hernandez2021TextToPython,
  transferDataForModelScale,
  transferFineTuneDataForEffective,
  transferMultiplier,
  transferredData,
} from "../../src/laws/index.ts";
import { expectClose, expectRejectsCounts, fcOptions } from "./helpers.ts";

describe("Hernandez et al. 2021 transfer presets (arXiv 2102.01293 Table 1, secondary)", () => {
  it("pin the constants and say they were read in summaries", () => {
    expect(hernandez2021TextToPython).toMatchObject({ k: 1.9e4, alpha: 0.18, beta: 0.38 });
    expect(hernandez2021MixToPython).toMatchObject({ k: 2.1e5, alpha: 0.096, beta: 0.38 });
    expect(hernandez2021TextToPython.source?.verification).toBe("secondary");
  });
});

describe("transferredData and transferMultiplier (eqs 1.1–1.2)", () => {
  it("D_T = k·D_F^α·N^β, multiplier = (D_F + D_T)/D_F", () => {
    const dt = transferredData({ fineTuneData: 3e5, nonEmbeddingParams: 4e7 });
    expectClose(dt, 1.9e4 * 3e5 ** 0.18 * 4e7 ** 0.38, 1e-13, "same formula via logs");
    expectClose(transferMultiplier({ fineTuneData: 3e5, nonEmbeddingParams: 4e7 }), (3e5 + dt) / 3e5, 1e-13, "definition");
  });
  it("the fit gives ~476× for the Fig. 1 example (40M model, 3e5 characters), not the ~1000× read off measured curves", () => {
    const m = transferMultiplier({ fineTuneData: 3e5, nonEmbeddingParams: 4e7 });
    expect(m).toBeGreaterThan(470);
    expect(m).toBeLessThan(480);
  });
  it("'10× larger model ≈ 100× more data' is β ≈ 2α: the fits give 10^(0.38/0.18) ≈ 129 and 10^(0.38/0.096) ≈ 9085", () => {
    expectClose(transferDataForModelScale({ modelScale: 10 }), 10 ** (0.38 / 0.18), 1e-13, "rounding in logs");
    expect(transferDataForModelScale({ modelScale: 10 })).toBeCloseTo(129.15, 1);
    expectClose(transferDataForModelScale({ modelScale: 10 }, hernandez2021MixToPython), 10 ** (0.38 / 0.096), 1e-12, "rounding in logs");
  });
  it("scaling the model by M transfers the same as scaling D_F by M^(β/α)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e3, noNaN: true }), (m) => {
        const base = { fineTuneData: 1e5, nonEmbeddingParams: 1e7 };
        const bigger = transferredData({ ...base, nonEmbeddingParams: base.nonEmbeddingParams * m });
        const moreData = transferredData({ ...base, fineTuneData: base.fineTuneData * transferDataForModelScale({ modelScale: m }) });
        expectClose(bigger, moreData, 1e-12, "identity of exponents, rounding only");
      }),
      fcOptions,
    );
  });
  it("grows with D_F and N; the multiplier falls with D_F; finite across the domain", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e15, noNaN: true }), fc.double({ min: 1, max: 1e13, noNaN: true }), (d, n) => {
        const dt = transferredData({ fineTuneData: d, nonEmbeddingParams: n });
        const m = transferMultiplier({ fineTuneData: d, nonEmbeddingParams: n });
        expect(Number.isFinite(dt) && Number.isFinite(m) && m > 1).toBe(true);
        expect(transferredData({ fineTuneData: 2 * d, nonEmbeddingParams: n })).toBeGreaterThan(dt);
        expect(transferredData({ fineTuneData: d, nonEmbeddingParams: 2 * n })).toBeGreaterThan(dt);
        expect(transferMultiplier({ fineTuneData: 2 * d, nonEmbeddingParams: n })).toBeLessThan(m);
      }),
      fcOptions,
    );
  });
  it("rejects bad input", () => {
    expectRejectsCounts("fineTuneData", (v) => transferredData({ fineTuneData: v as number, nonEmbeddingParams: 1 }));
    expectRejectsCounts("nonEmbeddingParams", (v) => transferMultiplier({ fineTuneData: 1, nonEmbeddingParams: v as number }));
    expectRejectsCounts("modelScale", (v) => transferDataForModelScale({ modelScale: v as number }));
    expect(() => transferredData({ fineTuneData: 1, nonEmbeddingParams: 1 }, { k: 1, alpha: 0.1, beta: 0.2, gamma: 1 } as never)).toThrow(TypeError);
  });
});

describe("transferFineTuneDataForEffective (inverse of D_F + D_T)", () => {
  it("round-trips: D_F + D_T(D_F) = target to 1e-9", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e12, noNaN: true }), fc.double({ min: 1e5, max: 1e12, noNaN: true }), (d, n) => {
        const target = d + transferredData({ fineTuneData: d, nonEmbeddingParams: n });
        const back = transferFineTuneDataForEffective({ effectiveData: target, nonEmbeddingParams: n });
        expectClose(back + transferredData({ fineTuneData: back, nonEmbeddingParams: n }), target, 1e-9, "bisection in log D_F to rounding");
        expectClose(back, d, 1e-6, "the inverse is well conditioned when D_F is not negligible; loosened for D_F ≪ D_T");
      }),
      fcOptions,
    );
  });
  it("returns a tiny D_F when transfer alone nearly reaches the target, and 0 when it underflows", () => {
    const tiny = transferFineTuneDataForEffective({ effectiveData: 1e6, nonEmbeddingParams: 1e8 }, hernandez2021MixToPython);
    expect(tiny).toBeGreaterThanOrEqual(0);
    expect(tiny).toBeLessThan(1e-10);
    expect(transferFineTuneDataForEffective({ effectiveData: 1, nonEmbeddingParams: 1e12 }, { k: 1e10, alpha: 0.001, beta: 1 })).toBe(0);
  });
  it("rejects bad input", () => {
    expectRejectsCounts("effectiveData", (v) => transferFineTuneDataForEffective({ effectiveData: v as number, nonEmbeddingParams: 1 }));
  });
});
