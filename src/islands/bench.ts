/**
 * Hooks for `npm run bench` (bench/run.mjs) and nothing else. A separate chunk: the runtime's
 * `bench(scope)` imports it on demand, so a reader's page never downloads it; the bench calls
 * `await (await scope.load()).bench(scope)` in the page.
 */
import * as Plot from "@observablehq/plot";
import { axisReuse } from "../draw/axes.ts";
import type { Params } from "../models/define.ts";
import { figurePlotOptions } from "../models/figure.ts";
import type { LawScope } from "./essay.ts";
import type { Runtime } from "./runtime.ts";

export interface BenchHooks {
  /**
   * Time a full render and a bare Plot.plot of the same options in the page's current state, n
   * times each, back to back (warm) and each after a pause of `pause` ms like a reader's key
   * presses (cold: on the bench machines a render after a pause costs 2–3× one right after another).
   */
  time(figure: string, n: number, pause?: number): Promise<{ render: number[]; plot: number[]; renderCold: number[]; plotCold: number[] }>;
  /** Redraws so far that reused their axes, drew everything, or found the scales changed. */
  axisStats(): { hits: number; full: number; scaleMisses: number };
  /** Switch axis reuse off (and on again) to measure redraws without it. */
  setAxisReuse(on: boolean): void;
}

export function benchHooks(rt: Runtime, scope: LawScope): BenchHooks {
  return {
    async time(figure, n, pause = 40) {
      const spec = rt.model.figures[figure]!;
      const current = { ...scope.params } as Params;
      const out = { render: [] as number[], plot: [] as number[], renderCold: [] as number[], plotCold: [] as number[] };
      const rows = spec.compute(current);
      const options = figurePlotOptions(spec.plot(rows, current, { interactive: true }));
      const timed = (into: number[], fn: () => unknown) => {
        const t = performance.now();
        fn();
        into.push(performance.now() - t);
      };
      for (let i = 0; i < n; i++) {
        timed(out.render, () => rt.render(figure, current));
        timed(out.plot, () => Plot.plot(options));
      }
      for (let i = 0; i < n; i++) {
        await new Promise((resolve) => setTimeout(resolve, pause));
        timed(out.renderCold, () => rt.render(figure, current));
        await new Promise((resolve) => setTimeout(resolve, pause));
        timed(out.plotCold, () => Plot.plot(options));
      }
      return out;
    },
    axisStats: () => ({ hits: axisReuse.hits, full: axisReuse.full, scaleMisses: axisReuse.scaleMisses }),
    setAxisReuse(on) {
      axisReuse.enabled = on;
    },
  };
}
