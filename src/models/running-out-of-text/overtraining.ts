/** Figure running-out-of-text/overtraining: the exhaustion year against over-training, under two Chinchilla fits. */
import * as Plot from "@observablehq/plot";
import { villalobos2024Stock } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { BAND, FG, factorTick } from "../figure.ts";
import { logGrid } from "../numeric.ts";
import { FITS, START_CONSTANTS, exhaustion, ratio, times, year } from "./shared.ts";
import type { P } from "./shared.ts";

type R = { overtraining: number; year: number; low: number; high: number; tokensPerParam: number; fit: string };

const X: [number, number] = [1, 100];
const Y: [number, number] = [2022, 2038];
const S = villalobos2024Stock;

export default defineFigure<P, R>({
  title: "Over-training brings the date forward",
  caption:
    "The year the largest run on your compute trend uses your whole stock, against how far it is trained past the compute-optimal tokens per parameter, under two Chinchilla fits. The band is the stock's 90% interval under the first fit; dots mark your over-training.",
  uses: ["stockTokens", "computeGrowth", "overtraining"],
  sources: ["villalobos2024", "epochData2024", "besiroglu2024", "hoffmann2022", "dubey2024"],
  formula: String.raw`t = t_0 + \frac{\ln\!\big(6 S^2 / (r(C)\,k\,C_0)\big)}{\ln g}`,
  constants: () => [...FITS.map((f) => f.preset), villalobos2024Stock, START_CONSTANTS],
  columns: [
    { key: "fit", label: "Fit" },
    { key: "overtraining", label: "Over-training", format: times },
    { key: "tokensPerParam", label: "Tokens per parameter", format: ratio },
    { key: "year", label: "Year", format: year },
    { key: "low", label: "Year, 5th-percentile stock", format: year },
    { key: "high", label: "Year, 95th-percentile stock", format: year },
  ],
  compute: (p) =>
    FITS.flatMap((f) =>
      logGrid(X[0], X[1], 41).map((k) => {
        const q = { ...p, overtraining: k };
        const mid = exhaustion(q, f.preset);
        return {
          fit: f.label,
          overtraining: k,
          tokensPerParam: mid.tokensPerParam * k,
          year: mid.year,
          low: exhaustion({ ...q, stockTokens: S.stockTokensLow90 }, f.preset).year,
          high: exhaustion({ ...q, stockTokens: S.stockTokensHigh90 }, f.preset).year,
        };
      }),
    ),
  plot: (rows, p) => {
    const first = rows.filter((r) => r.fit === FITS[0]!.label);
    const dots = FITS.map((f) => ({ fit: f.label, overtraining: p.overtraining, year: exhaustion(p, f.preset).year }));
    return {
      x: { type: "log", domain: X, label: "Over-training (× compute-optimal tokens per parameter) →", tickFormat: factorTick },
      y: { domain: Y, label: "↑ Year the stock is used up", grid: true, tickFormat: (d: number) => String(d) },
      color: { domain: FITS.map((f) => f.label), range: FITS.map((f) => f.color) },
      marks: [
        Plot.areaY(first, { x: "overtraining", y1: "low", y2: "high", fill: BAND, clip: true }),
        Plot.line(rows, { x: "overtraining", y: "year", stroke: "fit", strokeWidth: 2, clip: true }),
        Plot.dot(
          dots.filter((d) => d.year >= Y[0] && d.year <= Y[1]),
          { x: "overtraining", y: "year", fill: "fit", stroke: FG, r: 4 },
        ),
        ...FITS.map((f, i) => Plot.text([f.label], { frameAnchor: "top-right", dx: -6, dy: 6 + 16 * i, fill: f.color, textAnchor: "end" })),
      ],
    };
  },
  describe: (_rows, p) => {
    const parts = FITS.map((f) => {
      const one = exhaustion({ ...p, overtraining: 1 }, f.preset);
      const now = exhaustion(p, f.preset);
      const hundred = exhaustion({ ...p, overtraining: 100 }, f.preset);
      return `${f.label}: ${formatNumber(one.year, year)} compute-optimal (${formatNumber(one.tokensPerParam, ratio)} tokens per parameter), ${formatNumber(now.year, year)} at ${formatNumber(p.overtraining, times)}, ${formatNumber(hundred.year, year)} at 100×`;
    });
    return `Falling lines: each doubling of the over-training factor moves the date forward by about the time compute takes to double. For a stock of ${formatNumber(p.stockTokens, { kind: "count", digits: 2 })} tokens and compute growing ${formatNumber(p.computeGrowth, times)} a year: ${parts.join("; ")}.`;
  },
});
