/** Figure chinchilla/isoflop-curves: IsoFLOP curves and their minima (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import {
  chinchillaIsoFlopLoss,
  chinchillaLoss,
  chinchillaOptimal,
  hoffmann2022,
  hoffmann2022Chinchilla,
  hoffmann2022Gopher,
  trainingFlops,
} from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, MUTED, SERIES, decades, logTicks } from "../figure.ts";
import { logGrid } from "../numeric.ts";
import { optimalLoss, count3, sci2, loss3, superscriptTen } from "./shared.ts";
import type { P } from "./shared.ts";

/** One point of an isoFLOP curve, a curve's minimum, or Gopher or Chinchilla at their own N and D. */
type R = { budget: number; kind: "curve" | "yours" | "minimum" | "your minimum" | "Gopher" | "Chinchilla"; params: number; loss: number };

export default defineFigure<P, R>({
  title: "IsoFLOP curves and their minima",
  caption: (p) =>
    `Loss L̂(N, C/(6N)) along fixed-compute lines, printed constants (App. D.2). Dots mark each curve's minimum, the closed-form N_opt; the thick curve is the reader's budget, ${superscriptTen(p.flops)} FLOPs. Gopher and Chinchilla are placed at their own N and D.`,
  uses: ["flops"],
  formula: String.raw`\hat L(N, D) = E + \frac{A}{N^{\alpha}} + \frac{B}{D^{\beta}},\quad D = \frac{C}{6N}`,
  sources: ["hoffmann2022"],
  constants: () => [hoffmann2022],
  columns: [
    { key: "budget", label: "Budget C (FLOPs)", format: sci2 },
    { key: "params", label: "Parameters N", format: count3 },
    { key: "loss", label: "Loss (nats/token)", format: loss3 },
    { key: "kind", label: "Row" },
  ],
  compute: (p) => {
    const rows: R[] = [];
    const budgets = [1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, p.flops];
    budgets.forEach((budget, i) => {
      const opt = chinchillaOptimal({ flops: budget }, hoffmann2022).params;
      for (const n of logGrid(opt / 25, opt * 25, 23)) {
        rows.push({
          budget,
          kind: i === budgets.length - 1 ? "yours" : "curve",
          params: n,
          loss: chinchillaIsoFlopLoss({ flops: budget, params: n }, hoffmann2022),
        });
      }
      rows.push({ budget, kind: i === budgets.length - 1 ? "your minimum" : "minimum", params: opt, loss: optimalLoss(budget, hoffmann2022) });
    });
    rows.push({
      budget: trainingFlops(hoffmann2022Gopher),
      kind: "Gopher",
      params: hoffmann2022Gopher.params,
      loss: chinchillaLoss(hoffmann2022Gopher, hoffmann2022),
    });
    rows.push({
      budget: trainingFlops(hoffmann2022Chinchilla),
      kind: "Chinchilla",
      params: hoffmann2022Chinchilla.params,
      loss: chinchillaLoss(hoffmann2022Chinchilla, hoffmann2022),
    });
    return rows;
  },
  plot: (rows) => {
    const curves = rows.filter((r) => r.kind === "curve");
    const yours = rows.filter((r) => r.kind === "yours");
    const minima = rows.filter((r) => r.kind === "minimum" || r.kind === "your minimum");
    const models = rows.filter((r) => r.kind === "Gopher" || r.kind === "Chinchilla");
    const labels = rows.filter((r) => r.kind === "minimum" && r.budget <= 1e22);
    const losses = rows.map((r) => r.loss);
    const ns = rows.map((r) => r.params);
    return {
      marginRight: 40,
      x: { type: "log", label: "Parameters N (all) →", ticks: decades(Math.min(...ns), Math.max(...ns)), tickFormat: (d: number) => logTicks(d) },
      y: { label: "↑ Loss (nats per token)", grid: true, domain: [Math.min(...losses) - 0.05, Math.min(Math.max(...losses), 4.2)], clamp: true },
      marks: [
        Plot.line(curves, { x: "params", y: "loss", z: "budget", stroke: MUTED, strokeWidth: 1.2 }),
        Plot.line(yours, { x: "params", y: "loss", stroke: SERIES[0], strokeWidth: 2.5 }),
        Plot.line(
          minima.toSorted((a, b) => a.params - b.params),
          { x: "params", y: "loss", stroke: SERIES[1], strokeDasharray: "4,3" },
        ),
        Plot.dot(minima, { x: "params", y: "loss", fill: SERIES[1], r: 3.5 }),
        Plot.text(labels, { x: "params", y: "loss", text: (d: R) => superscriptTen(d.budget), dy: 12, fill: MUTED, fontSize: 10 }),
        Plot.dot(models, { x: "params", y: "loss", stroke: FG, fill: "var(--plot-bg)", r: 5, strokeWidth: 1.5, symbol: "diamond" }),
        Plot.text(models, { x: "params", y: "loss", text: "kind", dy: -12, fill: FG }),
      ],
    };
  },
  describe: (rows, p) => {
    const opt = chinchillaOptimal({ flops: p.flops }, hoffmann2022);
    return `U-shaped curves, one per compute budget from 10¹⁹ to 10²⁵ FLOPs plus the reader's ${superscriptTen(p.flops)}. Each minimum lies to the right of and below the last; the minima lie on a straight line in log N. At ${superscriptTen(p.flops)} FLOPs the minimum is N = ${formatNumber(opt.params, count3)} parameters on ${formatNumber(opt.tokens, count3)} tokens, loss ${optimalLoss(p.flops, hoffmann2022).toFixed(3)}. Gopher (${formatNumber(hoffmann2022Gopher.params, count3)}, ${formatNumber(hoffmann2022Gopher.tokens, count3)} tokens) sits at ${chinchillaLoss(hoffmann2022Gopher, hoffmann2022).toFixed(3)}; Chinchilla (${formatNumber(hoffmann2022Chinchilla.params, count3)}, ${formatNumber(hoffmann2022Chinchilla.tokens, count3)} tokens) at ${chinchillaLoss(hoffmann2022Chinchilla, hoffmann2022).toFixed(3)}. ${rows.length} points in the table.`;
  },
});
