/**
 * Figure fine-tuning/compute-split: pre-training, fine-tuning and total compute against fine-tuning
 * data, with a model as small as the tuned part trained from scratch for comparison, and the
 * break-even point.
 */
import * as Plot from "@observablehq/plot";
import { defineFigure } from "../define.ts";
import { FG, MUTED, SERIES, SHADE, decadeTicks, powerTick, snapLogDomain } from "../figure.ts";
import { endLabelText, endLabels } from "../labels.ts";
import { logGrid } from "../numeric.ts";
import { fitOf, count, sci, percent, fmt, chosen, pretrainTokens, pretrainFlops, fineTuneFlops, outsideChinchilla } from "./shared.ts";
import type { P } from "./shared.ts";

/** One point of one line: the compute of one route at one amount of fine-tuning data. */
type R = { series: string; tokens: number; flops: number };

export default defineFigure<P, R>({
  title: "Pre-training against fine-tuning compute",
  caption: (p) =>
    `Compute against fine-tuning data for a ${fmt(p.params, count)}-parameter model pre-trained on its Chinchilla-optimal ${fmt(pretrainTokens(p), { kind: "count", digits: 3 })} tokens and then fine-tuned (f = ${fmt(p.tunedFraction, percent)}). For comparison: training a model as small as the tuned part from scratch on the same data.${outsideChinchilla(p.params) ? " This model size is outside the 70M–16B range Chinchilla was fitted on (shaded note: extrapolation)." : ""}`,
  uses: ["params", "tunedFraction", "gradientDepth", "fineTuneTokens", "fit"],
  formula: String.raw`C = 6ND_\text{pre} + (2 + 2b + 2f)N\,D_\text{ft}`,
  sources: ["hoffmann2022", "besiroglu2024", "kaplan2020"],
  constants: (p) => [fitOf(p)],
  columns: [
    { key: "series", label: "Series" },
    { key: "tokens", label: "Fine-tuning data (tokens)", format: { kind: "count", digits: 2 } },
    { key: "flops", label: "Compute (FLOPs)", format: sci },
  ],
  compute: (p): R[] => {
    const pre = pretrainFlops(p);
    const grid = logGrid(1e3, 1e14, 23);
    return [
      ...grid.map((d) => ({ series: "pre-training", tokens: d, flops: pre })),
      ...grid.map((d) => ({ series: "fine-tuning", tokens: d, flops: chosen(p) * d })),
      ...grid.map((d) => ({ series: "total", tokens: d, flops: pre + chosen(p) * d })),
      ...grid.map((d) => ({ series: "small model from scratch", tokens: d, flops: 6 * p.params * p.tunedFraction * d })),
    ];
  },
  plot: (rows, p) => {
    const series = ["pre-training", "fine-tuning", "total", "small model from scratch"];
    const flops = rows.map((r) => r.flops);
    const domain = snapLogDomain(Math.max(Math.min(...flops), 1), Math.max(...flops) * 2);
    const ends = endLabels(rows, "series", "tokens", "flops", domain, series);
    const here = [
      { x: p.fineTuneTokens, y: pretrainFlops(p) + fineTuneFlops(p) },
      { x: p.fineTuneTokens, y: fineTuneFlops(p) },
    ];
    const breakEven = pretrainFlops(p) / chosen(p);
    return {
      marginRight: 150,
      x: {
        type: "log",
        label: "Fine-tuning data (tokens) →",
        domain: [1e3, 1e14],
        ticks: decadeTicks([1e3, 1e14], 6),
        tickFormat: (d: number) => fmt(d, { kind: "count", digits: 1 }),
      },
      y: { type: "log", label: "↑ Training compute (FLOPs)", domain, grid: true, ticks: decadeTicks(domain, 7), tickFormat: powerTick },
      color: { domain: series, range: [SERIES[0], SERIES[1], FG, MUTED] },
      marks: [
        ...(outsideChinchilla(p.params) ? [Plot.rectX([{ x1: 1e3, x2: 1e14 }], { x1: "x1", x2: "x2", fill: SHADE })] : []),
        Plot.ruleX([p.fineTuneTokens], { stroke: MUTED, strokeOpacity: 0.6 }),
        Plot.ruleX([breakEven], { stroke: MUTED, strokeDasharray: "2,3" }),
        Plot.line(
          rows.filter((r) => r.series === "pre-training"),
          { x: "tokens", y: "flops", stroke: "series", strokeWidth: 5 },
        ),
        Plot.line(
          rows.filter((r) => r.series === "fine-tuning"),
          { x: "tokens", y: "flops", stroke: "series", strokeWidth: 2 },
        ),
        Plot.line(
          rows.filter((r) => r.series === "total"),
          { x: "tokens", y: "flops", stroke: "series", strokeWidth: 1.5 },
        ),
        Plot.line(
          rows.filter((r) => r.series === "small model from scratch"),
          { x: "tokens", y: "flops", stroke: "series", strokeWidth: 1.5, strokeDasharray: "4,3" },
        ),
        Plot.dot(here, { x: "x", y: "y", fill: FG, r: 4 }),
        endLabelText(ends, { fontSize: 11 }),
        Plot.text([{ x: breakEven, y: domain[0], label: "break-even" }], {
          x: "x",
          y: "y",
          text: "label",
          textAnchor: "start",
          dx: 4,
          dy: -6,
          fill: MUTED,
          fontSize: 10,
        }),
      ],
    };
  },
  describe: (rows, p) =>
    `Log-log axes. Pre-training costs ${fmt(pretrainFlops(p), sci)} FLOPs regardless of fine-tuning. Fine-tuning on ${fmt(p.fineTuneTokens, { kind: "count", digits: 2 })} tokens adds ${fmt(fineTuneFlops(p), sci)} FLOPs, so fine-tuning is ${fmt(fineTuneFlops(p) / (pretrainFlops(p) + fineTuneFlops(p)), { kind: "percent", digits: 2 })} of the total. Fine-tuning would cost as much as pre-training at ${fmt(pretrainFlops(p) / chosen(p), count)} tokens. ${rows.length} points in the table.`,
});
