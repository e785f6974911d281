import { describe, expect, it } from "vitest";
import { fitTransfer, transferredData, type TransferPoint } from "../../src/laws/index.ts";
import reference from "../reference/chinchilla_fit.json" with { type: "json" };
import { expectClose } from "./helpers.ts";

// numpy lstsq on the same 8 fixed points: test/reference/chinchilla_fit.py, transfer_reference().
const ref = reference.transfer;

describe("fitTransfer (OLS on log D_T = log k + α log D_F + β log N; arXiv 2102.01293 eq 1.1)", () => {
  it("matches numpy's least squares, standard errors included (1e-9: both solve the same normal equations)", () => {
    const fit = fitTransfer(ref.points);
    expectClose(fit.logK, ref.full.logK, 1e-9, "different but exact algorithms");
    expectClose(fit.estimate.alpha, ref.full.alpha, 1e-9, "same");
    expectClose(fit.estimate.beta, ref.full.beta, 1e-9, "same");
    expectClose(fit.standardErrors.logK, ref.full.se.logK, 1e-8, "covariance of a centred design, rounding");
    expectClose(fit.standardErrors.alpha, ref.full.se.alpha, 1e-8, "same");
    expectClose(fit.standardErrors.beta!, ref.full.se.beta, 1e-8, "same");
    expectClose(fit.residualStdDev, ref.full.residualStdDev, 1e-8, "same");
    expect(fit).toMatchObject({ n: 8, degreesOfFreedom: 5, betaFixed: false });
  });
  it("with β fixed fits only k and α, matching numpy", () => {
    const fit = fitTransfer(ref.points, { beta: 0.38 });
    expectClose(fit.logK, ref.betaFixed.logK, 1e-9, "exact algorithms");
    expectClose(fit.estimate.alpha, ref.betaFixed.alpha, 1e-9, "same");
    expect(fit.estimate.beta).toBe(0.38);
    expectClose(fit.standardErrors.logK, ref.betaFixed.se.logK, 1e-8, "same");
    expectClose(fit.standardErrors.alpha, ref.betaFixed.se.alpha, 1e-8, "same");
    expect(fit.standardErrors.beta).toBeUndefined();
    expect(fit.degreesOfFreedom).toBe(6);
  });
  it("recovers the text → Python constants exactly from noiseless 1% and 10% fine-tunes at two model sizes", () => {
    const points: TransferPoint[] = [];
    for (const n of [1e7, 1e8])
      for (const d of [1e5, 1e6, 1e7])
        points.push({ fineTuneData: d, nonEmbeddingParams: n, transferredData: transferredData({ fineTuneData: d, nonEmbeddingParams: n }) });
    const fit = fitTransfer(points);
    expectClose(fit.estimate.k, 1.9e4, 1e-9, "noiseless data, rounding only");
    expectClose(fit.estimate.alpha, 0.18, 1e-9, "same");
    expectClose(fit.estimate.beta, 0.38, 1e-9, "same");
    expect(fit.residualStdDev).toBeLessThan(1e-12);
  });
  it("refuses designs that cannot identify the parameters", () => {
    const p = (d: number, n: number): TransferPoint => ({ fineTuneData: d, nonEmbeddingParams: n, transferredData: 1e6 });
    expect(() => fitTransfer([p(1, 1), p(2, 2), p(3, 1)])).toThrow(new RangeError('invalid points: "3 points" (need at least 4 to fit k, alpha and beta)'));
    expect(() => fitTransfer([p(1, 1), p(2, 1)], { beta: 0.38 })).toThrow(/need at least 3 to fit k and alpha/);
    expect(() => fitTransfer([p(1, 1), p(1, 2), p(1, 3), p(1, 4)])).toThrow(/fineTuneData.*must take at least two distinct values/);
    expect(() => fitTransfer([p(1, 1), p(2, 1), p(3, 1), p(4, 1)])).toThrow(/must vary independently of fineTuneData/);
    expect(() => fitTransfer([p(1, 10), p(10, 100), p(100, 1000), p(1000, 10000)])).toThrow(/must vary independently/);
    expect(() => fitTransfer("points" as never)).toThrow(TypeError);
    expect(() => fitTransfer([p(1, 1), p(2, 2), p(3, 1), p(-4, 1)])).toThrow(
      new RangeError("invalid points[3].fineTuneData: -4 (must be a finite number > 0)"),
    );
    expect(() => fitTransfer(ref.points, { beta: NaN })).toThrow(new RangeError("invalid beta: NaN (must be a finite number)"));
  });
});
