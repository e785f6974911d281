import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PF_DAY_FLOPS, flopsToPfDays, pfDaysToFlops } from "../../src/laws/index.ts";
import { expectClose, expectRejectsCounts, fcOptions } from "./helpers.ts";

describe("units", () => {
  it("1 PF-day = 1e15 FLOP/s × 86400 s = 8.64e19 FLOP (Kaplan et al. 2020 §1.3)", () => {
    expect(PF_DAY_FLOPS).toBe(1e15 * 24 * 3600);
    expect(pfDaysToFlops(1)).toBe(8.64e19);
    expect(flopsToPfDays(8.64e19)).toBe(1);
  });
  it("Kaplan's C_c = 3.1e8 PF-days is 2.68e28 FLOP", () => {
    expectClose(pfDaysToFlops(3.1e8), 2.6784e28, 1e-12, "exact product, rounding only");
  });
  it("round-trips across the whole positive range (rounding only: 1e-15)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-280, max: 1e280, noNaN: true }), (x) => {
        expectClose(flopsToPfDays(pfDaysToFlops(x)), x, 1e-15, "two roundings");
      }),
      fcOptions,
    );
  });
  it("rejects bad input with the pinned message", () => {
    expectRejectsCounts("pfDays", (v) => pfDaysToFlops(v as number));
    expectRejectsCounts("flops", (v) => flopsToPfDays(v as number));
  });
});
