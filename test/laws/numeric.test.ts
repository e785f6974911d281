/**
 * The law module's numeric helpers (src/laws/numeric.ts, exported through the barrel): the root
 * finders, grids, 12-digit rounding and memo. Brent's method replaced bisection inside costOptimal
 * for speed (the how-clever essay solves it ~110 times per update); it must land on the same
 * root as bisection to machine precision, on smooth and on awkward functions, in fewer steps.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bisect, brent, linearGrid, logGrid, memoize, significant12 } from "../../src/laws/index.ts";
import { relative } from "./helpers.ts";

const counting = (f: (x: number) => number) => {
  const g = (x: number) => (g.calls++, f(x));
  g.calls = 0;
  return g;
};

describe("brent", () => {
  it("solves Brent's own example x³ − 2x − 5 (root 2.0945514815423265…) to 1 ulp, in a third of bisection's evaluations", () => {
    const f = counting((x) => x ** 3 - 2 * x - 5);
    const g = counting((x) => x ** 3 - 2 * x - 5);
    const root = brent(f, 0, 10);
    expect(Math.abs(root - 2.0945514815423265)).toBeLessThanOrEqual(4.5e-16);
    expect(Math.abs(root - bisect(g, 0, 10, { tolerance: 0 }))).toBeLessThanOrEqual(4.5e-16);
    expect(f.calls * 3).toBeLessThan(g.calls);
  });

  it("agrees with bisection on random increasing cubics and exponentials", () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0.01, max: 20, noNaN: true }), (root, scale) => {
        const f = (x: number) => Math.exp(scale * (x - root)) - 1 + (x - root) ** 3;
        const lo = root - 60,
          hi = root + 60;
        const tol = 1e-15 + 8 * Number.EPSILON * Math.abs(root);
        return Math.abs(brent(f, lo, hi) - bisect(f, lo, hi, { tolerance: 0 })) <= 2 * tol;
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });

  it("keeps the bracket on a step function and an infinite end, where interpolation is useless", () => {
    expect(brent((x) => (x < 0.3 ? -1 : 1), 0, 1)).toBeCloseTo(0.3, 14);
    expect(brent((x) => (x === 0 ? -Infinity : Math.log(x)), 0, 5)).toBeCloseTo(1, 14);
  });

  it("returns an end that is already a root", () => {
    expect(brent((x) => x - 2, 2, 5)).toBe(2);
    expect(brent((x) => x - 5, 2, 5)).toBe(5);
  });
});

describe("bisect", () => {
  it("finds the root to an absolute bracket of 1e-12 by default", () => {
    // √2 is the root of x² − 2; the tolerance is the stopping bracket, so the error is below it.
    expect(Math.abs(bisect((x) => x * x - 2, 0, 2) - Math.SQRT2)).toBeLessThanOrEqual(1e-12);
  });

  it("returns an exact zero as soon as it lands on one, an end included", () => {
    let calls = 0;
    expect(bisect((x) => (calls++, x - 1), 0, 2)).toBe(1);
    expect(calls).toBe(3); // f(lo), f(hi), then f(mid) = 0
    expect(bisect((x) => x - 2, 2, 5)).toBe(2);
    expect(bisect((x) => x - 5, 2, 5)).toBe(5);
  });

  it("with tolerance 0, halves until floating point cannot, landing within one ulp", () => {
    // x³ − 2x − 5 (Brent's example) has its root at 2.0945514815423265…; a double's spacing there is 4.4e-16.
    const x = bisect((u) => u ** 3 - 2 * u - 5, 0, 10, { tolerance: 0 });
    expect(Math.abs(x - 2.0945514815423265)).toBeLessThanOrEqual(4.5e-16);
    expect(Math.abs(bisect((u) => u ** 3 - 2 * u - 5, 0, 10) - 2.0945514815423265)).toBeGreaterThan(1e-15); // the default stops at 1e-12
  });

  it("with relative, stops at a bracket of tolerance·|lo| instead of halving to the last ulp", () => {
    // Near 1e6 a double's spacing (1.2e-10) is wider than 1e-12, so an absolute bracket is never
    // reached and bisection runs until the bracket cannot be halved, log2(1e6 / 1.2e-10) ≈ 53
    // halvings; relative to |lo| it is 1e-6 wide after log2(1e6 / 1e-6) ≈ 40 halvings.
    const root = 1e6 * Math.SQRT2;
    const counted = (options?: { relative: boolean }) => {
      let calls = 0;
      // Only the sign: no double is an exact zero, so only the bracket test can stop early.
      const x = bisect((u) => (calls++, u < root ? -1 : 1), 1e6, 2e6, options);
      return { x, calls };
    };
    const rel = counted({ relative: true });
    const abs = counted();
    expect(rel.calls).toBeLessThanOrEqual(43); // f(lo), f(hi) and one per halving
    expect(abs.calls).toBeGreaterThan(50);
    expect(abs.calls).toBeLessThanOrEqual(57);
    expect(relative(rel.x, root)).toBeLessThanOrEqual(1e-12);
    expect(relative(abs.x, root)).toBeLessThanOrEqual(1e-15);
  });
});

describe("significant12", () => {
  it("rounds to 12 significant digits and passes 0 and non-finite values through", () => {
    expect(significant12(999.9999999999998)).toBe(1000);
    expect(significant12(0.1 + 0.2)).toBe(0.3);
    expect(significant12(1.23456789012345e-7)).toBe(1.23456789012e-7);
    for (const x of [0, -0, Number.NaN, Infinity, -Infinity]) expect(Object.is(significant12(x), x)).toBe(true);
  });
});

describe("logGrid", () => {
  it("spaces n points from lo to hi by a constant ratio", () => {
    const g = logGrid(1e3, 1e9, 25);
    expect(g).toHaveLength(25);
    // The ends are exactly lo and hi; inner points are rounded to 12 significant digits, so a
    // ratio of neighbours is 10^0.25 to within two roundings (each at most 5e-12 relative).
    expect(g[0]).toBe(1e3);
    expect(g.at(-1)).toBe(1e9);
    for (let i = 1; i < g.length; i++) expect(relative(g[i]! / g[i - 1]!, 10 ** 0.25)).toBeLessThanOrEqual(1e-11);
  });

  it("lands on the intended values: decades are exact, not 999.9999999999998", () => {
    const g = logGrid(1e3, 1e9, 25);
    for (let k = 0; k <= 6; k++) expect(g[4 * k]).toBe(10 ** (3 + k));
    expect(logGrid(1, 1000, 31).filter((x) => [10, 100].includes(x))).toEqual([10, 100]);
    expect(linearGrid(0.3, 1.5, 121)[29]).toBe(0.59);
    expect(linearGrid(0.045, 0.07, 51)[10]).toBe(0.05);
    for (const x of [...logGrid(1e-6, 1e8, 29), ...linearGrid(0.3, 1.5, 121)]) expect(String(x)).not.toMatch(/9{6}|0{6}[1-9]/);
  });
});

describe("memoize", () => {
  it("computes once per distinct arguments, numbers by value and objects by identity", () => {
    const calls: unknown[][] = [];
    const preset = { a: 1 };
    const f = memoize((x: number, p: object) => (calls.push([x, p]), { x }));
    const first = f(2, preset);
    expect(f(2, preset)).toBe(first);
    expect(f(2, { a: 1 })).not.toBe(first); // an equal but different preset is a different question
    expect(f(3, preset).x).toBe(3);
    expect(calls).toHaveLength(3);
  });

  it("keeps only the last `size` results, and NaN finds NaN (Object.is)", () => {
    let calls = 0;
    const f = memoize((x: number) => (calls++, x * 2), 2);
    f(1), f(2), f(1); // 1 and 2 are both kept
    expect(calls).toBe(2);
    f(3); // evicts the oldest entry (1)
    f(1);
    expect(calls).toBe(4);
    f(Number.NaN), f(Number.NaN);
    expect(calls).toBe(5);
  });

  it("hands out frozen results, so one caller cannot change what another receives", () => {
    const f = memoize((n: number) => Array.from({ length: n }, (_, i) => i));
    expect(Object.isFrozen(f(3))).toBe(true);
    expect(() => (f(3) as number[]).push(9)).toThrow(TypeError);
  });
});
