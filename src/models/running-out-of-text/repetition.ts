/** Figure running-out-of-text/repetition: how many years repeated passes over the stock add, at face value and at their worth. */
import * as Plot from "@observablehq/plot";
import { muennighoff2023 } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, MUTED, SERIES, factorTick } from "../figure.ts";
import { logGrid } from "../numeric.ts";
import { repetitionLimitYears, repetitionYears, years } from "./shared.ts";
import type { P } from "./shared.ts";

type R = { epochs: number; years: number; effectiveEpochs: number; series: string };

const X: [number, number] = [1, 100];
const Y: [number, number] = [0, 12];
const WORTH = "at their worth (Muennighoff et al.)";
const COUNTED = "counted at face value";
const sig = (digits: number) => ({ kind: "sig", digits }) as const;

export default defineFigure<P, R>({
  title: "What repeated passes add to the date",
  caption:
    "Years added to the exhaustion date by training on the same text several times, on your compute trend: counting every pass as new text (dashed) and counting each at its worth by Muennighoff et al.'s decay of repeated data (solid). The dotted line is the limit of endless passes; the dot marks your epochs.",
  uses: ["computeGrowth", "epochs"],
  sources: ["muennighoff2023", "datablations", "villalobos2024"],
  formula: String.raw`\Delta t = \frac{2\ln(D'/U)}{\ln g},\quad \frac{D'}{U} = 1 + R_D^*\big(1 - e^{-(E-1)/R_D^*}\big)`,
  constants: () => [muennighoff2023],
  columns: [
    { key: "series", label: "Counting" },
    { key: "epochs", label: "Epochs", format: sig(3) },
    { key: "effectiveEpochs", label: "Fresh-data equivalents", format: sig(3) },
    { key: "years", label: "Years added", format: years },
  ],
  compute: (p) =>
    logGrid(X[0], X[1], 49).flatMap((e) => {
      const r = repetitionYears(e, p.computeGrowth);
      return [
        { epochs: e, years: r.worth, effectiveEpochs: r.effectiveEpochs, series: WORTH },
        { epochs: e, years: r.counted, effectiveEpochs: e, series: COUNTED },
      ];
    }),
  plot: (rows, p) => {
    const now = repetitionYears(p.epochs, p.computeGrowth);
    return {
      x: { type: "log", domain: X, label: "Epochs over the same text →", tickFormat: factorTick },
      y: { domain: Y, label: "↑ Years added to the date", grid: true },
      color: { domain: [WORTH, COUNTED], range: [SERIES[0], MUTED] },
      marks: [
        Plot.ruleY([repetitionLimitYears(p.computeGrowth)], { stroke: FG, strokeDasharray: "2 3" }),
        Plot.line(
          rows.filter((r) => r.series === WORTH),
          { x: "epochs", y: "years", stroke: "series", strokeWidth: 2, clip: true },
        ),
        Plot.line(
          rows.filter((r) => r.series === COUNTED),
          { x: "epochs", y: "years", stroke: "series", strokeWidth: 2, strokeDasharray: "6 4", clip: true },
        ),
        Plot.dot(
          [{ epochs: p.epochs, years: now.worth }].filter((d) => d.years <= Y[1]),
          { x: "epochs", y: "years", fill: SERIES[0], stroke: FG, r: 4 },
        ),
        Plot.text([`counted at face value (dashed)`], { frameAnchor: "top-left", dx: 6, dy: 6, fill: MUTED, textAnchor: "start" }),
        Plot.text([`at their worth (solid)`], { frameAnchor: "top-left", dx: 6, dy: 22, fill: SERIES[0], textAnchor: "start" }),
      ],
    };
  },
  describe: (_rows, p) => {
    const now = repetitionYears(p.epochs, p.computeGrowth);
    const four = repetitionYears(4, p.computeGrowth);
    return `Rising curves that part ways: with compute growing ${formatNumber(p.computeGrowth, { kind: "multiple", digits: 2 })} a year, ${formatNumber(p.epochs, sig(2))} epochs add ${formatNumber(now.counted, years)} years if every pass counted as new text, and ${formatNumber(now.worth, years)} at their worth (${formatNumber(now.effectiveEpochs, sig(3))} fresh-data equivalents). Four epochs add ${formatNumber(four.worth, years)} years at their worth against ${formatNumber(four.counted, years)} at face value; no number of passes adds more than ${formatNumber(repetitionLimitYears(p.computeGrowth), years)} years (R_D* = ${formatNumber(muennighoff2023.rdStar, sig(4))}).`;
  },
});
