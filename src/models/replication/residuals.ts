/** Figure replication/residuals: How well each set of constants fits the same data (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { besiroglu2024GridFit, hoffmann2022, hoffmann2022Unrounded } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, GRID, MUTED, rectsAsPaths } from "../figure.ts";
import { constantSets, setColor, keptPoints, logResiduals, residualStats, pct, count } from "./shared.ts";
import type { P } from "./shared.ts";

const residualSets = constantSets.filter((s) => s.key !== "besiroglu");

const RES_LO = -4.5,
  RES_HI = 7.5,
  RES_STEP = 0.25;

/** One histogram bin of log residuals (in %) for one set of constants. */
type R = { set: string; key: string; lo: number; hi: number; count: number };

export default defineFigure<P, R>({
  title: "How well each set of constants fits the same data",
  caption: (p) =>
    `Histogram of log residuals, log L − log L̂, over the ${formatNumber(keptPoints(p.excludeHighest).length, count)} kept points, for Hoffmann et al.'s printed and unrounded constants and for the refit with Hoffmann's own procedure. A fit that describes the data puts its residuals around zero.`,
  uses: ["excludeHighest"],
  sources: ["hoffmann2022", "besiroglu2024", "epochAnalyzingChinchilla"],
  constants: () => [hoffmann2022, hoffmann2022Unrounded, besiroglu2024GridFit],
  formula: String.raw`r_i = \log L_i - \log\big(E + A N_i^{-\alpha} + B D_i^{-\beta}\big)`,
  columns: [
    { key: "set", label: "Constants" },
    { key: "lo", label: "Residual from (%)", format: { kind: "fixed", digits: 2 } },
    { key: "hi", label: "Residual to (%)", format: { kind: "fixed", digits: 2 } },
    { key: "count", label: "Points", format: { kind: "fixed", digits: 0 } },
  ],
  compute: (p) => {
    const points = keptPoints(p.excludeHighest);
    const bins = Math.round((RES_HI - RES_LO) / RES_STEP);
    const rows: R[] = [];
    for (const set of residualSets) {
      const counts = new Array<number>(bins).fill(0);
      const all = logResiduals(set.preset);
      for (const q of points) {
        const r = 100 * all.get(q)!;
        const i = Math.min(bins - 1, Math.max(0, Math.floor((r - RES_LO) / RES_STEP)));
        counts[i]! += 1;
      }
      counts.forEach((c, i) => {
        rows.push({ set: set.label, key: set.key, lo: RES_LO + i * RES_STEP, hi: RES_LO + (i + 1) * RES_STEP, count: c });
      });
    }
    return rows;
  },
  plot: (rows, p) => {
    const labels = residualSets.map((s) => s.label);
    const medians = residualSets.map((s) => ({ set: s.label, key: s.key, median: residualStats(p.excludeHighest, s.preset).median }));
    return {
      marginRight: 20,
      marginLeft: 44,
      height: 420,
      x: { label: "Log residual, log L − log L̂ (%) →", domain: [RES_LO, RES_HI], ticks: 12 },
      y: { label: "↑ Points", grid: true, ticks: 3 },
      fy: { domain: labels, label: null, axis: null },
      color: { domain: residualSets.map((s) => s.key), range: residualSets.map((s) => setColor[s.key]!) },
      marks: [
        // 48 bins × 3 sets: one path per colour per facet (see rectsAsPaths).
        Plot.rectY(rows, { x1: "lo", x2: "hi", y: "count", fy: "set", fill: "key", inset: 0.5, render: rectsAsPaths(0.5) }),
        Plot.ruleX([0], { stroke: FG, strokeWidth: 1 }),
        Plot.ruleX(medians, { x: "median", fy: "set", stroke: FG, strokeDasharray: "4,3", strokeWidth: 1.5 }),
        Plot.text(medians, {
          fy: "set",
          frameAnchor: "top-right",
          text: (d: { set: string; median: number }) => `${d.set}: median ${formatNumber(d.median / 100, pct)}`,
          fill: FG,
          dy: 4,
          dx: -4,
        }),
        Plot.text(medians.slice(0, 1), { fy: "set", frameAnchor: "top-right", text: () => "dashed: median; solid: zero", fill: MUTED, dy: 20, dx: -4 }),
        Plot.ruleY([0], { stroke: GRID }),
      ],
    };
  },
  describe: (rows, p) => {
    const parts = residualSets.map((s) => {
      const st = residualStats(p.excludeHighest, s.preset);
      return `${s.label}: median residual ${formatNumber(st.median / 100, pct)}, ${formatNumber(st.above, { kind: "percent", digits: 2 })} of points above the curve, median absolute residual ${formatNumber(st.absMedian / 100, pct)}`;
    });
    return `Three histograms of log residuals over ${formatNumber(keptPoints(p.excludeHighest).length, count)} points (bins of ${RES_STEP}%; values beyond ${RES_LO}% or ${RES_HI}% are counted in the end bins). ${parts.join("; ")}. ${rows.length} bins in the table.`;
  },
});
