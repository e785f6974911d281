/**
 * Small numeric helpers shared by the laws (internal; not re-exported). Pure, allocation-free.
 */

/** `log(exp(a) + exp(b))` without overflow. */
export function logAddExp(a: number, b: number): number {
  const m = Math.max(a, b);
  if (m === -Infinity) return -Infinity;
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

/**
 * Root of a function with f(lo) and f(hi) of opposite signs (or zero), by bisection until the
 * bracket stops shrinking in floating point. Bisection is chosen over faster methods because
 * callers need a guaranteed answer for every input a reader can dial in, and each evaluation
 * is a handful of flops.
 * @returns x with f(x) ≈ 0, within one ulp of the bracket.
 */
export function bisect(f: (x: number) => number, lo: number, hi: number): number {
  let flo = f(lo);
  if (flo === 0) return lo;
  if (f(hi) === 0) return hi;
  for (let i = 0; i < 2100; i++) {
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
 * Root of a function with f(lo) and f(hi) of opposite signs (or zero), by Brent's method as
 * scipy.optimize.brentq implements it (scipy/optimize/Zeros/brentq.c, after Brent 1973, ch. 4):
 * inverse quadratic or secant steps inside the bracket, falling back to bisection whenever a
 * step would not shrink it fast enough. The answer is as guaranteed as bisection's (the bracket
 * always holds a sign change) in about a tenth of the evaluations on smooth functions.
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
