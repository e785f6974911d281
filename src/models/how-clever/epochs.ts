/**
 * Figure how-clever/epochs: effective data over unique data against epochs, new data against repeated
 * data (Muennighoff et al. 2023's fit, its own constants).
 */
import * as Plot from "@observablehq/plot";
import { muennighoff2023 } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, MUTED, SERIES, logTicks } from "../figure.ts";
import { logGrid } from "../numeric.ts";
import { repeatMultiplier, pct, times } from "./shared.ts";
import type { P } from "./shared.ts";

/** One point of one line: effective data over unique data after some epochs, for new or repeated data. */
type R = { series: string; epochs: number; effective: number };

export default defineFigure<P, R>({
  title: "Repeated data is worth less each pass",
  caption:
    "Effective data D′ over unique data U_D against the number of epochs, from Muennighoff et al.'s fit (their own constants). The diagonal is what new data would give; the dashed line is the limit 1 + R_D*.",
  uses: ["epochs"],
  formula: String.raw`D' = U_D + U_D R_D^* \left(1 - e^{-R_D/R_D^*}\right),\quad R_D = D/U_D - 1`,
  sources: ["muennighoff2023", "datablations"],
  constants: () => [muennighoff2023],
  columns: [
    { key: "series", label: "Series" },
    { key: "epochs", label: "Epochs", format: { kind: "sig", digits: 3 } },
    { key: "effective", label: "Effective data / unique data", format: { kind: "sig", digits: 4 } },
  ],
  compute: (): R[] => {
    const grid = logGrid(1, 100, 41);
    return [
      ...grid.map((e) => ({ series: "new data", epochs: e, effective: e })),
      ...grid.map((e) => ({ series: "repeated", epochs: e, effective: repeatMultiplier(e) })),
    ];
  },
  plot: (rows, p) => {
    const here = { epochs: p.epochs, effective: repeatMultiplier(p.epochs) };
    const limit = 1 + muennighoff2023.rdStar;
    return {
      marginRight: 24,
      x: { type: "log", label: "Epochs over the same data →", domain: [1, 100], tickFormat: (d: number) => logTicks(d) },
      y: { type: "log", label: "↑ Effective data / unique data", domain: [1, 100], grid: true, tickFormat: (d: number) => logTicks(d) },
      color: { domain: ["new data", "repeated"], range: [MUTED, SERIES[0]] },
      marks: [
        Plot.ruleY([limit], { stroke: MUTED, strokeDasharray: "4,3" }),
        Plot.text([{ x: 1.2, y: limit }], {
          x: "x",
          y: "y",
          text: () => `limit 1 + R_D* = ${formatNumber(limit, { kind: "sig", digits: 3 })}`,
          dy: -8,
          textAnchor: "start",
          fill: MUTED,
          fontSize: 11,
        }),
        Plot.line(
          rows.filter((r) => r.series === "new data"),
          { x: "epochs", y: "effective", stroke: "series", strokeWidth: 1.5, strokeDasharray: "2,3" },
        ),
        Plot.line(
          rows.filter((r) => r.series === "repeated"),
          { x: "epochs", y: "effective", stroke: "series", strokeWidth: 2 },
        ),
        Plot.text([{ x: 40, y: 40 }], { x: "x", y: "y", text: () => "new data", fill: MUTED, dx: -6, dy: -10, textAnchor: "end", fontSize: 11 }),
        Plot.text([{ x: 60, y: repeatMultiplier(60) }], {
          x: "x",
          y: "y",
          text: () => "repeated (Muennighoff)",
          fill: SERIES[0],
          dy: 14,
          textAnchor: "middle",
          fontSize: 11,
        }),
        Plot.ruleX([p.epochs], { stroke: MUTED, strokeOpacity: 0.5 }),
        Plot.dot([here], { x: "epochs", y: "effective", fill: SERIES[0], r: 4.5 }),
        Plot.text([here], {
          x: "epochs",
          y: "effective",
          text: (d: { epochs: number; effective: number }) =>
            `${formatNumber(d.effective, times)} at ${formatNumber(d.epochs, { kind: "sig", digits: 2 })} epochs`,
          dx: 8,
          dy: 12,
          textAnchor: "start",
          fill: FG,
          fontSize: 11,
        }),
      ],
    };
  },
  describe: (rows, p) => {
    const m = repeatMultiplier(p.epochs);
    return `Two lines on log-log axes: new data rises one for one with epochs; repeated data bends away and flattens towards ${formatNumber(1 + muennighoff2023.rdStar, { kind: "sig", digits: 3 })} times the unique data (R_D* = ${formatNumber(muennighoff2023.rdStar, { kind: "sig", digits: 4 })}). At ${formatNumber(p.epochs, { kind: "sig", digits: 2 })} epochs repeated data counts as ${formatNumber(m, times)} the unique data, ${formatNumber(m / p.epochs, pct)} of what new data would give (the average over all tokens seen; the repeated tokens alone are worth ${formatNumber(p.epochs - 1 < 1e-9 ? 1 : (m - 1) / (p.epochs - 1), pct)} of new ones). At 100 epochs: ${formatNumber(repeatMultiplier(100), times)}. ${rows.length} rows in the table.`;
  },
});
