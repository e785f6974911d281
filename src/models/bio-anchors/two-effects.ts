/** Figure bio-anchors/two-effects: Dearer to build the fixed-size model, cheaper to reach any fixed loss (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { chinchillaLoss, chinchillaOptimal, defaultChinchillaFit, hoffmann2022Gopher } from "../../laws/index.ts";
import { formatNumber, type FormatSpec } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, FIGURE_WIDTH, SERIES } from "../figure.ts";
import { logGrid } from "../numeric.ts";
import { BIO_ANCHORS_EXPONENT, anchorCompute, frontierAtParams, frontierComputeForLoss, mult, exp2, sci, count, pow10 } from "./shared.ts";
import type { P } from "./shared.ts";

/** Text-mark options for a label with a halo in the figure's background colour. */
const HALO = { stroke: "var(--plot-bg)", strokeWidth: 4, paintOrder: "stroke" } as const;

/** One point of a loss-against-compute curve: the compute-optimal frontier or the old recipe. */
type R = { series: "compute-optimal" | "old recipe, D ∝ N^0.8"; flops: number; reducible: number };

export default defineFigure<P, R>({
  title: "Dearer to build the fixed-size model, cheaper to reach any fixed loss",
  caption: (p) =>
    `Reducible loss L − E against training compute under the site's default fit (Besiroglu et al.'s refit): the compute-optimal frontier, and the old recipe (data ∝ N^0.8 through Gopher's ${formatNumber(hoffmann2022Gopher.params, count)} parameters and ${formatNumber(hoffmann2022Gopher.tokens, count)} tokens). Rings: a model of ${formatNumber(p.anchorParams, count)} parameters on the old recipe, on data ∝ N^e through Gopher's point (your e = ${formatNumber(p.exponent, exp2)}), and on the frontier. Filled dot: the old recipe's loss reached on the frontier.`,
  uses: ["anchorParams", "exponent"],
  sources: ["hoffmann2022", "besiroglu2024", "chinchillaLinkpost2022"],
  constants: () => [defaultChinchillaFit],
  formula: String.raw`L(N, D) = E + A N^{-\alpha} + B D^{-\beta},\quad C = 6ND`,
  columns: [
    { key: "series", label: "Recipe" },
    { key: "flops", label: "Compute C (FLOPs)", format: sci },
    { key: "reducible", label: "Reducible loss L − E (nats/token)", format: { kind: "sig", digits: 3 } },
  ],
  compute: (p) => {
    const fit = defaultChinchillaFit;
    const rows: R[] = [];
    // Three decades either side of the fixed-size model on the old recipe.
    const centre = anchorCompute(p.anchorParams, BIO_ANCHORS_EXPONENT).flops;
    const lo = centre / 1e3,
      hi = centre * 1e3;
    for (const flops of logGrid(lo, hi, 49)) {
      const o = chinchillaOptimal({ flops }, fit);
      rows.push({ series: "compute-optimal", flops, reducible: chinchillaLoss(o, fit) - fit.E });
    }
    for (const params of logGrid(p.anchorParams / 100, p.anchorParams * 100, 81)) {
      const { tokens, flops } = anchorCompute(params, BIO_ANCHORS_EXPONENT);
      if (flops >= lo && flops <= hi) rows.push({ series: "old recipe, D ∝ N^0.8", flops, reducible: chinchillaLoss({ params, tokens }, fit) - fit.E });
    }
    return rows;
  },
  plot: (rows, p, { width = FIGURE_WIDTH }) => {
    const fit = defaultChinchillaFit;
    // A phone's narrower figure gets short labels: the caption says what each ring is.
    const narrow = width < FIGURE_WIDTH;
    const old = anchorCompute(p.anchorParams, BIO_ANCHORS_EXPONENT);
    const neu = anchorCompute(p.anchorParams, p.exponent);
    const opt = frontierAtParams(p.anchorParams, fit);
    const oldLoss = chinchillaLoss({ params: p.anchorParams, tokens: old.tokens }, fit) - fit.E;
    const newLoss = chinchillaLoss({ params: p.anchorParams, tokens: neu.tokens }, fit) - fit.E;
    const optLoss = chinchillaLoss({ params: p.anchorParams, tokens: opt.tokens }, fit) - fit.E;
    const cheaper = frontierComputeForLoss(oldLoss + fit.E, fit);
    const oldPoint = [{ flops: old.flops, reducible: oldLoss, label: narrow ? "old recipe" : "fixed size, old recipe" }];
    const newPoint = [
      {
        flops: neu.flops,
        reducible: newLoss,
        label: narrow ? `D ∝ N^${formatNumber(p.exponent, exp2)}` : `fixed size, D ∝ N^${formatNumber(p.exponent, exp2)} through Gopher`,
      },
    ];
    const optPoint = [{ flops: opt.flops, reducible: optLoss, label: narrow ? "frontier" : "fixed size, on the frontier" }];
    const cheapPoint = [{ flops: cheaper, reducible: oldLoss, label: narrow ? "same loss" : "same loss, compute-optimal" }];
    const ends = ["compute-optimal", "old recipe, D ∝ N^0.8"].map((s) => rows.filter((r) => r.series === s).at(-1)!);
    return {
      marginRight: 150,
      x: { type: "log", label: "Training compute C (FLOPs) →", domain: [old.flops / 1e3, old.flops * 1e3], tickFormat: (d: number) => pow10(d) },
      y: {
        type: "log",
        label: "↑ Reducible loss L − E (nats per token)",
        grid: true,
        tickFormat: (d: number) => formatNumber(d, { kind: "sig", digits: 2 }),
      },
      color: { domain: ["compute-optimal", "old recipe, D ∝ N^0.8"], range: [SERIES[0], SERIES[1]] },
      marks: [
        Plot.line(rows, { x: "flops", y: "reducible", stroke: "series", strokeWidth: 2 }),
        Plot.text(ends, { x: "flops", y: "reducible", text: "series", fill: "series", textAnchor: "start", dx: 6 }),
        Plot.link([{ x1: old.flops, x2: cheaper, y: oldLoss }], {
          x1: "x1",
          x2: "x2",
          y1: "y",
          y2: "y",
          stroke: FG,
          markerEnd: "arrow",
          strokeDasharray: "3,3",
        }),
        Plot.link([{ x1: old.flops, x2: neu.flops, y1: oldLoss, y2: newLoss }], { x1: "x1", x2: "x2", y1: "y1", y2: "y2", stroke: FG, markerEnd: "arrow" }),
        Plot.link([{ x1: old.flops, x2: opt.flops, y1: oldLoss, y2: optLoss }], {
          x1: "x1",
          x2: "x2",
          y1: "y1",
          y2: "y2",
          stroke: SERIES[0],
          markerEnd: "arrow",
        }),
        Plot.dot([...oldPoint, ...newPoint, ...optPoint], { x: "flops", y: "reducible", stroke: FG, r: 5, strokeWidth: 1.5 }),
        Plot.dot(cheapPoint, { x: "flops", y: "reducible", fill: SERIES[0], r: 4 }),
        // A halo in the background colour keeps labels legible where they cross a line.
        Plot.text(oldPoint, { x: "flops", y: "reducible", text: "label", dx: 10, dy: -8, textAnchor: "start", fill: FG, ...HALO }),
        Plot.text(newPoint, { x: "flops", y: "reducible", text: "label", dx: 10, dy: 2, textAnchor: "start", fill: FG, ...HALO }),
        Plot.text(optPoint, { x: "flops", y: "reducible", text: "label", dx: -10, dy: 4, textAnchor: "end", fill: FG, ...HALO }),
        Plot.text(cheapPoint, { x: "flops", y: "reducible", text: "label", dy: 14, textAnchor: "end", fill: FG, ...HALO }),
      ],
    };
  },
  describe: (_rows, p) => {
    const fit = defaultChinchillaFit;
    const old = anchorCompute(p.anchorParams, BIO_ANCHORS_EXPONENT);
    const neu = anchorCompute(p.anchorParams, p.exponent);
    const opt = frontierAtParams(p.anchorParams, fit);
    const oldLoss = chinchillaLoss({ params: p.anchorParams, tokens: old.tokens }, fit);
    const newLoss = chinchillaLoss({ params: p.anchorParams, tokens: neu.tokens }, fit);
    const optLoss = chinchillaLoss({ params: p.anchorParams, tokens: opt.tokens }, fit);
    const cheaper = frontierComputeForLoss(oldLoss, fit);
    const f4: FormatSpec = { kind: "fixed", digits: 4 };
    return `Two falling curves on log axes; the old recipe is never below the compute-optimal frontier. A ${formatNumber(p.anchorParams, count)}-parameter model costs ${formatNumber(old.flops, sci)} FLOPs on the old recipe (loss ${formatNumber(oldLoss, f4)}), ${formatNumber(neu.flops, sci)} FLOPs on data ∝ N^${formatNumber(p.exponent, exp2)} through Gopher's point (loss ${formatNumber(newLoss, f4)}, ${formatNumber(neu.flops / old.flops, mult)} the old recipe), and ${formatNumber(opt.flops, sci)} FLOPs on the compute-optimal frontier, ${formatNumber(opt.tokens, count)} tokens (loss ${formatNumber(optLoss, f4)}, ${formatNumber(opt.flops / old.flops, mult)} the old recipe). The old recipe's loss is reached on the frontier with ${formatNumber(cheaper, sci)} FLOPs, ${formatNumber(old.flops / cheaper, mult)} less.`;
  },
});
