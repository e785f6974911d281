/** Figure kaplan/frontier-meets-data: The compute frontier runs into the data law (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import {
  kaplan2020,
  kaplan2020Allocation,
  kaplan2020StatedCrossover,
  kaplanLossCompute,
  kaplanLossTokens,
  kaplanOptimalTokens,
  pfDaysToFlops,
} from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, MUTED, SERIES, decades, logTicks } from "../figure.ts";
import { KAPLAN_RUNS_MAX_PF_DAYS } from "../kaplan-ranges.ts";
import { logGrid } from "../numeric.ts";
import { PLOT_BG, single, allocation, crossover, budgetFlopsMin, lossTicks, paddedDomain, sci2, pfDays, beyondKaplanRuns } from "./shared.ts";
import type { P } from "./shared.ts";

/** One point of L(C_min) or of L(D(C_min)) at one compute. */
type R = { law: "L(C_min)" | "L(D(C_min))"; computePfDays: number; loss: number };

export default defineFigure<P, R>({
  title: "The compute frontier runs into the data law",
  caption: (p) =>
    `L(C_min) (eq 1.3) and the data-limited loss of the tokens compute-efficient training sees, L(D(C_min)) (eqs 1.2, 6.7), with α_C = ${p.alphaC.toFixed(3)} and α_D = ${p.alphaD.toFixed(3)}. The shaded region lies beyond Kaplan's runs; the bar shows the paper's stated crossover with its order-of-magnitude uncertainty.`,
  uses: ["alphaC", "alphaD", "tokensExponent", "tokensCoefficient", "budgetPfDays"],
  formula: String.raw`\left(\frac{C_c}{C_\text{min}}\right)^{\alpha_C} = \left(\frac{D_c}{D(C_\text{min})}\right)^{\alpha_D},\quad D(C_\text{min}) = 4\times10^{10}\,x^{0.26}`,
  sources: ["kaplan2020"],
  constants: () => [kaplan2020, kaplan2020Allocation, kaplan2020StatedCrossover],
  columns: [
    { key: "law", label: "Law" },
    { key: "computePfDays", label: "C_min (PF-days)", format: sci2 },
    { key: "loss", label: "Loss (nats/token)", format: { kind: "fixed", digits: 3 } },
  ],
  compute: (p) => {
    const c = crossover(p);
    const hi = Math.max(1e8, c.computePfDays * 30);
    const lo = 1e-8;
    const rows: R[] = [];
    for (const x of logGrid(lo, hi, 40)) {
      const flops = pfDaysToFlops(x);
      rows.push({ law: "L(C_min)", computePfDays: x, loss: kaplanLossCompute({ flops }, single(p)) });
    }
    for (const x of logGrid(lo, hi, 40)) {
      const tokens = kaplanOptimalTokens({ flopsMin: pfDaysToFlops(x) }, allocation(p));
      rows.push({ law: "L(D(C_min))", computePfDays: x, loss: kaplanLossTokens({ tokens }, single(p)) });
    }
    return rows;
  },
  plot: (rows, p) => {
    const c = crossover(p);
    const s = kaplan2020StatedCrossover;
    const xs = rows.map((r) => r.computePfDays);
    const xMax = Math.max(...xs);
    const ends = ["L(C_min)", "L(D(C_min))"].map((law) => rows.filter((r) => r.law === law).at(-1)!);
    const budgetLoss = kaplanLossCompute({ flops: budgetFlopsMin(p) }, single(p));
    const yDomain = paddedDomain(rows.map((r) => r.loss));
    return {
      marginRight: 84,
      x: {
        type: "log",
        label: "Compute C_min (PF-days) →",
        domain: [1e-8, xMax],
        ticks: decades(1e-8, xMax).filter((d) => Math.round(Math.log10(d)) % 4 === 0),
        tickFormat: (d: number) => logTicks(d),
      },
      y: {
        type: "log",
        label: "↑ Loss (nats per token)",
        grid: true,
        domain: yDomain,
        tickFormat: (d: number) => formatNumber(d, { kind: "sig", digits: 3 }),
        ticks: lossTicks(...yDomain),
      },
      color: { domain: ["L(C_min)", "L(D(C_min))"], range: [SERIES[0], SERIES[1]] },
      marks: [
        ...beyondKaplanRuns(xMax),
        Plot.line(rows, { x: "computePfDays", y: "loss", stroke: "law", strokeWidth: 2 }),
        Plot.text(ends, { x: "computePfDays", y: "loss", text: "law", fill: "law", textAnchor: "start", dx: 6 }),
        Plot.link([{ x1: s.computePfDays / 10, x2: s.computePfDays * 10, y: s.loss }], {
          x1: "x1",
          x2: "x2",
          y1: "y",
          y2: "y",
          stroke: MUTED,
          strokeWidth: 2,
        }),
        Plot.dot([{ x: s.computePfDays, y: s.loss }], { x: "x", y: "y", stroke: MUTED, fill: PLOT_BG, r: 4.5, strokeWidth: 1.5 }),
        Plot.text([{ x: s.computePfDays, y: s.loss, label: "stated ±10×" }], { x: "x", y: "y", text: "label", dy: -12, fill: MUTED }),
        Plot.dot([{ x: c.computePfDays, y: c.loss }], { x: "x", y: "y", fill: FG, r: 4.5 }),
        Plot.text([{ x: c.computePfDays, y: c.loss, label: "computed" }], { x: "x", y: "y", text: "label", textAnchor: "end", dx: -8, dy: 12, fill: FG }),
        Plot.ruleX([p.budgetPfDays], { stroke: MUTED, strokeDasharray: "3,3" }),
        Plot.dot([{ x: p.budgetPfDays, y: budgetLoss }], { x: "x", y: "y", fill: SERIES[0], r: 3.5 }),
      ],
    };
  },
  describe: (rows, p) => {
    const c = crossover(p);
    const s = kaplan2020StatedCrossover;
    return `Two falling straight lines on log-log axes. L(C_min) falls with slope ${p.alphaC.toFixed(3)}; L(D(C_min)), the loss floor set by the data compute-efficient training sees, falls with slope ${(p.alphaD * p.tokensExponent).toFixed(3)}. They cross at C_min ≈ ${formatNumber(c.computePfDays, pfDays)} PF-days (${formatNumber(c.flopsMin, sci2)} FLOPs) and ${c.loss.toFixed(2)} nats per token; the paper states ~${formatNumber(s.computePfDays, pfDays)} PF-days and ~${s.loss} nats, uncertain by an order of magnitude. Kaplan's runs end near ${KAPLAN_RUNS_MAX_PF_DAYS} PF-days; everything to the right is extrapolation. ${rows.length} points in the table.`;
  },
});
