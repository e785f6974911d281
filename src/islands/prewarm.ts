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
  // earlier step splits (supportedLocalesOf, PluralRules or DateTimeFormat first: whichever comes
  // first pays it). Plot makes one on a first render with text; ariaNumber on the first key press.
  async () => new Intl.NumberFormat("en-US").format(1),
  () => import("../laws/index.ts"),
];

export async function prewarm(stop: () => boolean): Promise<void> {
  for (const step of STEPS) {
    if (stop()) return;
    await step();
    await whenIdle(1000, 50);
  }
}
