import { describe, expect, it } from "vitest";
import { decadeTicks, decades } from "../../src/models/figure.ts";

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
