/** Figure running-out-of-text/projections: training-set sizes on two trends against the stock of public human text. */
import * as Plot from "@observablehq/plot";
import { chinchillaTokensPerParam, defaultChinchillaFit, villalobos2024Projection, villalobos2024Stock } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { BAND, FG, MUTED, SERIES, SHADE, logTicks } from "../figure.ts";
import { START, START_CONSTANTS, START_FLOPS, count, count3, exhaustion, trendYear, year } from "./shared.ts";
import type { P } from "./shared.ts";

type R = { year: number; tokens: number; series: string };

const X: [number, number] = [START.year, 2040];
const Y: [number, number] = [1e13, 1e16];
const COMPUTE = "compute trend, compute-optimal × over-training";
const TREND = "dataset-size trend";
const S = villalobos2024Stock;

export default defineFigure<P, R>({
  title: "Training sets on two trends meet the stock of human text",
  caption: () =>
    `Tokens in the largest training run each year: from compute growing at your rate and the compute-optimal ratio times your over-training (solid), and from dataset sizes growing at your rate (dashed), both from Llama 3 405B in ${START.year}. The band is the stock's 90% interval, the dotted line your stock; dots mark the crossings. The grey span is the paper's ${villalobos2024Projection.earliestYear}–${villalobos2024Projection.latestYear}.`,
  uses: ["stockTokens", "computeGrowth", "datasetGrowth", "overtraining"],
  sources: ["villalobos2024", "epochData2024", "epochCompute2024", "epochDatasets", "dubey2024", "besiroglu2024"],
  formula: String.raw`D(t) = \sqrt{\tfrac{r\,k\,C_0\,g^{\,t-t_0}}{6}}\quad\text{or}\quad D(t) = D_0\,h^{\,t-t_0}`,
  constants: () => [defaultChinchillaFit, villalobos2024Stock, villalobos2024Projection, START_CONSTANTS],
  columns: [
    { key: "series", label: "Projection" },
    { key: "year", label: "Year", format: year },
    { key: "tokens", label: "Tokens", format: count },
  ],
  compute: (p) =>
    Array.from({ length: 65 }, (_, i) => X[0] + (i * (X[1] - X[0])) / 64).flatMap((t) => {
      const flops = START_FLOPS * p.computeGrowth ** (t - START.year);
      const r = chinchillaTokensPerParam({ flops }, defaultChinchillaFit);
      return [
        { year: t, tokens: Math.sqrt((r * p.overtraining * flops) / 6), series: COMPUTE },
        { year: t, tokens: START.tokens * p.datasetGrowth ** (t - START.year), series: TREND },
      ];
    }),
  plot: (rows, p) => {
    const crossings = [
      { year: exhaustion(p, defaultChinchillaFit).year, tokens: p.stockTokens, series: COMPUTE },
      { year: trendYear(p.stockTokens, p.datasetGrowth), tokens: p.stockTokens, series: TREND },
    ].filter((d) => d.year >= X[0] && d.year <= X[1]);
    return {
      marginLeft: 64,
      x: { domain: X, label: "Year →", tickFormat: (d: number) => String(d), ticks: [2024, 2028, 2032, 2036, 2040] },
      y: { type: "log", domain: Y, label: "↑ Tokens in the largest training run", grid: true, tickFormat: logTicks },
      color: { domain: [COMPUTE, TREND], range: [SERIES[0], SERIES[2]] },
      marks: [
        Plot.rect([{ x1: villalobos2024Projection.earliestYear, x2: villalobos2024Projection.latestYear }], { x1: "x1", x2: "x2", fill: SHADE }),
        Plot.rect([{ y1: S.stockTokensLow90, y2: S.stockTokensHigh90 }], { y1: "y1", y2: "y2", fill: BAND }),
        Plot.ruleY([p.stockTokens], { stroke: MUTED, strokeDasharray: "2 2" }),
        Plot.line(
          rows.filter((r) => r.series === COMPUTE),
          { x: "year", y: "tokens", stroke: "series", strokeWidth: 2, clip: true },
        ),
        Plot.line(
          rows.filter((r) => r.series === TREND),
          { x: "year", y: "tokens", stroke: "series", strokeWidth: 2, strokeDasharray: "6 4", clip: true },
        ),
        Plot.dot(crossings, { x: "year", y: "tokens", fill: "series", stroke: FG, r: 4 }),
        Plot.text(["stock of text (90% interval)"], { frameAnchor: "right", y: S.stockTokensLow90, dy: -8, dx: -4, textAnchor: "end", fill: MUTED }),
        Plot.text(["compute trend (solid)"], { frameAnchor: "bottom-right", dx: -6, dy: -24, fill: SERIES[0], textAnchor: "end" }),
        Plot.text(["dataset-size trend (dashed)"], { frameAnchor: "bottom-right", dx: -6, dy: -8, fill: SERIES[2], textAnchor: "end" }),
      ],
    };
  },
  describe: (_rows, p) => {
    const c = exhaustion(p, defaultChinchillaFit);
    const t = trendYear(p.stockTokens, p.datasetGrowth);
    return `The dataset trend starts at Llama 3 405B's ${formatNumber(START.tokens, count3)} tokens in ${START.year}; the compute projection starts at the ${formatNumber(Math.sqrt((chinchillaTokensPerParam({ flops: START_FLOPS }, defaultChinchillaFit) * p.overtraining * START_FLOPS) / 6), count)} tokens a run of that compute reads at your over-training. Both rise as straight lines on the log scale. With compute growing ${formatNumber(p.computeGrowth, { kind: "multiple", digits: 2 })} a year and ${formatNumber(p.overtraining, { kind: "multiple", digits: 2 })} over-training, runs reach a stock of ${formatNumber(p.stockTokens, count)} tokens in ${formatNumber(c.year, year)}; datasets growing ${formatNumber(p.datasetGrowth, { kind: "multiple", digits: 2 })} a year reach it in ${formatNumber(t, year)}. Across the stock's 90% interval (${formatNumber(S.stockTokensLow90, count)} to ${formatNumber(S.stockTokensHigh90, count)}) the compute crossing moves from ${formatNumber(exhaustion({ ...p, stockTokens: S.stockTokensLow90 }, defaultChinchillaFit).year, year)} to ${formatNumber(exhaustion({ ...p, stockTokens: S.stockTokensHigh90 }, defaultChinchillaFit).year, year)}. The paper's own range is ${villalobos2024Projection.earliestYear}–${villalobos2024Projection.latestYear}.`;
  },
});
