/**
 * Small numeric helpers shared by the laws (internal; not re-exported). Pure, allocation-free.
 */

/** `log(exp(a) + exp(b))` without overflow. */
export function logAddExp(a: number, b: number): number {
  const m = a > b ? a : b;
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
    if ((fm < 0) === (flo < 0)) { lo = mid; flo = fm; } else hi = mid;
  }
  return 0.5 * (lo + hi);
}
