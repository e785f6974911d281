/**
 * Figure fine-tuning/scratch-vs-pretrain: Rohin Shah's two routes as bars of training compute: model X
 * from scratch, or pre-train a larger model and fine-tune a fraction of it.
 */
import * as Plot from "@observablehq/plot";
import { defineFigure } from "../define.ts";
import { FG, FIGURE_WIDTH, SERIES, decadeTicks, powerTick } from "../figure.ts";
import { fitOf, count, sci, multiple, percent, fmt, pretrainFlops, fineTuneFlops, scratchParams, scratchFlops, outsideChinchilla } from "./shared.ts";
import type { P } from "./shared.ts";

/** One bar: the training compute of one step of the two routes. */
type R = { step: string; flops: number };

export default defineFigure<P, R>({
  title: "Model X from scratch, or pre-train a larger model and tune a fraction",
  caption: (p) =>
    `Training compute of two routes (Rohin Shah's comparison, with your numbers): train X = ${fmt(scratchParams(p), count)} parameters from scratch on its Chinchilla-optimal data; or pre-train a model ${fmt(p.pretrainScale, { kind: "multiple", digits: 2 })} larger (${fmt(p.params, count)}) on its Chinchilla-optimal data and fine-tune ${fmt(p.tunedFraction, percent)} of it on ${fmt(p.fineTuneTokens, { kind: "count", digits: 2 })} tokens.${outsideChinchilla(scratchParams(p)) || outsideChinchilla(p.params) ? " At least one model is outside the 70M–16B range the law was fitted on." : ""}`,
  uses: ["params", "tunedFraction", "gradientDepth", "fineTuneTokens", "pretrainScale", "fit"],
  formula: String.raw`6X D_\text{opt}(X)\ \text{vs}\ 6N D_\text{opt}(N) + (2 + 2b + 2f)N D_\text{ft}`,
  sources: ["hoffmann2022", "besiroglu2024", "kokotajlo2021"],
  constants: (p) => [fitOf(p)],
  columns: [
    { key: "step", label: "Step" },
    { key: "flops", label: "Compute (FLOPs)", format: sci },
  ],
  compute: (p) => [
    { step: "Train X from scratch", flops: scratchFlops(p) },
    { step: "Pre-train the larger model", flops: pretrainFlops(p) },
    { step: "Fine-tune a fraction of it", flops: fineTuneFlops(p) },
    { step: "Pre-train + fine-tune", flops: pretrainFlops(p) + fineTuneFlops(p) },
  ],
  plot: (rows, _p, { width = FIGURE_WIDTH }) => {
    const flops = rows.map((r) => r.flops);
    const lo = 10 ** Math.floor(Math.log10(Math.min(...flops)) - 0.5);
    const hi = 10 ** Math.ceil(Math.log10(Math.max(...flops)) + 0.3);
    const steps = rows.map((r) => r.step);
    const data = rows.map((r) => ({ ...r, lo, label: fmt(r.flops, sci) }));
    return {
      height: 240,
      marginLeft: 190,
      marginRight: 90,
      x: {
        type: "log",
        label: "Training compute (FLOPs) →",
        domain: [lo, hi],
        ticks: decadeTicks([lo, hi], width < FIGURE_WIDTH ? 4 : 7),
        tickFormat: powerTick,
        grid: true,
      },
      y: { domain: steps, label: null, tickSize: 0 },
      color: { domain: steps, range: [SERIES[2], SERIES[0], SERIES[1], FG] },
      marks: [
        Plot.ruleY(data, { y: "step", x1: "lo", x2: "flops", stroke: "step", strokeWidth: 6 }),
        Plot.dot(data, { y: "step", x: "flops", fill: "step", r: 5 }),
        Plot.text(data, { y: "step", x: "flops", text: "label", dx: 10, textAnchor: "start", fill: FG, fontSize: 11 }),
      ],
    };
  },
  describe: (rows, p) =>
    `Horizontal bars on a log axis. Training X = ${fmt(scratchParams(p), count)} from scratch costs ${fmt(scratchFlops(p), sci)} FLOPs. Pre-training the ${fmt(p.params, count)} model costs ${fmt(pretrainFlops(p), sci)} and fine-tuning it ${fmt(fineTuneFlops(p), sci)}, together ${fmt((pretrainFlops(p) + fineTuneFlops(p)) / scratchFlops(p), multiple)} the from-scratch route. ${rows.length} rows in the table.`,
});
