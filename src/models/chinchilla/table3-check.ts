/** Figure chinchilla/table3-check: Table 3 against 6ND and against the closed form (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { chinchillaOptimal, hoffmann2022, hoffmann2022Table3, hoffmann2022Unrounded } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, MUTED, SERIES, decades, logTicks } from "../figure.ts";
import { count2, exponent2 } from "./shared.ts";
import type { P } from "./shared.ts";

/** One ratio for one row of Table 3 (1 is agreement). */
type R = { series: string; params: number; ratio: number };

export default defineFigure<P, R>({
  title: "Table 3 against 6ND and against the closed form",
  caption:
    "For each row of Table 3 (Approach 1 projections): the row's own 6ND divided by its printed FLOPs, and the closed-form N_opt at the row's FLOPs divided by the row's N, with printed and unrounded constants. A value of 1 is agreement.",
  uses: [],
  formula: String.raw`\frac{6ND}{C_\text{Table 3}},\quad \frac{N_\text{opt}(C_\text{Table 3})}{N_\text{Table 3}}`,
  sources: ["hoffmann2022", "epochAnalyzingChinchilla"],
  constants: () => [hoffmann2022Table3, hoffmann2022, hoffmann2022Unrounded],
  columns: [
    { key: "series", label: "Ratio" },
    { key: "params", label: "Table 3 N", format: count2 },
    { key: "ratio", label: "Ratio", format: { kind: "fixed", digits: 3 } },
  ],
  compute: () =>
    hoffmann2022Table3.rows.flatMap((r) => [
      { series: "6ND ÷ printed FLOPs", params: r.params, ratio: (6 * r.params * r.tokens) / r.flops },
      { series: "closed form (printed) ÷ Table 3 N", params: r.params, ratio: chinchillaOptimal({ flops: r.flops }, hoffmann2022).params / r.params },
      {
        series: "closed form (unrounded) ÷ Table 3 N",
        params: r.params,
        ratio: chinchillaOptimal({ flops: r.flops }, hoffmann2022Unrounded).params / r.params,
      },
    ]),
  plot: (rows) => {
    const names = ["6ND ÷ printed FLOPs", "closed form (printed) ÷ Table 3 N", "closed form (unrounded) ÷ Table 3 N"];
    const ends = names.map((n) => rows.filter((r) => r.series === n).at(-1)!);
    return {
      marginRight: 16,
      x: { type: "log", label: "Table 3 model size N →", ticks: decades(1e9, 1e13), tickFormat: (d: number) => logTicks(d) },
      y: { label: "↑ Ratio", grid: true, domain: [0, 1.15] },
      color: { domain: names, range: [FG, SERIES[0], SERIES[2]] },
      marks: [
        Plot.ruleY([1], { stroke: MUTED }),
        Plot.line(rows, { x: "params", y: "ratio", stroke: "series", strokeWidth: 1.5 }),
        Plot.dot(rows, { x: "params", y: "ratio", fill: "series", r: 3.5 }),
        Plot.text(ends, { x: "params", y: "ratio", text: "series", fill: "series", textAnchor: "end", dy: -9 }),
      ],
    };
  },
  describe: (rows) => {
    const six = rows.filter((r) => r.series === "6ND ÷ printed FLOPs");
    const worst = six.reduce((a, b) => (Math.abs(b.ratio - 1) > Math.abs(a.ratio - 1) ? b : a));
    const printed = rows.filter((r) => r.series.includes("(printed)")).map((r) => r.ratio);
    const unrounded = rows.filter((r) => r.series.includes("(unrounded)")).map((r) => r.ratio);
    return `Table 3's own FLOPs agree with 6ND within ${formatNumber(Math.max(...six.map((r) => Math.abs(r.ratio - 1))), { kind: "percent", digits: 2 })}, the largest gap at the ${formatNumber(worst.params, count2)} row (the Gopher budget). The closed form puts the optimum at ${formatNumber(Math.min(...printed), exponent2)}–${formatNumber(Math.max(...printed), exponent2)} of Table 3's N with printed constants and ${formatNumber(Math.min(...unrounded), exponent2)}–${formatNumber(Math.max(...unrounded), exponent2)} with unrounded ones: Table 3 comes from Approach 1, not from the parametric fit. ${rows.length} points in the table.`;
  },
});
