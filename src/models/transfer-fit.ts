/**
 * "Estimate your own" transfer coefficients: the worked example data set (generated from the
 * text → Python preset with seeded noise) and a fit summary shared by the build-time component
 * (src/components/TransferFit.astro) and the browser island (src/islands/transfer-fit.ts).
 * Pure; no default export (this file is a helper, not a model). Must not import Plot.
 */
import { createRandom, fitTransfer, hernandez2021TextToPython, randomNormal, type TransferFit, type TransferPoint } from "../laws/index.ts";
import { formatNumber, parseNumber } from "../lib/format.ts";

/** What the third column holds: effective data transferred D_T, or the from-scratch data D_E that matched the fine-tuned loss (D_T = D_E − D_F). */
export type TransferColumn = "transferred" | "fromScratch";

/** One row as a reader types it: text cells. */
export interface TransferRowText {
  nonEmbeddingParams: string;
  fineTuneData: string;
  third: string;
}

/** The worked example's design: the paper's recipe (a few fine-tuning set sizes at a few model sizes). */
export const TRANSFER_EXAMPLE = Object.freeze({
  seed: 20210202,
  /** Standard deviation of the multiplicative noise, in natural-log units (≈ 15%). */
  noise: 0.15,
  modelSizes: Object.freeze([4e6, 4e7, 4e8]),
  fineTuneSizes: Object.freeze([3e4, 3e5, 3e6]),
});

/**
 * The example data set: D_T from the text → Python preset (arXiv 2102.01293 Table 1) at each
 * model and data size, times exp(noise · z) with z standard normal from a seeded generator, so
 * the build and every test see the same numbers. Values are rounded to 3 significant digits, as
 * a reader would type them.
 */
export function exampleTransferPoints(seed: number = TRANSFER_EXAMPLE.seed, noise: number = TRANSFER_EXAMPLE.noise): TransferPoint[] {
  const random = createRandom(seed);
  const { k, alpha, beta } = hernandez2021TextToPython;
  const points: TransferPoint[] = [];
  for (const n of TRANSFER_EXAMPLE.modelSizes) {
    for (const d of TRANSFER_EXAMPLE.fineTuneSizes) {
      const exact = k * d ** alpha * n ** beta;
      points.push({ nonEmbeddingParams: n, fineTuneData: d, transferredData: Number((exact * Math.exp(noise * randomNormal(random))).toPrecision(3)) });
    }
  }
  return points;
}

const count = { kind: "count", digits: 3 } as const;

/** The example points as the text a reader would see in the table. */
export function pointsAsText(points: readonly TransferPoint[]): TransferRowText[] {
  return points.map((q) => ({
    nonEmbeddingParams: formatNumber(q.nonEmbeddingParams, count),
    fineTuneData: formatNumber(q.fineTuneData, count),
    third: formatNumber(q.transferredData, count),
  }));
}

/** Parse typed rows into fit points; problems are reported per row, never thrown. */
export function parseRows(rows: readonly TransferRowText[], column: TransferColumn): { points: TransferPoint[]; problems: { row: number; message: string }[] } {
  const points: TransferPoint[] = [];
  const problems: { row: number; message: string }[] = [];
  rows.forEach((r, i) => {
    if (!r.nonEmbeddingParams.trim() && !r.fineTuneData.trim() && !r.third.trim()) return; // an empty row is skipped
    const n = parseNumber(r.nonEmbeddingParams);
    const d = parseNumber(r.fineTuneData);
    const t = parseNumber(r.third);
    const bad = [
      !(n > 0 && Number.isFinite(n)) && "model size",
      !(d > 0 && Number.isFinite(d)) && "fine-tuning data",
      !(t > 0 && Number.isFinite(t)) && (column === "transferred" ? "effective data" : "from-scratch data"),
    ].filter(Boolean);
    if (bad.length) {
      problems.push({ row: i, message: `${bad.join(", ")}: type a positive number such as 4e7, 40M or 3e5` });
      return;
    }
    const transferred = column === "transferred" ? t : t - d;
    if (!(transferred > 0)) {
      problems.push({ row: i, message: "from-scratch data must exceed the fine-tuning data (D_T = D_E − D_F > 0)" });
      return;
    }
    points.push({ nonEmbeddingParams: n, fineTuneData: d, transferredData: transferred });
  });
  return { points, problems };
}

/** A fit's estimates as display text: value ± standard error, and k's 95% interval (the SE is on log k). */
export interface TransferFitText {
  k: string;
  kInterval: string;
  alpha: string;
  beta: string;
  ratio: string;
  residual: string;
  points: string;
}

const sig = (x: number, digits = 2) => formatNumber(x, { kind: "sig", digits });

/**
 * Fit and describe: `fitTransfer` (arXiv 2102.01293 eq 1.1 by least squares in logs), with β
 * fixed when `fixBeta` is given. Returns the fit and its text, or the reason it cannot be fitted.
 */
export function describeTransferFit(
  points: readonly TransferPoint[],
  fixBeta?: number,
): { ok: true; fit: TransferFit; text: TransferFitText } | { ok: false; message: string } {
  let fit: TransferFit;
  try {
    fit = fitTransfer(points, fixBeta === undefined ? {} : { beta: fixBeta });
  } catch (error) {
    const raw = (error as Error).message;
    const message = /need at least/.test(raw)
      ? fixBeta === undefined
        ? "Need at least 4 valid rows to fit k, α and β (or fix β to the paper's value and use 3)."
        : "Need at least 3 valid rows to fit k and α."
      : /vary independently/.test(raw)
        ? "Model size must vary independently of fine-tuning data: use several data sizes at two or more model sizes, or fix β."
        : /distinct/.test(raw)
          ? "Fine-tuning data must take at least two different values."
          : raw;
    return { ok: false, message };
  }
  const { estimate, standardErrors: se } = fit;
  if (![estimate.k, estimate.alpha, estimate.beta, se.logK, se.alpha].every(Number.isFinite))
    return { ok: false, message: "The fit did not produce finite estimates for these rows." };
  const z = 1.96; // two-sided 95% normal quantile
  const betaText = fit.betaFixed ? `${sig(estimate.beta)} (fixed)` : `${sig(estimate.beta)} ± ${sig(se.beta ?? Number.NaN, 1)}`;
  return {
    ok: true,
    fit,
    text: {
      k: formatNumber(estimate.k, { kind: "sci", digits: 2 }),
      kInterval: `${formatNumber(estimate.k * Math.exp(-z * se.logK), { kind: "sci", digits: 2 })} to ${formatNumber(estimate.k * Math.exp(z * se.logK), { kind: "sci", digits: 2 })}`,
      alpha: `${sig(estimate.alpha)} ± ${sig(se.alpha, 1)}`,
      beta: betaText,
      ratio: sig(estimate.beta / estimate.alpha, 3),
      residual: Number.isFinite(fit.residualStdDev) ? `${sig(fit.residualStdDev)} (natural log)` : "—",
      points: `${fit.n} points, ${fit.degreesOfFreedom} degrees of freedom`,
    },
  };
}
