/**
 * Limited-memory BFGS for small smooth problems, written for the Chinchilla fit.
 *
 * Provenance: J. Nocedal & S. J. Wright, Numerical Optimization, 2nd ed. (Springer 2006):
 * the two-loop recursion (Alg. 7.4) with H₀ = γI, γ = sᵀy/yᵀy (eq 7.20), the L-BFGS outer loop
 * (Alg. 7.5), and a line search satisfying the strong Wolfe conditions (Alg. 3.5, zoom Alg. 3.6,
 * safeguarded cubic interpolation §3.5 eq 3.59). Pairs with sᵀy ≤ 0 are skipped so H stays
 * positive definite; a failed line search resets the memory once before giving up.
 *
 * Convergence is judged relative to the objective's own scale (‖g‖∞ ≤ gtol·|f|, or a relative
 * decrease ≤ ftol·|f|): the summed Huber objective of the Chinchilla fit is ~1e-3, so absolute
 * tolerances (scipy's pgtol = 1e-5, and its ftol scaled by max(|f|, 1)) stop early. Never throws
 * for non-convergence: it reports `converged: false` and the best point found.
 */

/** Objective and gradient: writes ∇f(x) into `gradient` and returns f(x). */
export type ObjectiveWithGradient = (x: Float64Array, gradient: Float64Array) => number;

/** Options of {@link lbfgs}. */
export interface LbfgsOptions {
  /** Maximum outer iterations (default 1000). */ maxIterations?: number;
  /** Number of (s, y) pairs kept (default 10). */ memory?: number;
  /** Stop when ‖g‖∞ ≤ gradientTolerance·|f| (default 1e-10). */ gradientTolerance?: number;
  /**
   * Stop when f_prev − f ≤ functionTolerance·|f_prev| (default 1e-12: ~20× the rounding noise of
   * a sum of a few hundred terms, n·ε ≈ 5e-14, and 6 orders stricter than scipy's default at f ~ 1e-3).
   */
  functionTolerance?: number;
}

/** Result of {@link lbfgs}. */
export interface LbfgsResult {
  x: Float64Array;
  f: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
  reason: "gradient" | "function" | "maxIterations" | "lineSearch" | "nonFinite";
}

const C1 = 1e-4; // sufficient decrease (N&W p. 62)
const C2 = 0.9; // curvature, the usual value for quasi-Newton methods (N&W p. 62)
const MAX_LINE_SEARCH = 40;
// Zoom steps before settling for the best sufficient-decrease point: near the optimum the
// Huber objective's piecewise curvature and rounding make exact Wolfe points costly to find.
const MAX_ZOOM = 4;

/** Minimiser of the cubic through (a, fa, da), (b, fb, db) (N&W eq 3.59), or NaN. */
function cubic(a: number, fa: number, da: number, b: number, fb: number, db: number): number {
  const d1 = da + db - (3 * (fa - fb)) / (a - b);
  const disc = d1 * d1 - da * db;
  if (!(disc >= 0)) return NaN;
  const d2 = Math.sign(b - a) * Math.sqrt(disc);
  return b - ((b - a) * (db + d2 - d1)) / (db - da + 2 * d2);
}

/**
 * Minimise a smooth f from x0 with limited-memory BFGS and a strong-Wolfe line search.
 * Convergence is judged relative to the objective's own scale (see the file header); never
 * throws for non-convergence: it reports `converged: false`, the reason and the best point.
 * Source: Nocedal & Wright, Numerical Optimization (2nd ed. 2006), Alg. 7.4–7.5 (two-loop
 * recursion, L-BFGS), Alg. 3.5–3.6 and eq 3.59 (strong-Wolfe line search, cubic zoom).
 * @param fg objective with gradient; must not keep references to its arguments.
 * @param x0 starting point (not modified).
 * @returns the final point, objective, iteration and evaluation counts and whether (and why) it stopped.
 */
