/**
 * Hoffmann et al.'s fitting objective (arXiv 2203.15556 §3.3 eq 3, App. D.2):
 * Σ_i Huber_δ(LSE(a − α·log N_i, b − β·log D_i, e) − log L_i), with A, B, E = exp(a, b, e).
 * The hot loop of every fit: preallocated Float64Arrays, analytic gradient, no allocation.
 */

/** Points in the form the objective reads: natural logs of N, D and L. */
export interface LogPoints {
  readonly logParams: Float64Array;
  readonly logTokens: Float64Array;
  readonly logLoss: Float64Array;
}

/**
 * Hoffmann et al.'s summed Huber objective with its analytic gradient. A function of x = [a, b, e,
 * α, β] (A, B, E = exp(a, b, e)): `Σ_i Huber_δ(LSE(a − α·log N_i, b − β·log D_i, e) − log L_i)`.
 * Huber_δ(r) = r²/2 for |r| ≤ δ, else δ(|r| − δ/2) (the form scipy.special.huber and the
 * replication notebook use).
 * Source: arXiv 2203.15556 §3.3 eq 3, App. D.2.
 * @param points natural logs of N, D and L.
 * @param delta Huber δ (> 0), 1e-3 in the paper.
 * @returns fg(x, gradient) → objective, writing the gradient.
 */
export function chinchillaObjective(points: LogPoints, delta: number): (x: Float64Array, gradient: Float64Array) => number {
  const { logParams, logTokens, logLoss } = points;
  const count = logLoss.length;
  const halfDelta = 0.5 * delta;
  return (x, gradient) => {
    const a = x[0]!,
      b = x[1]!,
      e = x[2]!,
      alpha = x[3]!,
      beta = x[4]!;
    // LSE(u1, u2, e) = log(exp(u1) + exp(u2) + E) without shifting by the max: all terms are
    // positive (no cancellation), exp(e) is shared by every point, and a step that overflows
    // (or underflows all three) yields f = ∞, which the line search rejects.
    const bigE = Math.exp(e);
    let f = 0,
      ga = 0,
      gb = 0,
      ge = 0,
      galpha = 0,
      gbeta = 0;
    for (let i = 0; i < count; i++) {
      const ln = logParams[i]!,
        ld = logTokens[i]!;
      const w1 = Math.exp(a - alpha * ln),
        w2 = Math.exp(b - beta * ld);
      const sum = w1 + w2 + bigE;
      const r = Math.log(sum) - logLoss[i]!;
      let dh: number;
      if (r > delta) {
        f += delta * (r - halfDelta);
        dh = delta;
      } else if (r < -delta) {
        f += delta * (-r - halfDelta);
        dh = -delta;
      } else {
        f += 0.5 * r * r;
        dh = r;
      }
      const k = dh / sum;
      const k1 = k * w1,
        k2 = k * w2;
      ga += k1;
      gb += k2;
      ge += k;
      galpha -= k1 * ln;
      gbeta -= k2 * ld;
    }
    ge *= bigE;
    gradient[0] = ga;
    gradient[1] = gb;
    gradient[2] = ge;
    gradient[3] = galpha;
    gradient[4] = gbeta;
    return f;
  };
}

/** A grid of starting values in the log parametrisation. */
export interface ChinchillaGrid {
  readonly a: readonly number[];
  readonly b: readonly number[];
  readonly e: readonly number[];
  readonly alpha: readonly number[];
  readonly beta: readonly number[];
}

const range = (from: number, to: number, step: number): readonly number[] =>
  Object.freeze(Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step));

/**
 * Hoffmann et al.'s 4,500-point start grid for the fit: α, β ∈ {0, 0.5, …, 2}, e ∈ {−1, −0.5, …, 1},
 * a, b ∈ {0, 5, …, 25} (5·5·5·6·6 = 4500 starts).
 * Source: arXiv 2203.15556 App. D.2.
 */
export const hoffmann2022Grid: ChinchillaGrid = Object.freeze({
  a: range(0, 25, 5),
  b: range(0, 25, 5),
  e: range(-1, 1, 0.5),
  alpha: range(0, 2, 0.5),
  beta: range(0, 2, 0.5),
});
