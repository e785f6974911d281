import { describe, expect, it } from "vitest";
import { chinchillaLoss, hoffmann2022, invalid, kaplanLoss, trainingFlops } from "../../src/laws/index.ts";

describe("validate: the pinned error format `invalid <name>: <value> (<constraint>)`", () => {
  it("renders the example from DESIGN.md exactly", () => {
    expect(() => trainingFlops({ params: -1, tokens: 1 })).toThrow(new RangeError("invalid params: -1 (must be a finite number > 0)"));
  });
  it("uses TypeError for wrong types and RangeError for wrong values", () => {
    expect(() => trainingFlops({ params: "7e10" as unknown as number, tokens: 1 })).toThrow(TypeError);
    expect(() => trainingFlops({ params: NaN, tokens: 1 })).toThrow(RangeError);
    expect(invalid("x", [1, 2], "c", true)).toBeInstanceOf(TypeError);
    expect(invalid("x", [1, 2], "c").message).toBe("invalid x: array(2) (c)");
    expect(invalid("x", { a: 1 }, "c").message).toBe("invalid x: object (c)");
    expect(invalid("x", () => 1, "c").message).toBe("invalid x: function (c)");
    expect(invalid("x", true, "c").message).toBe("invalid x: true (c)");
  });
  it("rejects non-object options and unknown option fields", () => {
    expect(() => trainingFlops(null as unknown as { params: number; tokens: number })).toThrow(new TypeError("invalid options: null (must be an object)"));
    expect(() => trainingFlops({ params: 1, tokens: 1, parms: 2 } as unknown as { params: number; tokens: number })).toThrow(
      /^invalid options\.parms: 2 \(unknown field; expected one of params, tokens\)$/,
    );
  });
  it("rejects unknown preset fields with a TypeError (a misspelt constant must not be ignored)", () => {
    const bad = { ...hoffmann2022, Alpha: 0.3 };
    expect(() => chinchillaLoss({ params: 1e9, tokens: 1e10 }, bad)).toThrow(
      new TypeError("invalid preset.Alpha: 0.3 (unknown field; expected one of E, A, B, alpha, beta, source, intervals95)"),
    );
  });
  it("rejects missing or out-of-range preset constants", () => {
    const { alpha: _alpha, ...missing } = hoffmann2022;
    expect(() => chinchillaLoss({ params: 1e9, tokens: 1e10 }, missing as typeof hoffmann2022)).toThrow(
      new TypeError("invalid preset.alpha: undefined (must be a finite number > 0)"),
    );
    expect(() => kaplanLoss({ nonEmbeddingParams: 1e9, tokens: 1e10 }, { alphaN: 0.076, alphaD: -0.1, Nc: 6.4e13, Dc: 1.8e13 })).toThrow(
      new RangeError("invalid preset.alphaD: -0.1 (must be a finite number > 0)"),
    );
  });
  it("accepts an unfrozen, reader-edited preset and checks it on every call", () => {
    const edited = { ...hoffmann2022, alpha: 0.3 };
    expect(chinchillaLoss({ params: 1e9, tokens: 1e10 }, edited)).toBeGreaterThan(hoffmann2022.E);
    edited.alpha = -1;
    expect(() => chinchillaLoss({ params: 1e9, tokens: 1e10 }, edited)).toThrow(RangeError);
  });
});
