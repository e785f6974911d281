/** Figure kaplan/allocation: Kaplan's compute-efficient allocation, two ways (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { kaplan2020Allocation, kaplanOptimalParams, kaplanOptimalParamsFromTokens, kaplanOptimalTokens, pfDaysToFlops } from "../../laws/index.ts";
import { formatNumber, type FormatSpec } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { MUTED, SERIES, logTicks, snapLogDomain } from "../figure.ts";
import { KAPLAN_RUNS_MAX_PF_DAYS } from "../kaplan-ranges.ts";
import { logGrid } from "../numeric.ts";
import { allocation, budgetFlopsMin, budgetParams, budgetTokens, count2, sci2, pfDays, beyondKaplanRuns } from "./shared.ts";
import type { P } from "./shared.ts";

const count3: FormatSpec = { kind: "count", digits: 3 };

/** One point of N(C_min) (legend or text) or D(C_min) at one compute. */
type R = { series: "N, Fig. 14 legend" | "N, from the text" | "D, tokens"; computePfDays: number; value: number };

export default defineFigure<P, R>({
  title: "Kaplan's compute-efficient allocation, two ways",
  caption:
    "Compute-efficient model size N(C_min) as the Fig. 14 legend prints it and as it follows from the text's D(C_min) with D = 2C_min/(6N) (§6.3), and the tokens D(C_min). N is non-embedding parameters; x is C_min, not training compute (2·C_min).",
  uses: ["tokensExponent", "tokensCoefficient", "budgetPfDays"],
  formula: String.raw`N(C_\text{min}) = 1.3\times10^{9}\,x^{0.73}\ \text{(legend)},\quad N = \frac{2C_\text{min}}{6\,D(C_\text{min})}\ \text{(text)}`,
  sources: ["kaplan2020"],
  constants: () => [kaplan2020Allocation],
  columns: [
    { key: "series", label: "Quantity" },
    { key: "computePfDays", label: "C_min (PF-days)", format: sci2 },
    { key: "value", label: "Count", format: count3 },
  ],
  compute: (p) => {
    const rows: R[] = [];
    for (const x of logGrid(1e-6, 1e8, 29)) {
      const flopsMin = pfDaysToFlops(x);
      rows.push({ series: "N, Fig. 14 legend", computePfDays: x, value: kaplanOptimalParams({ flopsMin }, allocation(p)) });
      rows.push({ series: "N, from the text", computePfDays: x, value: kaplanOptimalParamsFromTokens({ flopsMin }, allocation(p)) });
      rows.push({ series: "D, tokens", computePfDays: x, value: kaplanOptimalTokens({ flopsMin }, allocation(p)) });
    }
    return rows;
  },
  plot: (rows, p) => {
    const names = ["N, Fig. 14 legend", "N, from the text", "D, tokens"];
    // Whole decades: the axis stays put while the exponent is dragged.
    const values = rows.map((r) => r.value);
    const ends = names.map((s) => rows.filter((r) => r.series === s).at(-1)!);
    const here = [
      { series: names[0], computePfDays: p.budgetPfDays, value: budgetParams(p) },
      { series: names[2], computePfDays: p.budgetPfDays, value: budgetTokens(p) },
    ];
    return {
      marginRight: 116,
      x: {
        type: "log",
        label: "Compute C_min (PF-days) →",
        domain: [1e-6, 1e8],
        tickFormat: (d: number) => (Math.round(Math.log10(d)) % 2 === 0 ? logTicks(d) : ""),
      },
      y: {
        type: "log",
        label: "↑ Non-embedding parameters or tokens",
        grid: true,
        domain: snapLogDomain(Math.min(...values), Math.max(...values), 1),
        tickFormat: (d: number) => (Math.round(Math.log10(d)) % 2 === 0 ? logTicks(d) : ""),
      },
      color: { domain: names, range: [SERIES[0], SERIES[3], SERIES[1]] },
      marks: [
        ...beyondKaplanRuns(1e8),
        Plot.line(
          rows.filter((r) => r.series === names[1]),
          { x: "computePfDays", y: "value", stroke: "series", strokeWidth: 2, strokeDasharray: "5,4" },
        ),
        Plot.line(
          rows.filter((r) => r.series !== names[1]),
          { x: "computePfDays", y: "value", stroke: "series", strokeWidth: 2 },
        ),
        Plot.text(
          ends.filter((r) => r.series !== names[1]),
          { x: "computePfDays", y: "value", text: "series", fill: "series", textAnchor: "start", dx: 6, dy: -6 },
        ),
        Plot.text(
          ends.filter((r) => r.series === names[1]),
          { x: "computePfDays", y: "value", text: "series", fill: "series", textAnchor: "start", dx: 6, dy: 8 },
        ),
        Plot.ruleX([p.budgetPfDays], { stroke: MUTED, strokeDasharray: "3,3" }),
        Plot.dot(here, { x: "computePfDays", y: "value", fill: "series", r: 4 }),
      ],
    };
  },
  describe: (rows, p) => {
    const legend = budgetParams(p);
    const text = kaplanOptimalParamsFromTokens({ flopsMin: budgetFlopsMin(p) }, allocation(p));
    return `Straight lines on log-log axes. Model size grows as C_min^${kaplan2020Allocation.paramsExponent} (legend) or C_min^${(1 - p.tokensExponent).toFixed(2)} (text), data as C_min^${p.tokensExponent.toFixed(2)}. At C_min = ${formatNumber(p.budgetPfDays, pfDays)} PF-days the legend gives ${formatNumber(legend, count2)} non-embedding parameters, the text ${formatNumber(text, count2)} (a factor ${formatNumber(legend / text, { kind: "multiple", digits: 2 })}), and ${formatNumber(budgetTokens(p), count2)} tokens. Beyond ${KAPLAN_RUNS_MAX_PF_DAYS} PF-days the lines are extrapolated. ${rows.length} points in the table.`;
  },
});
