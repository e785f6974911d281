/**
 * src/models/numeric.ts only re-exports the law module's helpers (tested in test/laws/numeric.test.ts):
 * the models and the laws share one copy of each.
 */
import { describe, expect, it } from "vitest";
import * as laws from "../../src/laws/index.ts";
import * as models from "../../src/models/numeric.ts";

describe("the models' numeric helpers", () => {
  it("are the law module's own functions, not copies", () => {
    expect(Object.keys(models).sort()).toEqual(["bisect", "brent", "linearGrid", "logGrid", "memoize"]);
    for (const [name, fn] of Object.entries(models)) expect(fn, name).toBe((laws as Record<string, unknown>)[name]);
  });
});
