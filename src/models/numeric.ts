/**
 * Numeric helpers shared by the models (no default export: not a model). The law module keeps
 * its own internal copies in src/laws/numeric.ts, which its barrel does not export; Brent's
 * root finder is shared from there rather than copied.
 */
import { significant12 } from "../lib/format.ts";

export { brent } from "../laws/numeric.ts";

/**
 * Root of f on [lo, hi] (f(lo) and f(hi) of opposite signs) by bisection, stopping after 200
 * halvings or once the bracket is narrower than `tolerance`, or with `relative`, than
 * `tolerance · max(1, |lo|)`.
 */
export function bisect(
  f: (x: number) => number,
  lo: number,
  hi: number,
  { tolerance = 1e-12, relative = false }: { tolerance?: number; relative?: boolean } = {},
): number {
  let flo = f(lo);
  for (let i = 0; i < 200 && hi - lo > (relative ? tolerance * Math.max(1, Math.abs(lo)) : tolerance); i++) {
    const mid = 0.5 * (lo + hi);
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
 * A grid point as intended: rounded to 12 significant digits, so 1e3 is 1000, not the
 * 999.9999999999998 that exp(log(…)) or 0.3 + 29 · 0.01 make (downloads and the CLI print these).
 */
export const gridPoint = significant12;

/** Log-spaced grid from lo to hi, `n` points; the ends exactly lo and hi, the rest via gridPoint. */
export function logGrid(lo: number, hi: number, n: number): number[] {
  const a = Math.log(lo);
  const b = Math.log(hi);
  return Array.from({ length: n }, (_, i) => (i === 0 ? lo : i === n - 1 ? hi : gridPoint(Math.exp(a + ((b - a) * i) / (n - 1)))));
}

/** Evenly spaced grid from lo to hi, `n` points; the ends exactly lo and hi, the rest via gridPoint. */
export function linearGrid(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === 0 ? lo : i === n - 1 ? hi : gridPoint(lo + ((hi - lo) * i) / (n - 1))));
}

/**
 * Remember a pure function's last `size` results, arguments compared with Object.is (numbers by
 * value, presets by identity). One update asks the same helper the same question many times
 * (several values, a figure's rows, its marks and its caption); the repeats then cost nothing.
 * Results are shared between callers, so arrays and objects come back frozen.
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
