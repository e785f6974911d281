import { describe, expect, it } from "vitest";
import { hernandez2021TextToPython } from "../../src/laws/index.ts";
import { describeTransferFit, exampleTransferPoints, parseRows, pointsAsText, TRANSFER_EXAMPLE } from "../../src/models/transfer-fit.ts";

const text = hernandez2021TextToPython;

describe("the worked example", () => {
  it("is reproducible from its seed and spans both data and model size", () => {
    const a = exampleTransferPoints();
    expect(exampleTransferPoints()).toEqual(a);
    expect(a).toHaveLength(TRANSFER_EXAMPLE.modelSizes.length * TRANSFER_EXAMPLE.fineTuneSizes.length);
    expect(new Set(a.map((p) => p.nonEmbeddingParams)).size).toBeGreaterThan(1);
    expect(new Set(a.map((p) => p.fineTuneData)).size).toBeGreaterThan(1);
  });

  it("recovers Table 1's constants without noise", () => {
    // Values are rounded to 3 significant digits (≤ 0.05% each), so the exponents come back to ~1e-3.
    const fit = describeTransferFit(exampleTransferPoints(1, 0));
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expect(fit.fit.estimate.alpha).toBeCloseTo(text.alpha, 3);
    expect(fit.fit.estimate.beta).toBeCloseTo(text.beta, 3);
    expect(fit.fit.estimate.k / text.k).toBeCloseTo(1, 1);
  });

  it("gives 95% intervals that cover the truth about 95% of the time (recovery with noise)", () => {
    // 400 seeded data sets; t quantile 2.447 for 6 degrees of freedom. Binomial SD of the coverage
    // is √(0.95·0.05/400) ≈ 0.011, so ±0.033 (3 SD) around 0.95 is the tolerance.
    let alphaIn = 0;
    let betaIn = 0;
    const runs = 400;
    for (let seed = 5000; seed < 5000 + runs; seed++) {
      const r = describeTransferFit(exampleTransferPoints(seed));
      if (!r.ok) throw new Error(r.message);
      const { estimate, standardErrors } = r.fit;
      if (Math.abs(estimate.alpha - text.alpha) < 2.447 * standardErrors.alpha) alphaIn++;
      if (Math.abs(estimate.beta - text.beta) < 2.447 * standardErrors.beta!) betaIn++;
    }
    expect(Math.abs(alphaIn / runs - 0.95)).toBeLessThan(0.033);
    expect(Math.abs(betaIn / runs - 0.95)).toBeLessThan(0.033);
  });
});

describe("reading a reader's rows", () => {
  it("parses suffixes and scientific notation and round-trips the example's text", () => {
    const pts = exampleTransferPoints();
    const { points, problems } = parseRows(pointsAsText(pts), "transferred");
    expect(problems).toEqual([]);
    points.forEach((p, i) => {
      expect(p.nonEmbeddingParams).toBeCloseTo(pts[i]!.nonEmbeddingParams, -3);
      expect(p.transferredData / pts[i]!.transferredData).toBeCloseTo(1, 2);
    });
  });

  it("reports bad cells per row instead of throwing, and skips empty rows", () => {
    const { points, problems } = parseRows(
      [
        { nonEmbeddingParams: "40M", fineTuneData: "3e5", third: "1.4e8" },
        { nonEmbeddingParams: "abc", fineTuneData: "3e5", third: "1e8" },
        { nonEmbeddingParams: "", fineTuneData: "", third: "" },
        { nonEmbeddingParams: "-4", fineTuneData: "0", third: "1e8" },
      ],
      "transferred",
    );
    expect(points).toHaveLength(1);
    expect(problems.map((p) => p.row)).toEqual([1, 3]);
    expect(problems[1]!.message).toMatch(/model size, fine-tuning data/);
  });

  it("turns from-scratch data into D_T = D_E − D_F and rejects D_E ≤ D_F", () => {
    const { points, problems } = parseRows(
      [
        { nonEmbeddingParams: "4e7", fineTuneData: "3e5", third: "1.003e8" },
        { nonEmbeddingParams: "4e7", fineTuneData: "3e5", third: "2e5" },
      ],
      "fromScratch",
    );
    expect(points[0]!.transferredData).toBeCloseTo(1e8, -1);
    expect(problems[0]!.message).toMatch(/exceed/);
  });
});

describe("fitting never throws", () => {
  it("explains too few points, and fits three with β fixed", () => {
    const three = exampleTransferPoints().filter((p) => p.nonEmbeddingParams === 4e7);
    const free = describeTransferFit(three);
    expect(free.ok).toBe(false);
    if (!free.ok) expect(free.message).toMatch(/at least 4/);
    const fixed = describeTransferFit(three, text.beta);
    expect(fixed.ok).toBe(true);
    if (fixed.ok) expect(fixed.text.beta).toMatch(/fixed/);
  });

  it("explains a design where model size does not vary", () => {
    const oneSize = exampleTransferPoints().map((p) => ({ ...p, nonEmbeddingParams: 4e7 }));
    const r = describeTransferFit(oneSize);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/vary independently/);
  });
});
