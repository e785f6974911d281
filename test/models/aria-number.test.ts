import { describe, expect, it } from "vitest";
import { ariaNumber } from "../../src/models/params.ts";

// aria-valuenow must be plain decimal digits (validators reject "5.76e+23") that read back as the
// same number. The values are the extremes of doubles and parameters the essays use (FLOPs, tokens).
describe("ariaNumber", () => {
  const values = [0, 1, -1, 20, 160_000_000, 5.76e23, 1e21, 1.23456789e21, -2.5e30, 1e-7, 1.5e-7, -3.25e-12, 1.7976931348623157e308, 5e-324, 0.1 + 0.2];
  for (const x of values)
    it(`${x} reads back exactly, without an exponent`, () => {
      const text = ariaNumber(x);
      expect(text).toMatch(/^-?\d+(\.\d+)?$/);
      expect(Number(text)).toBe(x);
    });
  it("writes large and small numbers out in full", () => {
    expect(ariaNumber(5.76e23)).toBe("576000000000000000000000");
    expect(ariaNumber(1.5e-7)).toBe("0.00000015");
  });
});
