/**
 * Numeric helpers: root finders (bisection, Brent) and a small memo (grids and 12-digit rounding
 * are in grid.ts). The laws use the root finders; the models use all of them through the barrel
 * (src/laws/index.ts), so each is written once. Pure.
 */

/** `log(exp(a) + exp(b))` without overflow. */
export function logAddExp(a: number, b: number): number {
  const m = Math.max(a, b);
  if (m === -Infinity) return -Infinity;
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

/** When {@link bisect} stops. */
export interface BisectOptions {
  /**
   * Stop once the bracket is at most this wide (with `relative`, this times max(1, |lo|)).
   * Default 1e-12; 0 runs until floating point cannot halve the bracket.
   */
  readonly tolerance?: number;
  /** Measure `tolerance` relative to the bracket's lower end (for roots far from 1). */
  readonly relative?: boolean;
}

/**
 * Root of a function with f(lo) and f(hi) of opposite signs (or zero), by bisection. An end
 * where f is exactly 0 is returned as is; otherwise the bracket is halved until it is no wider
 * than `tolerance` (see {@link BisectOptions}) or floating point cannot halve it (at most 2,100
 * halvings, enough for any bracket of doubles), and its midpoint returned. Bisection is chosen
 * over faster methods where callers need a guaranteed answer for every input a reader can dial
 * in and each evaluation is a handful of flops; {@link brent} finds the same root in fewer
 * evaluations on smooth functions.
 * Source: this site (no published law).
 * @returns x with f(x) ≈ 0: within the tolerance, or within one ulp of the bracket with tolerance 0.
 */
export function bisect(f: (x: number) => number, lo: number, hi: number, { tolerance = 1e-12, relative = false }: BisectOptions = {}): number {
  let flo = f(lo);
  if (flo === 0) return lo;
  if (f(hi) === 0) return hi;
  for (let i = 0; i < 2100 && hi - lo > (relative ? tolerance * Math.max(1, Math.abs(lo)) : tolerance); i++) {
    const mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (fm < 0 === flo < 0) {
      lo = mid;
      flo = fm;
    } else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/**
 * Root of a function with f(lo) and f(hi) of opposite signs (or zero), by Brent's method. As
 * scipy.optimize.brentq implements it (scipy/optimize/Zeros/brentq.c, after Brent 1973, ch. 4):
 * inverse quadratic or secant steps inside the bracket, falling back to bisection whenever a
 * step would not shrink it fast enough. The answer is as guaranteed as bisection's (the bracket
 * always holds a sign change) in about a tenth of the evaluations on smooth functions.
 * Source: scipy's brentq (scipy/optimize/Zeros/brentq.c), after Brent 1973, ch. 4.
 * @returns x with |x − root| ≤ (xtol + rtol·|x|), rtol = 4 ulp; NaN evaluations count as positive.
 */
export function brent(f: (x: number) => number, lo: number, hi: number, xtol = 1e-15): number {
  const rtol = 4 * Number.EPSILON;
  let xpre = lo,
    xcur = hi;
  let fpre = f(xpre),
    fcur = f(xcur);
  if (fpre === 0) return xpre;
  if (fcur === 0) return xcur;
  let xblk = 0,
    fblk = 0,
    spre = 0,
    scur = 0;
  const negative = (y: number) => y < 0;
  for (let i = 0; i < 400; i++) {
    if (fpre !== 0 && fcur !== 0 && negative(fpre) !== negative(fcur)) {
      xblk = xpre;
      fblk = fpre;
      spre = scur = xcur - xpre;
    }
    if (Math.abs(fblk) < Math.abs(fcur)) {
      xpre = xcur;
      xcur = xblk;
      xblk = xpre;
      fpre = fcur;
      fcur = fblk;
      fblk = fpre;
    }
    const delta = (xtol + rtol * Math.abs(xcur)) / 2;
    const sbis = (xblk - xcur) / 2;
    if (fcur === 0 || Math.abs(sbis) < delta) return xcur;
    if (Math.abs(spre) > delta && Math.abs(fcur) < Math.abs(fpre)) {
      let stry: number;
      if (xpre === xblk)
        stry = (-fcur * (xcur - xpre)) / (fcur - fpre); // secant
      else {
        // inverse quadratic interpolation
        const dpre = (fpre - fcur) / (xpre - xcur);
        const dblk = (fblk - fcur) / (xblk - xcur);
        stry = (-fcur * (fblk * dblk - fpre * dpre)) / (dblk * dpre * (fblk - fpre));
      }
      if (2 * Math.abs(stry) < Math.min(Math.abs(spre), 3 * Math.abs(sbis) - delta)) {
        spre = scur;
        scur = stry;
      } else {
        spre = sbis;
        scur = sbis;
      }
    } else {
      spre = sbis;
      scur = sbis;
    }
    xpre = xcur;
    fpre = fcur;
    xcur += Math.abs(scur) > delta ? scur : sbis > 0 ? delta : -delta;
    fcur = f(xcur);
  }
  return xcur;
}

/**
 * Remember a pure function's last `size` results, arguments compared with Object.is (numbers by
 * value, presets by identity). One update asks the same helper the same question many times
 * (several values, a figure's rows, its marks and its caption); the repeats then cost nothing.
 * Results are shared between callers, so arrays and objects come back frozen.
 * Source: this site (no published law).
 * Domain: fn pure; size an integer ≥ 1.
 */
export function memoize<A extends readonly unknown[], R>(fn: (...args: A) => R, size = 8): (...args: A) => R {
  const keys: A[] = [];
  const results: R[] = [];
  let next = 0;
  return (...args: A): R => {
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k.length === args.length && k.every((v, j) => Object.is(v, args[j]))) return results[i]!;
    }
    const result = fn(...args);
    if (typeof result === "object" && result !== null) Object.freeze(result);
    keys[next] = args;
    results[next] = result;
    next = (next + 1) % size;
    return result;
  };
}