export function lbfgs(fg: ObjectiveWithGradient, x0: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 1000;
  const m = options.memory ?? 10;
  const gtol = options.gradientTolerance ?? 1e-10;
  const ftol = options.functionTolerance ?? 1e-12;
  const x = Float64Array.from(x0),
    g = new Float64Array(n),
    d = new Float64Array(n);
  const xt = new Float64Array(n),
    gt = new Float64Array(n); // trial point
  const xLo = new Float64Array(n),
    gLo = new Float64Array(n); // best Wolfe-bracket end
  const S = Array.from({ length: m }, () => new Float64Array(n));
  const Y = Array.from({ length: m }, () => new Float64Array(n));
  const rho = new Float64Array(m),
    al = new Float64Array(m);
  let stored = 0,
    head = 0,
    evaluations = 1;
  let f = fg(x, g);
  const dot = (a: Float64Array, b: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
    return s;
  };
  const normInf = (a: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) s = Math.max(s, Math.abs(a[i]!));
    return s;
  };
  const result = (iterations: number, converged: boolean, reason: LbfgsResult["reason"]): LbfgsResult => ({ x, f, iterations, evaluations, converged, reason });
  if (!Number.isFinite(f) || !g.every(Number.isFinite)) return result(0, false, "nonFinite");
  // The objective's scale: |f|, floored at 1e-12 of the starting value so that a fit that
  // drives f to zero (noiseless data) still counts as converged.
  const floor = 1e-12 * Math.abs(f);
  const small = (): boolean => normInf(g) <= gtol * Math.max(Math.abs(f), floor);
  if (small()) return result(0, true, "gradient");

  // φ(t) = f(x + t·d): evaluate at t into xt/gt, return [φ, φ'].
  let phiT = 0,
    dphiT = 0;
  const evaluate = (t: number): void => {
    for (let i = 0; i < n; i++) xt[i] = x[i]! + t * d[i]!;
    phiT = fg(xt, gt);
    dphiT = dot(gt, d);
    evaluations++;
  };
  let phiLo = 0,
    dphiLo = 0;
  const keepLo = (): void => {
    xLo.set(xt);
    gLo.set(gt);
    phiLo = phiT;
    dphiLo = dphiT;
  };

  /** Strong-Wolfe line search (N&W Alg. 3.5/3.6); leaves the accepted point in xLo/gLo/phiLo. */
  const lineSearch = (t1: number, phi0: number, dphi0: number): boolean => {
    let tPrev = 0,
      phiPrev = phi0,
      dphiPrev = dphi0,
      t = t1,
      hiT = 0,
      phiHi = 0,
      dphiHi = 0,
      loT = 0;
    phiLo = phi0;
    dphiLo = dphi0;
    xLo.set(x);
    gLo.set(g);
    let zoom = false,
      i = 0;
    for (; i < MAX_LINE_SEARCH && !zoom; i++) {
      evaluate(t);
      if (!Number.isFinite(phiT) || phiT > phi0 + C1 * t * dphi0 || (i > 0 && phiT >= phiPrev)) {
        loT = tPrev;
        phiLo = phiPrev;
        dphiLo = dphiPrev;
        hiT = t;
        phiHi = phiT;
        dphiHi = dphiT;
        zoom = true;
        break;
      }
      if (Math.abs(dphiT) <= -C2 * dphi0) {
        keepLo();
        return true;
      }
      if (dphiT >= 0) {
        keepLo();
        loT = t;
        hiT = tPrev;
        phiHi = phiPrev;
        dphiHi = dphiPrev;
        zoom = true;
        break;
      }
      keepLo();
      tPrev = t;
      phiPrev = phiT;
      dphiPrev = dphiT;
      t *= 4;
    }
    if (!zoom) return loT > 0 || tPrev > 0;
    // The MAX_ZOOM cap applies only once a sufficient-decrease point is in hand (loT > 0).
    for (let z = 0; i < MAX_LINE_SEARCH && (z < MAX_ZOOM || loT === 0); i++, z++) {
      const lo = Math.min(loT, hiT),
        width = Math.abs(hiT - loT);
      let tj = Number.isFinite(phiHi) ? cubic(loT, phiLo, dphiLo, hiT, phiHi, dphiHi) : NaN;
      if (!(tj >= lo + 0.1 * width && tj <= lo + 0.9 * width)) tj = 0.5 * (loT + hiT);
      if (width <= 1e-16 * Math.max(1, Math.abs(loT))) break;
      evaluate(tj);
      if (!Number.isFinite(phiT) || phiT > phi0 + C1 * tj * dphi0 || phiT >= phiLo) {
        hiT = tj;
        phiHi = phiT;
        dphiHi = dphiT;
      } else {
        if (Math.abs(dphiT) <= -C2 * dphi0) {
          keepLo();
          return true;
        }
        if (dphiT * (hiT - loT) >= 0) {
          hiT = loT;
          phiHi = phiLo;
          dphiHi = dphiLo;
        }
        loT = tj;
        keepLo();
      }
    }
    // Out of evaluations: accept the best point if it decreased f at all (it satisfies Armijo).
    return loT > 0 && phiLo < phi0;
  };

  let gamma = 1 / Math.max(1, normInf(g)); // first step: at most a unit move
  for (let k = 1; k <= maxIterations; k++) {
    // Two-loop recursion (N&W Alg. 7.4): d = −H·g.
    d.set(g);
    for (let j = 0; j < stored; j++) {
      const idx = (head - 1 - j + m) % m;
      al[idx] = rho[idx]! * dot(S[idx]!, d);
      const y = Y[idx]!;
      for (let i = 0; i < n; i++) d[i] = d[i]! - al[idx]! * y[i]!;
    }
    for (let i = 0; i < n; i++) d[i] = d[i]! * gamma;
    for (let j = stored - 1; j >= 0; j--) {
      const idx = (head - 1 - j + m) % m;
      const beta = rho[idx]! * dot(Y[idx]!, d);
      const s = S[idx]!;
      for (let i = 0; i < n; i++) d[i] = d[i]! + (al[idx]! - beta) * s[i]!;
    }
    for (let i = 0; i < n; i++) d[i] = -d[i]!;
    let dphi0 = dot(g, d);
    if (!(dphi0 < 0)) {
      // not a descent direction: restart from steepest descent
      stored = 0;
      gamma = 1 / Math.max(1, normInf(g));
      for (let i = 0; i < n; i++) d[i] = -gamma * g[i]!;
      dphi0 = dot(g, d);
    }
    // The quasi-Newton step predicts a decrease of about −g·d/2; once that is below the
    // function tolerance no line search can measure progress through rounding: stop.
    if (stored > 0 && -dphi0 <= ftol * Math.max(Math.abs(f), floor)) return result(k - 1, true, "function");
    const predicted = dphi0;
    let ok = lineSearch(1, f, dphi0);
    if (!ok && stored > 0) {
      // a stale memory can mislead the search: retry once from −γg
      stored = 0; // keep γ: the latest curvature estimate still sets a sensible step length
      for (let i = 0; i < n; i++) d[i] = -gamma * g[i]!;
      ok = lineSearch(1, f, dot(g, d));
    }
    if (!ok) {
      if (small()) return result(k - 1, true, "gradient");
      // The quasi-Newton step predicted a decrease within ~1e-10 of f: below what a sum of a few
      // hundred terms resolves (n·ε ≈ 5e-14 relative for n = 240), so no step can show progress.
      if (-predicted <= 1e-10 * Math.max(Math.abs(f), floor)) return result(k - 1, true, "function");
      return result(k - 1, false, "lineSearch");
    }
    // Store the pair (s, y) = (x₊ − x, g₊ − g) when sᵀy > 0.
    const s = S[head]!,
      y = Y[head]!;
    for (let i = 0; i < n; i++) {
      s[i] = xLo[i]! - x[i]!;
      y[i] = gLo[i]! - g[i]!;
    }
    const sy = dot(s, y),
      yy = dot(y, y);
    if (sy > 1e-300 && yy > 0) {
      rho[head] = 1 / sy;
      gamma = sy / yy;
      head = (head + 1) % m;
      stored = Math.min(stored + 1, m);
    }
    const fPrev = f;
    x.set(xLo);
    g.set(gLo);
    f = phiLo;
    if (small()) return result(k, true, "gradient");
    if (fPrev - f <= ftol * Math.max(Math.abs(fPrev), floor)) return result(k, true, "function");
  }
  return result(maxIterations, false, "maxIterations");
}
