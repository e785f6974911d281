/**
 * "Did you mean" suggestions (src/lib/closest.ts). Reference distances are the textbook
 * Levenshtein examples (kitten → sitting = 3, Levenshtein 1966 / Wagner–Fischer 1974) and
 * hand counts; properties check the metric axioms on random strings.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closest, closestNames, editDistance } from "../../src/lib/closest.ts";

const SEED = 20261126;

describe("editDistance", () => {
  it.each<[string, string, number]>([
    ["kitten", "sitting", 3],
    ["flaw", "lawn", 2],
    ["", "", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["modelScale", "modelScale", 0],
    ["modelscale", "modelScale", 1], // case-sensitive on its own; closestNames lowercases
    ["modelSize", "modelScale", 3],
    ["effective-data", "efective-data", 1],
  ])("%j ↔ %j = %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it("is a metric: zero only for equal strings, symmetric, triangle inequality, bounded by the longer length", () => {
    const word = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(word, word, word, (a, b, c) => {
        const ab = editDistance(a, b);
        expect(ab === 0).toBe(a === b);
        expect(ab).toBe(editDistance(b, a));
        expect(editDistance(a, c)).toBeLessThanOrEqual(ab + editDistance(b, c));
        expect(ab).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(ab).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });
});

describe("closestNames / closest", () => {
  const params = ["modelScale", "alpha", "beta", "nonEmbeddingParams", "fineTuneData"];

  it("suggests the intended name for the usual typos", () => {
    expect(closest("modelscale", params)).toBe("modelScale"); // case only: distance 0 after lowercasing
    expect(closest("modelScal", params)).toBe("modelScale");
    expect(closest("alfa", params)).toBe("alpha");
    expect(closest("fineTuningData", params)).toBe("fineTuneData");
    expect(closest("hernandez2012", ["hernandez2021", "kaplan2020", "hoffmann2022"])).toBe("hernandez2021");
  });

  it("returns up to `count` names, best first, ties broken alphabetically", () => {
    expect(closestNames("bta", params, 1)).toEqual(["beta"]);
    // "alpah": alpha 2 (a transposition is two edits), beta 4, the others further.
    expect(closestNames("alpah", params, 2)).toEqual(["alpha", "beta"]);
    // "ab" is 1 from both "aa" and "ac": alphabetical order decides.
    expect(closestNames("ab", ["ac", "aa", "zz"], 2)).toEqual(["aa", "ac"]);
    expect(closestNames("x", params, 10)).toHaveLength(params.length);
    expect(closestNames("x", params, 0)).toEqual([]);
  });

  it("returns '' (not undefined) when there are no names", () => {
    expect(closest("anything", [])).toBe("");
    expect(closestNames("anything", [])).toEqual([]);
  });

  it("never reorders or mutates the caller's list, and always returns names from it", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.array(fc.string({ maxLength: 10 }), { maxLength: 8 }), (name, names) => {
        const copy = [...names];
        const got = closestNames(name, names);
        expect(names).toEqual(copy);
        expect(got.length).toBe(Math.min(3, names.length));
        for (const n of got) expect(names).toContain(n);
        // Best first: distances never decrease along the result.
        const d = got.map((n) => editDistance(name.toLowerCase(), n.toLowerCase()));
        for (let i = 1; i < d.length; i++) expect(d[i]!).toBeGreaterThanOrEqual(d[i - 1]!);
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });
});
