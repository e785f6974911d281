/**
 * Figure counting-compute/allocation-fit: the same compute-optimal runs recorded as M·D and as
 * 6·N·D, and the N_opt ∝ C^a fitted to each (one file per figure; the model is index.ts).
 */
import * as Plot from "@observablehq/plot";
import { deepseek2024 } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, MUTED, SERIES, decades, logTicks, powerTick } from "../figure.ts";
import { DEEPSEEK_EQ2_COUNT, FIT_BUDGETS, count, exponent, fitAt, pct, ratio, sci } from "./shared.ts";
import type { P } from "./shared.ts";

/** One row: one run, with its compute as one way of counting records it. */
type R = { run: number; recorded: number; params: number; count: string };

const X: [number, number] = [1e14, 1e21];
const Y: [number, number] = [1e4, 1e10];
const MD = "C = M·D";
const SIX = "C = 6·N·D";

export default defineFigure<P, R>({
  title: "One frontier, two exponents",
  caption: (p) =>
    `${FIT_BUDGETS.count} compute-optimal runs from DeepSeek's fitted allocation between their smallest and largest IsoFLOP budgets, each a model with your aspect ratio (d_model/n_layer = ${formatNumber(p.dModel / p.nLayer, ratio)}) and context. Each run appears twice at the same size N: at its compute counted as M·D (filled) and as 6·N·D (open); the grey segment joins the two. Lines: least-squares fits of log N on log C.`,
  uses: ["contextLength", "dModel", "nLayer"],
  sources: ["deepseek2024", "kaplan2020"],
  formula: String.raw`M_\text{opt} = ${deepseek2024.modelCoefficient}\,C^{${deepseek2024.modelExponent}},\quad D = C/M_\text{opt},\quad N_\text{opt} \propto C^{a}\ \text{fitted with}\ C = M D\ \text{or}\ C = 6 N D`,
  constants: () => [deepseek2024, DEEPSEEK_EQ2_COUNT],
  columns: [
    { key: "run", label: "Run" },
    { key: "count", label: "Compute counted as" },
    { key: "recorded", label: "Recorded compute (FLOPs)", format: sci },
    { key: "params", label: "Non-embedding parameters N", format: count },
  ],
  compute: (p) =>
    fitAt(p).runs.flatMap((r, i) => [
      { run: i + 1, recorded: r.flops, params: r.params, count: MD },
      { run: i + 1, recorded: r.flops6N, params: r.params, count: SIX },
    ]),
  plot: (rows, p) => {
    const f = fitAt(p);
    const line = (key: string, slope: number) => {
      const pts = rows.filter((r) => r.count === key);
      const lx = pts.map((r) => Math.log(r.recorded)),
        ly = pts.map((r) => Math.log(r.params));
      const mx = lx.reduce((a, b) => a + b, 0) / lx.length,
        my = ly.reduce((a, b) => a + b, 0) / ly.length;
      const ends = [Math.min(...lx), Math.max(...lx)];
      return ends.map((x) => ({ recorded: Math.exp(x), params: Math.exp(my + slope * (x - mx)), count: key }));
    };
    const first = rows.filter((r) => r.run === 1);
    const pairs = f.runs.map((r) => ({ x1: r.flops6N, x2: r.flops, y: r.params }));
    return {
      marginLeft: 52,
      marginRight: 34,
      x: { type: "log", domain: X, ticks: decades(...X), tickFormat: powerTick, label: "Compute as recorded (FLOPs) →" },
      y: { type: "log", domain: Y, ticks: decades(...Y), tickFormat: logTicks, grid: true, label: "↑ Non-embedding parameters N" },
      color: { domain: [MD, SIX], range: [SERIES[0], SERIES[1]] },
      marks: [
        Plot.link(pairs, { x1: "x1", x2: "x2", y1: "y", y2: "y", stroke: MUTED, clip: true }),
        Plot.line([...line(MD, f.full), ...line(SIX, f.sixN)], { x: "recorded", y: "params", stroke: "count", z: "count", strokeWidth: 1.5, clip: true }),
        Plot.dot(
          rows.filter((r) => r.count === MD),
          { x: "recorded", y: "params", fill: SERIES[0], r: 4, clip: true },
        ),
        Plot.dot(
          rows.filter((r) => r.count === SIX),
          { x: "recorded", y: "params", stroke: SERIES[1], fill: "var(--plot-bg)", strokeWidth: 2, r: 4, clip: true },
        ),
        // The two recordings of the smallest run share a height: 6ND to the left of its dot (nothing is
        // there), MD to the right and a little below (the next run's points are up and to the right).
        ...first.map((r) =>
          Plot.text([r], {
            x: "recorded",
            y: "params",
            text: (d: R) => (d.count === MD ? "MD" : "6ND"),
            fill: FG,
            textAnchor: r.count === MD ? "start" : "end",
            dx: r.count === MD ? 8 : -8,
            dy: r.count === MD ? 8 : 0,
            clip: true,
          }),
        ),
        // The fitted exponents, in the empty top-left corner (the runs rise from bottom left to top right).
        ...[`slope on MD: a = ${formatNumber(f.full, exponent)}`, `slope on 6ND: a = ${formatNumber(f.sixN, exponent)}`].map((text, i) =>
          Plot.text([text], { frameAnchor: "top-left", dx: 8, dy: 6 + 18 * i, text: (d: string) => d, fill: i === 0 ? SERIES[0] : SERIES[1], fontWeight: 600 }),
        ),
      ],
    };
  },
  describe: (_rows, p) => {
    const f = fitAt(p);
    const first = f.runs[0]!,
      last = f.runs.at(-1)!;
    return `The runs span ${formatNumber(first.params, count)} to ${formatNumber(last.params, count)} non-embedding parameters. Counted as M·D, N_opt grows as C^${formatNumber(f.full, exponent)}; counted as 6·N·D, as C^${formatNumber(f.sixN, exponent)}, because 6ND records only ${formatNumber(first.flops6N / first.flops, pct)} of the smallest run's compute and ${formatNumber(last.flops6N / last.flops, pct)} of the largest's. M itself grows as C^${formatNumber(f.mExponent, exponent)}.`;
  },
});
