/**
 * Fit Hernandez et al.'s transfer law (arXiv 2102.01293 eq 1.1) to a reader's own
 * fine-tuning measurements, by ordinary least squares on
 * log D_T = log k + α·log D_F + β·log N, as the paper suggests for estimating one's own
 * transfer coefficients from a few small fine-tunes.
 */
import { finite, invalid, positive, record } from "./validate.ts";

/** One measurement: effective data transferred at a fine-tuning set size and model size. */
export interface TransferPoint {
  /** D_F, characters (> 0). */ fineTuneData: number;
  /** N, non-embedding parameters (> 0). */ nonEmbeddingParams: number;
  /** D_T, characters (> 0). */ transferredData: number;
}

/** Result of {@link fitTransfer}. */
export interface TransferFit {
  /** Fitted (or, for beta, fixed) constants. */
  estimate: { k: number; alpha: number; beta: number };
  /** The fitted log k (natural log). */ logK: number;
  /** Standard errors of log k, α and (when fitted) β. */
  standardErrors: { logK: number; alpha: number; beta?: number };
  /** √(RSS/(n − p)) of the log residuals. */ residualStdDev: number;
  /** Number of points. */ n: number;
  /** n − p (p = 2 or 3 fitted parameters). */ degreesOfFreedom: number;
  /** Whether β was held fixed. */ betaFixed: boolean;
}

/**
 * Fits Hernandez et al.'s transfer law to your own fine-tuning measurements (OLS in logs).
 * Least squares on `log D_T = log k + α·log D_F + β·log N` (natural logs).
 * With `beta` given, only k and α are fitted (needs ≥ 3 points with ≥ 2 distinct D_F); otherwise
 * all three (needs ≥ 4 points in which log D_F and log N vary independently, e.g. a few
 * fine-tuning set sizes at two or more model sizes).
 * Source: arXiv 2102.01293 eq 1.1; standard OLS with σ² = RSS/(n − p).
 * @param points measurements (all counts > 0).
 * @param options.beta fixed β (finite), e.g. 0.38 from the paper.
 * @returns the estimate {k, alpha, beta}, log k, standard errors, the residual standard deviation,
 *   n and degrees of freedom ({@link TransferFit}).
 * @throws {RangeError} for too few points or a design that cannot separate α from β;
 * {RangeError|TypeError} for bad values.
 */
export function fitTransfer(points: readonly TransferPoint[], options: { beta?: number } = {}): TransferFit {
  if (!Array.isArray(points)) throw invalid("points", points, "must be an array", true);
  const o = record("options", options, ["beta"]);
  const fixed = o.beta !== undefined;
  const beta0 = fixed ? finite("beta", o.beta) : 0;
  const n = points.length;
  const p = fixed ? 2 : 3;
  if (n < p + 1) throw invalid("points", `${n} points`, `need at least ${p + 1} to fit ${fixed ? "k and alpha" : "k, alpha and beta"}`);
  const x = new Float64Array(n),
    z = new Float64Array(n),
    y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const q = record(`points[${i}]`, points[i], ["fineTuneData", "nonEmbeddingParams", "transferredData"]);
    x[i] = Math.log(positive(`points[${i}].fineTuneData`, q.fineTuneData));
    z[i] = Math.log(positive(`points[${i}].nonEmbeddingParams`, q.nonEmbeddingParams));
    y[i] = Math.log(positive(`points[${i}].transferredData`, q.transferredData)) - beta0 * z[i]!;
  }
  // Centred sums: the intercept separates out and the 2×2 system stays well conditioned.
  const mean = (v: Float64Array): number => v.reduce((s, t) => s + t, 0) / n;
  const mx = mean(x),
    mz = mean(z),
    my = mean(y);
  let sxx = 0,
    szz = 0,
    sxz = 0,
    sxy = 0,
    szy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx,
      dz = z[i]! - mz,
      dy = y[i]! - my;
    sxx += dx * dx;
    szz += dz * dz;
    sxz += dx * dz;
    sxy += dx * dy;
    szy += dz * dy;
  }
  const spread = (v: number): boolean => v > 1e-12 * n;
  if (!spread(sxx)) throw invalid("points", "fineTuneData", "must take at least two distinct values");
  let alpha: number,
    beta: number,
    varAlpha: number,
    varBeta = NaN,
    covAlphaBeta = 0;
  if (fixed) {
    alpha = sxy / sxx;
    beta = beta0;
    varAlpha = 1 / sxx;
  } else {
    const det = sxx * szz - sxz * sxz;
    if (!spread(szz) || !(det > 1e-9 * sxx * szz)) {
      throw invalid("points", "nonEmbeddingParams", "must vary independently of fineTuneData (use several data sizes at two or more model sizes)");
    }
    alpha = (szz * sxy - sxz * szy) / det;
    beta = (sxx * szy - sxz * sxy) / det;
    varAlpha = szz / det;
    varBeta = sxx / det;
    covAlphaBeta = -sxz / det;
  }
  const fittedBeta = fixed ? 0 : beta;
  const logK = my - alpha * mx - fittedBeta * mz;
  let rss = 0;
  for (let i = 0; i < n; i++) {
    const r = y[i]! - logK - alpha * x[i]! - fittedBeta * z[i]!;
    rss += r * r;
  }
  const dof = n - p;
  const s2 = rss / dof;
  // Var(log k) = σ²(1/n + m'·S⁻¹·m), m the means of the regressors.
  const quad = fixed ? mx * mx * varAlpha : mx * mx * varAlpha + mz * mz * varBeta + 2 * mx * mz * covAlphaBeta;
  const standardErrors: TransferFit["standardErrors"] = { logK: Math.sqrt(s2 * (1 / n + quad)), alpha: Math.sqrt(s2 * varAlpha) };
  if (!fixed) standardErrors.beta = Math.sqrt(s2 * varBeta);
  return { estimate: { k: Math.exp(logK), alpha, beta }, logK, standardErrors, residualStdDev: Math.sqrt(s2), n, degreesOfFreedom: dof, betaFixed: fixed };
}
