/**
 * Numeric helpers shared by the models (no default export: not a model). The law module keeps
 * its own internal copies in src/laws/numeric.ts, which its barrel does not export.
 */

/**
 * Root of f on [lo, hi] (f(lo) and f(hi) of opposite signs) by bisection, stopping after 200
 * halvings or once the bracket is narrower than `tolerance`, or with `relative`, than
 * `tolerance · max(1, |lo|)`.
 */
export function bisect(f: (x: number) => number, lo: number, hi: number, { tolerance = 1e-12, relative = false }: { tolerance?: number; relative?: boolean } = {}): number {
  let flo = f(lo);
  for (let i = 0; i < 200 && hi - lo > (relative ? tolerance * Math.max(1, Math.abs(lo)) : tolerance); i++) {
    const mid = 0.5 * (lo + hi);
    const fm = f(mid);
    if (fm === 0) return mid;
    if ((fm < 0) === (flo < 0)) {
      lo = mid;
      flo = fm;
    } else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** Log-spaced grid from lo to hi, `n` points. */
export function logGrid(lo: number, hi: number, n: number): number[] {
  const a = Math.log(lo);
  const b = Math.log(hi);
  return Array.from({ length: n }, (_, i) => Math.exp(a + ((b - a) * i) / (n - 1)));
}
