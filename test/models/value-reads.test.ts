/**
 * What each value reads (valueAt in src/models/define.ts): the build writes it on every number
 * (data-reads), and a change made before the browser's runtime has loaded marks the numbers
 * whose reads include the changed parameter. A value must therefore not move when a parameter
 * it did not read does: checked at both ends of every such parameter's range, for every value of
 * every model. (A reads list missing a parameter the value uses fails here.)
 */
import { describe, expect, it } from "vitest";
import { models } from "../../src/models/index.ts";
import { valueAt } from "../../src/models/define.ts";

describe.each(Object.values(models))("model $name: the parameters each value reads", (model) => {
  it("no value moves when a parameter it did not read goes to either end of its range", () => {
    for (const name of Object.keys(model.values)) {
      const { number, reads } = valueAt(model, name, model.defaults);
      for (const p of model.paramNames) {
        if (reads.includes(p)) continue;
        for (const end of [model.params[p]!.min, model.params[p]!.max]) {
          expect(valueAt(model, name, { ...model.defaults, [p]: end }).number, `${name} with ${p} = ${end}`).toBe(number);
        }
      }
    }
  });

  it("a parameter shown as a value reads itself, and every read is a parameter of the model", () => {
    for (const p of model.paramNames) expect(valueAt(model, p, model.defaults).reads).toEqual([p]);
    for (const name of Object.keys(model.values)) for (const r of valueAt(model, name, model.defaults).reads) expect(model.paramNames).toContain(r);
  });
});
