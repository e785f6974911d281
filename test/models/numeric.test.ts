import { describe, expect, it } from "vitest";
import { bisect, linearGrid, logGrid, memoize } from "../../src/models/numeric.ts";
import { relative } from "../laws/helpers.ts";

describe("bisect", () => {
  it("finds the root to an absolute bracket of 1e-12 by default", () => {
    // √2 is the root of x² − 2; the tolerance is the stopping bracket, so the error is below it.
    expect(Math.abs(bisect((x) => x * x - 2, 0, 2) - Math.SQRT2)).toBeLessThanOrEqual(1e-12);
  });

  it("returns an exact zero as soon as it lands on one", () => {
    let calls = 0;
    expect(bisect((x) => (calls++, x - 1), 0, 2)).toBe(1);
    expect(calls).toBe(2); // f(lo), then f(mid) = 0
  });

  it("with relative, stops at a bracket of tolerance·|lo| instead of running out its 200 halvings", () => {
    // Near 1e6 a double's spacing (1.2e-10) is wider than 1e-12, so an absolute bracket is never
    // reached; relative to |lo| it is 1e-6 wide after log2(1e6 / 1e-6) ≈ 40 halvings.
    const root = 1e6 * Math.SQRT2;
    const counted = (options?: { relative: boolean }) => {
      let calls = 0;
      // Only the sign: no double is an exact zero, so only the bracket test can stop early.
      const x = bisect((u) => (calls++, u < root ? -1 : 1), 1e6, 2e6, options);
      return { x, calls };
    };
    const rel = counted({ relative: true });
    const abs = counted();
    expect(rel.calls).toBeLessThanOrEqual(42);
    expect(abs.calls).toBe(201);
    expect(relative(rel.x, root)).toBeLessThanOrEqual(1e-12);
    expect(relative(abs.x, root)).toBeLessThanOrEqual(1e-15);
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
