import { describe, expect, it } from "vitest";
import { lbfgs } from "../../../src/laws/index.ts";

// Rosenbrock (N&W eq 9.32 / the usual 2-D test): minimum 0 at (1, 1); from (−1.2, 1) it needs curvature.
const rosenbrock = (x: Float64Array, g: Float64Array): number => {
  const a = x[0]!,
    b = x[1]!;
  g[0] = -400 * a * (b - a * a) - 2 * (1 - a);
  g[1] = 200 * (b - a * a);
  return 100 * (b - a * a) ** 2 + (1 - a) ** 2;
};

describe("lbfgs (Nocedal & Wright Alg. 7.4/7.5 with a strong-Wolfe line search)", () => {
  it("minimises Rosenbrock from (−1.2, 1) to (1, 1) within 1e-6", () => {
    const r = lbfgs(rosenbrock, Float64Array.of(-1.2, 1));
    expect(r.converged).toBe(true);
    expect(Math.abs(r.x[0]! - 1)).toBeLessThan(1e-6);
    expect(Math.abs(r.x[1]! - 1)).toBeLessThan(1e-6);
    expect(r.iterations).toBeLessThan(100); // textbook L-BFGS takes ~35–50 iterations here
  });
  it("solves an ill-conditioned quadratic (condition number 1e6) to 1e-8", () => {
    const d = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
    const fg = (x: Float64Array, g: Float64Array): number => {
      let f = 0;
      for (let i = 0; i < d.length; i++) {
        const r = x[i]! - (i + 1);
        f += 0.5 * d[i]! * r * r;
        g[i] = d[i]! * r;
      }
      return f + 1; // offset so that relative tolerances meet a non-zero scale
    };
    const r = lbfgs(fg, new Float64Array(d.length));
    expect(r.converged).toBe(true);
    r.x.forEach((v, i) => {
      expect(Math.abs(v - (i + 1))).toBeLessThan((1e-8 * (i + 1) * 1e3) / Math.sqrt(d[i]!));
    });
  });
  it("judges convergence relative to the objective's scale: a problem scaled by 1e-6 reaches the same point", () => {
    const scaled = (x: Float64Array, g: Float64Array): number => {
      const f = rosenbrock(x, g);
      g[0]! *= 1e-6;
      g[1]! *= 1e-6;
      return 1e-6 * f;
    };
    const r = lbfgs(scaled, Float64Array.of(-1.2, 1));
    expect(Math.abs(r.x[0]! - 1)).toBeLessThan(1e-5);
  });
  it("reports instead of throwing: already optimal, iteration cap, non-finite objective", () => {
    expect(
      lbfgs((x, g) => {
        g[0] = 0;
        return x[0]! ** 2 + 1;
      }, Float64Array.of(0)),
    ).toMatchObject({ converged: true, reason: "gradient", iterations: 0 });
    expect(lbfgs(rosenbrock, Float64Array.of(-1.2, 1), { maxIterations: 3 })).toMatchObject({ converged: false, reason: "maxIterations", iterations: 3 });
    expect(
      lbfgs((_x, g) => {
        g[0] = NaN;
        return NaN;
      }, Float64Array.of(1)),
    ).toMatchObject({ converged: false, reason: "nonFinite" });
  });
  it("backs off from a wall where the objective is infinite (f = x + 1/x + 10 for x > 0, ∞ otherwise)", () => {
    let hitWall = false;
    const walled = (x: Float64Array, g: Float64Array): number => {
      const v = x[0]!;
      if (v <= 0) {
        hitWall = true;
        g[0] = NaN;
        return Infinity;
      }
      g[0] = 1 - 1 / (v * v);
      return v + 1 / v + 10;
    };
    const r = lbfgs(walled, Float64Array.of(30));
    expect(hitWall).toBe(true); // the quasi-Newton step from the flat region overshoots past 0
    expect(r.converged).toBe(true);
    // f − f* ≈ (x − 1)²; stopping at a relative decrease of 1e-12·f (f ≈ 12) leaves |x − 1| ≲ √(1.2e-11) ≈ 3.5e-6.
    expect(Math.abs(r.x[0]! - 1)).toBeLessThan(1e-5);
  });
  it("reports a gradient that contradicts the objective as a line-search failure instead of looping or throwing", () => {
    // f = x² + 1 with the gradient's sign flipped: every "descent" step goes uphill.
    const r = lbfgs((x, g) => {
      g[0] = -2 * x[0]!;
      return x[0]! ** 2 + 1;
    }, Float64Array.of(3));
    expect(r).toMatchObject({ converged: false, reason: "lineSearch" });
    expect(r.x[0]).toBe(3);
  });
  it("does not modify its starting point", () => {
    const x0 = Float64Array.of(-1.2, 1);
    lbfgs(rosenbrock, x0);
    expect(Array.from(x0)).toEqual([-1.2, 1]);
  });
});
