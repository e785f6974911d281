import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dodgeLog } from "../../src/models/labels.ts";

const fcOptions = { seed: 20261126, numRuns: 250 } as const;

describe("dodgeLog (direct labels)", () => {
  it("keeps neighbours at least one line apart on a log axis", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 8, noNaN: true }), { minLength: 2, maxLength: 6 }), (logs) => {
        const domain: [number, number] = [1, 1e9];
        const placed = dodgeLog(
          logs.map((l) => ({ y: 10 ** l })),
          domain,
        );
        const ys = placed.map((p) => Math.log10(p.labelY)).sort((a, b) => a - b);
        const gap = (14 * 9) / (380 - 20 - 44); // 14 px in log10 units on a 9-decade axis
        for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(gap - 1e-9);
      }),
      fcOptions,
    );
  });
});
