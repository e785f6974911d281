/** Figure replication/extracted-data: The 245 points extracted from Chinchilla's Figure 4 (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { formatNumber } from "../../lib/format.ts";
import { figure4Data } from "../figure4-data.ts";
import { defineFigure } from "../define.ts";
import { FG, SERIES, dotsAsPaths, logTicks } from "../figure.ts";
import { keptPoints, dataMinFlops, dataMaxFlops, sci, count, figure4Points } from "./shared.ts";
import type { P } from "./shared.ts";

/** FLOP-budget bands (decades) for colouring the extracted points. */
const BANDS = ["below 10¹⁹", "10¹⁹–10²⁰", "10²⁰–10²¹", "10²¹ and above"] as const;

const bandOf = (flops: number): (typeof BANDS)[number] => {
  const e = Math.log10(flops);
  return e < 19 ? BANDS[0] : e < 20 ? BANDS[1] : e < 21 ? BANDS[2] : BANDS[3];
};

/** One extracted training run, its compute band and whether the fits keep it. */
type R = { params: number; flops: number; tokens: number; loss: number; band: (typeof BANDS)[number]; status: "kept" | "dropped" };

export default defineFigure<P, R>({
  title: "The 245 points extracted from Chinchilla's Figure 4",
  caption: (p) =>
    `Final loss against model size for every training run Besiroglu et al. recovered from the figure, coloured by training compute. Open rings: the ${formatNumber(Math.round(p.excludeHighest), { kind: "fixed", digits: 0 })} highest-loss points, left out of the fits.`,
  uses: ["excludeHighest"],
  sources: ["besiroglu2024", "hoffmann2022", "epochAnalyzingChinchilla"],
  constants: () => [figure4Data],
  formula: "D = C/(6N)",
  columns: [
    { key: "params", label: "Model size N (parameters)", format: count },
    { key: "flops", label: "Training compute C (FLOPs)", format: sci },
    { key: "tokens", label: "Tokens D = C/6N", format: count },
    { key: "loss", label: "Loss (nats/token)", format: { kind: "fixed", digits: 3 } },
    { key: "status", label: "In the fit" },
  ],
  compute: (p) => {
    const kept = new Set(keptPoints(p.excludeHighest));
    return figure4Points.map((q) => ({
      params: q.params,
      flops: q.flops,
      tokens: q.tokens,
      loss: q.loss,
      band: bandOf(q.flops),
      status: kept.has(q) ? "kept" : "dropped",
    }));
  },
  plot: (rows) => {
    const kept = rows.filter((r) => r.status === "kept");
    const dropped = rows.filter((r) => r.status === "dropped");
    // A legend written into the empty bottom-left corner (small models never reach loss < 2.5).
    const legend = BANDS.map((band, i) => ({ band, x: 6e7, y: 2.36 * 0.955 ** i }));
    return {
      marginRight: 20,
      x: { type: "log", label: "Model size N (parameters) →", tickFormat: (d: number) => logTicks(d) },
      y: {
        type: "log",
        label: "↑ Final loss (nats per token)",
        grid: true,
        ticks: [2, 2.5, 3, 3.5, 4, 5],
        tickFormat: (d: number) => formatNumber(d, { kind: "sig", digits: 2 }),
      },
      color: { domain: [...BANDS], range: [SERIES[4], SERIES[0], SERIES[2], SERIES[1]] },
      marks: [
        // Up to 245 points in four colours: one path per colour (see dotsAsPaths).
        Plot.dot(kept, { x: "params", y: "loss", fill: "band", r: 2.6, fillOpacity: 0.85, render: dotsAsPaths(2.6) }),
        Plot.dot(dropped, { x: "params", y: "loss", stroke: FG, r: 4.5, strokeWidth: 1.2 }),
        Plot.text([{ x: 6e7, y: 2.36 / 0.955, label: "Training compute (FLOPs)" }], { x: "x", y: "y", text: "label", fill: FG, textAnchor: "start" }),
        Plot.text(legend, { x: "x", y: "y", text: "band", fill: "band", textAnchor: "start", fontWeight: 600 }),
        Plot.text(dropped.slice(0, 1), { x: "params", y: "loss", text: () => "dropped", dx: 8, textAnchor: "start", fill: FG }),
      ],
    };
  },
  describe: (rows, p) => {
    const kept = rows.filter((r) => r.status === "kept");
    const losses = kept.map((r) => r.loss);
    const dropped = rows.filter((r) => r.status === "dropped");
    return `Scatter of ${rows.length} training runs: model sizes from ${formatNumber(Math.min(...rows.map((r) => r.params)), count)} to ${formatNumber(Math.max(...rows.map((r) => r.params)), count)} parameters, budgets from ${formatNumber(dataMinFlops, sci)} to ${formatNumber(dataMaxFlops, sci)} FLOPs. Loss falls with size within each budget band and with budget. ${kept.length} points are kept (losses ${formatNumber(Math.min(...losses), { kind: "fixed", digits: 2 })} to ${formatNumber(Math.max(...losses), { kind: "fixed", digits: 2 })}); ${dropped.length} dropped (${formatNumber(Math.round(p.excludeHighest), { kind: "fixed", digits: 0 })} requested; ties can drop more), the largest models of the smallest budget.`;
  },
});
