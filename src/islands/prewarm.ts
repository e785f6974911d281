/**
 * Staged warm-up (issue 16: no main-thread task over 50 ms at 4× CPU through warm-up). Importing
 * the runtime evaluates Plot, d3 and the law module in one task (70–120 ms at 4×). Importing them
 * first, one package per step with an idle period between, leaves each evaluation short; the
 * runtime's own import then evaluates only what is left. Each step imports a module of its own
 * (./prewarm/*.ts), so the bundler gives each package a chunk that Plot's chunk then imports.
 * Ordered leaves first, so no step evaluates another's package. `stop()` true: an interaction
 * wants the runtime now; the remaining steps are skipped (the runtime's import does their work).
 */
import { whenIdle } from "./idle.ts";

const STEPS: (() => Promise<unknown>)[] = [
  () => import("./prewarm/d3-array.ts"),
  () => import("./prewarm/d3-color.ts"),
  () => import("./prewarm/d3-interpolate.ts"),
  () => import("./prewarm/d3-format.ts"),
  () => import("./prewarm/d3-time.ts"),
  () => import("./prewarm/d3-time-format.ts"),
  () => import("./prewarm/d3-scale.ts"),
  () => import("./prewarm/d3-selection.ts"),
  () => import("./prewarm/d3-axis.ts"),
  () => import("./prewarm/d3-path.ts"),
  () => import("./prewarm/d3-shape.ts"),
  () => import("./prewarm/d3-scale-chromatic.ts"),
  () => import("./prewarm/d3-geo.ts"),
  // The first Intl.NumberFormat loads ICU's locale data: 50–75 ms at 4× in one task that no
  // step on this thread splits (supportedLocalesOf, PluralRules or DateTimeFormat first: whichever
  // comes first pays it). Plot makes one as it is evaluated. A worker loads it instead (see
  // ./icu.worker.ts), started with the first step; this step waits for it, then makes the main
  // thread's first formatter, now about 1 ms. Without a worker it is made here, as before.
  async () => {
    await icuLoaded;
    new Intl.NumberFormat("en-US").format(1);
  },
  () => import("../laws/index.ts"),
];

let icuLoaded: Promise<void> = Promise.resolve();

/** Start the ICU worker; resolves when it has loaded the data, failed, or after `timeout` ms. */
function loadIcuOffThread(timeout = 3000): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker | undefined;
    const done = () => {
      clearTimeout(timer);
      worker?.terminate();
      resolve();
    };
    const timer = setTimeout(done, timeout);
    try {
      worker = new Worker(new URL("./icu.worker.ts", import.meta.url), { type: "module" });
      worker.onmessage = done;
      worker.onerror = done;
    } catch {
      done();
    }
  });
}

export async function prewarm(stop: () => boolean): Promise<void> {
  icuLoaded = loadIcuOffThread();
  for (const step of STEPS) {
    if (stop()) return;
    await step();
    await whenIdle(1000, 50);
  }
}
