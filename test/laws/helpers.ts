// Shared test helpers for the law module tests (not a test file).
import { expect } from "vitest";

/** Relative difference |a − b| / |b|. */
export const relative = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

/** Expect `actual` within a relative tolerance of `expected`; `why` documents the tolerance. */
export function expectClose(actual: number, expected: number, tolerance: number, why = ""): void {
  expect(relative(actual, expected), `${actual} vs ${expected} (rel tol ${tolerance}${why ? `: ${why}` : ""})`).toBeLessThanOrEqual(tolerance);
}

/** Values that every "count" argument must reject, with the text each renders as. */
export const badCounts: ReadonlyArray<readonly [unknown, string, "RangeError" | "TypeError"]> = [
  [-1, "-1", "RangeError"],
  [0, "0", "RangeError"],
  [NaN, "NaN", "RangeError"],
  [Infinity, "Infinity", "RangeError"],
  [-Infinity, "-Infinity", "RangeError"],
  ["1e9", '"1e9"', "TypeError"],
  [undefined, "undefined", "TypeError"],
  [null, "null", "TypeError"],
];

/** Assert that `call(value)` throws the pinned message for every bad count. */
export function expectRejectsCounts(name: string, call: (value: unknown) => unknown, optional = false): void {
  for (const [value, shown, type] of badCounts) {
    if (optional && value === undefined) continue; // an omitted optional argument takes its default
    let error: unknown;
    try {
      call(value);
    } catch (e) {
      error = e;
    }
    expect(error, `${name} = ${shown} should throw`).toBeInstanceOf(type === "RangeError" ? RangeError : TypeError);
    expect((error as Error).message).toBe(`invalid ${name}: ${shown} (must be a finite number > 0)`);
  }
}

/** fast-check settings: seeded so a failure reproduces, enough runs to cover each domain. */
export const fcOptions = { seed: 20240417, numRuns: 300 } as const;
