/** Figure chinchilla/frontier-compare: Compute-optimal model size: Chinchilla against Kaplan (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import {
  chinchillaAllocationExponents,
  chinchillaOptimal,
  hoffmann2022,
  hoffmann2022Table3,
  hoffmann2022Unrounded,
  kaplan2020Allocation,
} from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { endLabelText, endLabels } from "../labels.ts";
import { FG, FIGURE_WIDTH, MUTED, SERIES, decades, logTicks, powerTick, snapLogDomain } from "../figure.ts";
import { logGrid } from "../numeric.ts";
import { kaplanAtBudget, count2, count3, sci2, superscriptTen } from "./shared.ts";
import type { P } from "./shared.ts";

/** One point of a compute-optimal frontier (or a Table 3 row): optimal parameters at a training compute. */
type R = { series: string; flops: number; params: number };

export default defineFigure<P, R>({
  title: "Compute-optimal model size: Chinchilla against Kaplan",
  caption: (p) =>
    `Optimal parameters against training compute C. Chinchilla's closed form with printed and unrounded constants (all parameters), Table 3's Approach-1 projections, and Kaplan's recipe with C_min = C/(1 + ${p.batchOverCritical.toFixed(1)}) (non-embedding parameters). The dashed rule is the reader's budget.`,
  uses: ["flops", "batchOverCritical"],
  formula: String.raw`N_\text{opt} = G\left(\frac{C}{6}\right)^{\beta/(\alpha+\beta)}\ \text{vs}\ N \propto C_\text{min}^{0.73}`,
  sources: ["hoffmann2022", "kaplan2020", "epochAnalyzingChinchilla"],
  constants: () => [hoffmann2022, hoffmann2022Unrounded, hoffmann2022Table3, kaplan2020Allocation],
  columns: [
    { key: "series", label: "Series" },
    { key: "flops", label: "Training compute C (FLOPs)", format: sci2 },
    { key: "params", label: "Parameters", format: count3 },
  ],
  compute: (p) => {
    const rows: R[] = [];
    for (const c of logGrid(1e18, 1e27, 28)) {
      rows.push({ series: "Chinchilla, printed", flops: c, params: chinchillaOptimal({ flops: c }, hoffmann2022).params });
      rows.push({ series: "Chinchilla, unrounded", flops: c, params: chinchillaOptimal({ flops: c }, hoffmann2022Unrounded).params });
      const k = kaplanAtBudget({ ...p, flops: c });
      rows.push({ series: "Kaplan, Fig. 14 legend", flops: c, params: k.legendParams });
      rows.push({ series: "Kaplan, text", flops: c, params: k.params });
    }
    for (const r of hoffmann2022Table3.rows) rows.push({ series: "Table 3", flops: r.flops, params: r.params });
    return rows;
  },
  plot: (rows, p, { width = FIGURE_WIDTH }) => {
    const names = ["Chinchilla, printed", "Chinchilla, unrounded", "Kaplan, Fig. 14 legend", "Kaplan, text"];
    const colors = [SERIES[0], SERIES[2], SERIES[1], SERIES[3]];
    const ps = rows.map((r) => r.params);
    // Quarter-decades: the axis stays put over a range of batch sizes.
    const yDomain = snapLogDomain(Math.min(...ps), Math.max(...ps));
    // A label every second decade, every fourth on a phone's narrower figure.
    const labelEvery = width < FIGURE_WIDTH ? 4 : 2;
    return {
      marginRight: 150,
      x: {
        type: "log",
        label: "Training compute C (FLOPs) →",
        ticks: decades(1e18, 1e27),
        tickFormat: (d: number) => (Math.round(Math.log10(d)) % labelEvery === 0 ? powerTick(d) : ""),
      },
      y: { type: "log", label: "↑ Optimal parameters", grid: true, domain: yDomain, ticks: decades(...yDomain), tickFormat: (d: number) => logTicks(d) },
      color: { domain: names, range: colors },
      marks: [
        Plot.line(
          rows.filter((r) => r.series !== "Table 3"),
          { x: "flops", y: "params", stroke: "series", strokeWidth: 2 },
        ),
        Plot.dot(
          rows.filter((r) => r.series === "Table 3"),
          { x: "flops", y: "params", stroke: FG, fill: "var(--plot-bg)", r: 4 },
        ),
        endLabelText(endLabels(rows, "series", "flops", "params", yDomain, names)),
        Plot.text([rows.filter((r) => r.series === "Table 3")[2]!], {
          x: "flops",
          y: "params",
          text: () => "Table 3",
          dx: 8,
          dy: 8,
          textAnchor: "start",
          fill: FG,
        }),
        Plot.ruleX([p.flops], { stroke: MUTED, strokeDasharray: "3,3" }),
      ],
    };
  },
  describe: (rows, p) => {
    const k = kaplanAtBudget(p);
    const c = chinchillaOptimal({ flops: p.flops }, hoffmann2022).params;
    const u = chinchillaOptimal({ flops: p.flops }, hoffmann2022Unrounded).params;
    return `Straight lines on log-log axes. Kaplan's lines are steeper (slope ${kaplan2020Allocation.paramsExponent}) than Chinchilla's (${chinchillaAllocationExponents(hoffmann2022).a.toFixed(3)} printed, ${chinchillaAllocationExponents(hoffmann2022Unrounded).a.toFixed(3)} unrounded). At ${superscriptTen(p.flops)} FLOPs: Chinchilla ${formatNumber(c, count3)} (printed) or ${formatNumber(u, count3)} (unrounded); Kaplan ${formatNumber(k.params, count2)} (text) or ${formatNumber(k.legendParams, count2)} (legend), with C_min = ${superscriptTen(k.flopsMin)}. Table 3's projections (dots) lie above both Chinchilla lines. ${rows.length} points in the table.`;
  },
});
