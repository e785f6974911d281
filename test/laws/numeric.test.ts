/**
 * The law module's internal root finders. Brent's method replaced bisection inside costOptimal
 * for speed (the how-clever essay solves it ~110 times per update); it must land on the same
 * root as bisection to machine precision, on smooth and on awkward functions, in fewer steps.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bisect, brent } from "../../src/laws/numeric.ts";

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
    expect(Math.abs(root - bisect(g, 0, 10))).toBeLessThanOrEqual(4.5e-16);
    expect(f.calls * 3).toBeLessThan(g.calls);
  });

  it("agrees with bisection on random increasing cubics and exponentials", () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0.01, max: 20, noNaN: true }), (root, scale) => {
        const f = (x: number) => Math.exp(scale * (x - root)) - 1 + (x - root) ** 3;
        const lo = root - 60,
          hi = root + 60;
        const tol = 1e-15 + 8 * Number.EPSILON * Math.abs(root);
        return Math.abs(brent(f, lo, hi) - bisect(f, lo, hi)) <= 2 * tol;
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
