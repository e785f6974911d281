/**
 * Grids that land on their intended values, and the 12-significant-digit rounding they and the
 * data files use (src/lib/figure-files.ts). A leaf: imports nothing, so the one module outside
 * the law module that imports it directly (past the barrel) downloads only these few lines. Pure.
 */

/**
 * A number to 12 significant digits, so grid points and data files carry 1000, not 999.9999999999998.
 * `x` to 12 significant digits is what a data file or a grid carries, so 1e3 stays 1000 rather
 * than the 999.9999999999998 or 1000.000000001025 floating point arithmetic leaves behind
 * (digits 13–17 of a double are rounding error in everything the models compute). Zero and
 * non-finite values pass through.
 * Source: this site (no published law).
 */
export function significant12(x: number): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(12)) : x;
}

/**
 * Log-spaced grid from lo to hi, `n` points: the ends exactly lo and hi, the points between
 * rounded by {@link significant12}, so decades land on 10, 100, … exactly.
 * Source: this site (no published law).
 * Domain: lo, hi > 0; n an integer ≥ 2.
 */
export function logGrid(lo: number, hi: number, n: number): number[] {
  const a = Math.log(lo);
  const b = Math.log(hi);
  return Array.from({ length: n }, (_, i) => (i === 0 ? lo : i === n - 1 ? hi : significant12(Math.exp(a + ((b - a) * i) / (n - 1)))));
}

/**
 * Evenly spaced grid from lo to hi, `n` points: the ends exactly lo and hi, the points between
 * rounded by {@link significant12}.
 * Source: this site (no published law).
 * Domain: lo, hi finite; n an integer ≥ 2.
 */
export function linearGrid(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === 0 ? lo : i === n - 1 ? hi : significant12(lo + ((hi - lo) * i) / (n - 1))));
}
