/**
 * Figure fine-tuning/flops-per-token: training FLOPs per token (× N) against the fraction of weights
 * tuned, with gradients through the whole body or only the tuned top (Kaplan et al. 2020 §2.1
 * accounting).
 */
import * as Plot from "@observablehq/plot";
import { flopsPerToken } from "../../laws/index.ts";
import { defineFigure } from "../define.ts";
import { FG, MUTED, SERIES, decadeTicks } from "../figure.ts";
import { logGrid } from "../numeric.ts";
import { multiple, percent, fmt, tuneFlops, chosen, full } from "./shared.ts";
import type { P } from "./shared.ts";

/** The per-token FLOP accounting the figure draws: a counting rule, not a fit (Kaplan et al. 2020 §2.1, Table 1). */
const KAPLAN_FLOP_ACCOUNTING = Object.freeze({
  label: "Kaplan et al. 2020 FLOP accounting (no fitted constants)",
  source: Object.freeze({ id: "kaplan2020", arxiv: "2001.08361", where: "§2.1, Table 1", verification: "paper" }),
} as const);

/** One point of one line: FLOPs per token (in units of N) at one tuned fraction, in one regime. */
type R = { regime: string; fraction: number; perN: number };

export default defineFigure<P, R>({
  title: "Training FLOPs per token when only a fraction of the weights train",
  caption: (p) =>
    `FLOPs per token in units of N, against the fraction f of the body's weights that train. Forward 2N; activation gradients 2N through the whole body (or only through the trainable top); weight gradients 2fN. The dotted line, hugging zero, is what cost proportional to f would be. The dot is your fine-tune (f = ${fmt(p.tunedFraction, percent)}, gradients reaching ${fmt(p.gradientDepth, { kind: "percent", digits: 3 })} of the body).`,
  uses: ["params", "tunedFraction", "gradientDepth"],
  formula: String.raw`C_\text{token} = 2N + 2bN + 2fN,\quad b \in [f, 1]`,
  sources: ["kaplan2020", "lu2021"],
  // Kaplan et al. §2.1 FLOP accounting (flopsPerToken): no fitted constants.
  constants: () => [KAPLAN_FLOP_ACCOUNTING],
  columns: [
    { key: "regime", label: "Regime" },
    { key: "fraction", label: "Fraction tuned f", format: percent },
    { key: "perN", label: "FLOPs per token ÷ N", format: { kind: "sig", digits: 4 } },
  ],
  compute: (p) => {
    const n = p.params;
    const regimes: [string, (f: number) => number][] = [
      ["train all weights", () => 6],
      ["tune f, gradients through the body", (f) => tuneFlops(n, f, 1) / n],
      ["tune the top f only", (f) => tuneFlops(n, f, 0) / n],
      ["inference", () => flopsPerToken({ params: n, mode: "inference" }) / n],
      ["cost proportional to f", (f) => (6 * f * n) / n],
    ];
    return regimes.flatMap(([regime, g]) => logGrid(1e-6, 1, 25).map((f) => ({ regime, fraction: f, perN: g(f) })));
  },
  plot: (rows, p) => {
    const regimes = [...new Set(rows.map((r) => r.regime))];
    const colours = [MUTED, SERIES[0], SERIES[1], SERIES[2], SERIES[3]];
    const above = [
      { regime: regimes[0], x: 1.5e-6, y: 6 },
      { regime: regimes[1], x: 1.5e-6, y: 4 },
      { regime: regimes[2], x: 1.5e-6, y: 2 },
      { regime: regimes[4], x: 1.5e-6, y: 0 },
    ];
    const below = [{ regime: regimes[3], x: 1.5e-6, y: 2 }];
    const here = { x: p.tunedFraction, y: chosen(p) / p.params };
    const naive = rows.filter((r) => r.regime === regimes[4]);
    return {
      marginRight: 24,
      x: {
        type: "log",
        label: "Fraction of the body's weights tuned, f →",
        domain: [1e-6, 1],
        ticks: decadeTicks([1e-6, 1]),
        tickFormat: (d: number) => fmt(d, { kind: "percent", digits: 1 }),
      },
      y: {
        label: "↑ FLOPs per token (× N)",
        domain: [0, 6.6],
        grid: true,
        ticks: [0, 1, 2, 3, 4, 5, 6],
        tickFormat: (d: number) => fmt(d, { kind: "sig", digits: 1 }),
      },
      color: { domain: regimes, range: colours },
      marks: [
        Plot.ruleX([p.tunedFraction], { stroke: MUTED, strokeOpacity: 0.5 }),
        Plot.line(
          rows.filter((r) => r.regime !== regimes[4]),
          { x: "fraction", y: "perN", stroke: "regime", strokeWidth: 2 },
        ),
        Plot.line(naive, { x: "fraction", y: "perN", stroke: "regime", strokeWidth: 2, strokeDasharray: "2,3" }),
        Plot.text(above, { x: "x", y: "y", dy: -8, text: "regime", fill: "regime", textAnchor: "start", fontSize: 11 }),
        Plot.text(below, { x: "x", y: "y", dy: 12, text: "regime", fill: "regime", textAnchor: "start", fontSize: 11 }),
        Plot.dot([here], { x: "x", y: "y", fill: FG, r: 4.5 }),
        Plot.dot([{ x: p.tunedFraction, y: 6 * p.tunedFraction }], { x: "x", y: "y", stroke: SERIES[3], r: 4 }),
      ],
    };
  },
  describe: (rows, p) =>
    `Log x axis, linear y axis. Training every weight costs 6N FLOPs per token. Tuning f = ${fmt(p.tunedFraction, percent)} of the weights costs ${fmt(tuneFlops(p.params, p.tunedFraction, 1) / p.params, { kind: "sig", digits: 4 })}N when gradients flow through the whole body and ${fmt(tuneFlops(p.params, p.tunedFraction, 0) / p.params, { kind: "sig", digits: 4 })}N when only the top layers train; inference costs 2N. Cost proportional to f would be ${fmt(6 * p.tunedFraction, { kind: "sig", digits: 3 })}N. Your setting costs ${fmt(chosen(p) / p.params, { kind: "sig", digits: 4 })}N, ${fmt(full(p) / chosen(p), multiple)} cheaper than full training. ${rows.length} points in the table.`,
});
