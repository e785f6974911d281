import { describe, expect, it } from "vitest";
import { decadeTicks, decades, snapLogDomain } from "../../src/models/figure.ts";

describe("log-axis ticks", () => {
  it("decadeTicks stay inside the domain, with 2× and 5× ticks on a short axis", () => {
    for (const t of decadeTicks([3, 4e9])) expect(t >= 3 && t <= 4e9).toBe(true);
    expect(decadeTicks([50, 2000])).toEqual([50, 100, 200, 500, 1000, 2000]);
  });

  it("decades lists the powers of ten inside [lo, hi], ends included", () => {
    expect(decades(1e-2, 10)).toEqual([10 ** -2, 10 ** -1, 1, 10]);
    expect(decades(3, 4e3)).toEqual([10, 100, 1000]);
  });
});

describe("snapLogDomain", () => {
  it("widens to whole quarter-decades outside the data, and keeps bounds already on them", () => {
    const [lo, hi] = snapLogDomain(3.7e4, 8.1e8);
    expect(Math.log10(lo)).toBeCloseTo(4.5, 12);
    expect(Math.log10(hi)).toBeCloseTo(9, 12);
    expect(snapLogDomain(100, 1e5)).toEqual([100, 1e5]);
    // Floating point: 0.3 / 3 is 0.09999999999999999, which is 10⁻¹ and not 10^-1.25.
    expect(snapLogDomain(0.3 / 3, 1.5)[0]).toBeCloseTo(0.1, 12);
  });

  it("a small move in the data leaves the domain as it was", () => {
    expect(snapLogDomain(3.7e4 * 1.1, 8.1e8 * 1.1)).toEqual(snapLogDomain(3.7e4, 8.1e8));
  });
});
