// Shared test helpers for the model tests (not a test file).
import fc from "fast-check";
import type { Model, Params } from "../../src/models/define.ts";

/** A random in-range state of `model`: log parameters uniform in log, linear ones uniform. */
export function inRangeState<P extends string>(model: Model<P>): fc.Arbitrary<Params<P>> {
  const arbitraries = Object.fromEntries(
    model.paramNames.map((name) => {
      const s = model.params[name];
      const arb =
        s.scale === "log"
          ? fc.double({ min: Math.log(s.min), max: Math.log(s.max), noNaN: true }).map((x) => Math.min(s.max, Math.max(s.min, Math.exp(x))))
          : fc.double({ min: s.min, max: s.max, noNaN: true });
      return [name, arb];
    }),
  ) as Record<P, fc.Arbitrary<number>>;
  return fc.record(arbitraries);
}
