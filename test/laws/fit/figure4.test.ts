import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseChinchillaFigure4, selectBesiroglu240 } from "../../../src/laws/index.ts";

const csv = readFileSync(new URL("../../../content/data/chinchilla-figure4-extracted.csv", import.meta.url), "utf8");

describe("parseChinchillaFigure4 / selectBesiroglu240 (arXiv 2404.10102; epoch notebook cells 3 and 15)", () => {
  const all = parseChinchillaFigure4(csv);
  const kept = selectBesiroglu240(all);
  it("reads all 245 points with D = C/(6N)", () => {
    expect(all).toHaveLength(245);
    expect(all[0]).toEqual({
      params: 6795600349.289497,
      flops: 9.993852799709755e18,
      tokens: 9.993852799709755e18 / (6 * 6795600349.289497),
      loss: 5.005581996196243,
    });
    for (const p of all) expect((6 * p.params * p.tokens) / p.flops).toBeCloseTo(1, 12);
  });
  it("keeps 240 points: losses strictly below the 5th-largest", () => {
    expect(kept).toHaveLength(240);
    const dropped = all.filter((p) => !kept.includes(p));
    // The five excluded points, listed in content/data/chinchilla-figure4-extracted.md (CSV lines 2–6).
    expect(dropped.map((p) => p.loss)).toEqual([5.005581996196243, 4.665232074214, 3.7655629197937, 3.793872243318985, 3.446995430227908]);
    expect(dropped.every((p) => p.flops < 1e19 && p.tokens / p.params < 0.5)).toBe(true);
    expect(Math.max(...kept.map((p) => p.loss))).toBeLessThan(Math.min(...dropped.map((p) => p.loss)));
  });
  it("accepts CRLF line endings and blank lines", () => {
    expect(parseChinchillaFigure4(`${csv.replace(/\n/g, "\r\n")}\r\n\r\n`)).toEqual(all);
  });
  it("rejects missing columns and bad cells with the line number", () => {
    expect(() => parseChinchillaFigure4("a,b\n1,2")).toThrow(new TypeError('invalid csvText: "a,b" (header must have a "Model Size" column)'));
    expect(() => parseChinchillaFigure4("Model Size,Training FLOP,loss\n1e9,1e20,abc")).toThrow(
      new RangeError('invalid csvText line 2 loss: "abc" (must be a finite number > 0)'),
    );
    expect(() => parseChinchillaFigure4(42 as never)).toThrow(TypeError);
    expect(() => selectBesiroglu240(all, 0)).toThrow(RangeError);
    expect(() => selectBesiroglu240("x" as never)).toThrow(TypeError);
  });
});
