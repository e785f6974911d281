/** Figure kaplan/crossover-sensitivity: How far the crossover moves with α_C (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { kaplan2020, kaplan2020Allocation, kaplan2020StatedCrossover, kaplanCrossover } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { BAND, FG, MUTED, SERIES, decades, logTicks } from "../figure.ts";
import { linearGrid } from "../numeric.ts";
import {
  PLOT_BG,
  ALPHA_C_APPENDIX_B,
  ALPHA_C_SECTION_6_2,
  TOKENS_EXPONENT_SECTION_1_2,
  crossoverConstants,
  crossover,
  paddedDomain,
  sci2,
  pfDays,
} from "./shared.ts";
import type { P } from "./shared.ts";

/** The crossover at one α_C: along a curve (one data exponent), at a printed α_C, or at the reader's. */
type R = { series: string; kind: "curve" | "printed" | "here"; alphaC: number; computePfDays: number; loss: number };

export default defineFigure<P, R>({
  title: "How far the crossover moves with α_C",
  caption: (p) =>
    `Crossover compute C_min* against α_C, with the reader's other constants (α_D = ${p.alphaD.toFixed(3)}, D ∝ C_min^${p.tokensExponent.toFixed(2)}) and with the §1.2 data exponent 0.27. Dots mark the three values of α_C the paper prints; the band is the stated C* ~ 10⁴ PF-days, ±10×.`,
  uses: ["alphaC", "alphaD", "tokensExponent", "tokensCoefficient"],
  formula: String.raw`\log C^*_\text{min} = \frac{\alpha_C \log C_c - \alpha_D (\log D_c - \log D_0)}{\alpha_C - \alpha_D\, x_D}`,
  sources: ["kaplan2020"],
  constants: () => [kaplan2020, kaplan2020Allocation, kaplan2020StatedCrossover],
  columns: [
    { key: "series", label: "Data exponent" },
    { key: "alphaC", label: "α_C", format: { kind: "fixed", digits: 4 } },
    { key: "computePfDays", label: "C_min* (PF-days)", format: sci2 },
    { key: "loss", label: "L* (nats/token)", format: { kind: "fixed", digits: 3 } },
  ],
  compute: (p) => {
    const rows: R[] = [];
    const variants: [string, number][] = [
      [`D ∝ C^${p.tokensExponent.toFixed(2)} (yours)`, p.tokensExponent],
      [`D ∝ C^${TOKENS_EXPONENT_SECTION_1_2.toFixed(2)} (§1.2)`, TOKENS_EXPONENT_SECTION_1_2],
    ];
    for (const [series, tokensExponent] of variants) {
      for (const alphaC of linearGrid(0.045, 0.07, 51)) {
        const c = kaplanCrossover(crossoverConstants(p, { alphaC, tokensExponent }));
        rows.push({ series, kind: "curve", alphaC, computePfDays: c.computePfDays, loss: c.loss });
      }
    }
    for (const alphaC of [kaplan2020.alphaC, ALPHA_C_APPENDIX_B, ALPHA_C_SECTION_6_2]) {
      const c = kaplanCrossover(crossoverConstants(p, { alphaC }));
      rows.push({ series: `printed α_C = ${alphaC.toFixed(3)}`, kind: "printed", alphaC, computePfDays: c.computePfDays, loss: c.loss });
    }
    const here = crossover(p);
    rows.push({ series: "your α_C", kind: "here", alphaC: p.alphaC, computePfDays: here.computePfDays, loss: here.loss });
    return rows;
  },
  plot: (rows) => {
    const curves = rows.filter((r) => r.kind === "curve");
    const names = [...new Set(curves.map((r) => r.series))];
    const mid = (name: string) => curves.filter((r) => r.series === name)[30]!;
    const s = kaplan2020StatedCrossover.computePfDays;
    const yDomain = paddedDomain([...curves.map((r) => r.computePfDays), s / 10, s * 10]);
    return {
      marginRight: 16,
      x: { label: "α_C, compute exponent of L(C_min) →", domain: [0.045, 0.07] },
      y: {
        type: "log",
        label: "↑ Crossover C_min* (PF-days)",
        grid: true,
        domain: yDomain,
        ticks: decades(...yDomain),
        tickFormat: (d: number) => logTicks(d),
      },
      color: { domain: names, range: [SERIES[0], SERIES[2]] },
      marks: [
        Plot.rectY([{ y1: s / 10, y2: s * 10 }], { y1: "y1", y2: "y2", fill: BAND }),
        Plot.ruleY([s], { stroke: MUTED, strokeDasharray: "3,3" }),
        Plot.text([{ y: s, label: "stated C* ~ 10⁴ PF-days" }], {
          y: "y",
          frameAnchor: "left",
          text: "label",
          textAnchor: "start",
          dx: 4,
          dy: -7,
          fill: MUTED,
        }),
        Plot.line(curves, { x: "alphaC", y: "computePfDays", stroke: "series", strokeWidth: 2 }),
        Plot.text([mid(names[0]!)], { x: "alphaC", y: "computePfDays", text: "series", fill: "series", textAnchor: "end", dx: -6, dy: 12 }),
        Plot.text([mid(names[1]!)], { x: "alphaC", y: "computePfDays", text: "series", fill: "series", textAnchor: "start", dx: 6, dy: -10 }),
        Plot.dot(
          rows.filter((r) => r.kind === "printed"),
          { x: "alphaC", y: "computePfDays", stroke: FG, fill: PLOT_BG, r: 4, strokeWidth: 1.5 },
        ),
        Plot.dot(
          rows.filter((r) => r.kind === "here"),
          { x: "alphaC", y: "computePfDays", fill: SERIES[0], r: 5 },
        ),
      ],
    };
  },
  describe: (rows, p) => {
    const printed = rows.filter((r) => r.kind === "printed").map((r) => `α_C = ${r.alphaC.toFixed(3)} gives ${formatNumber(r.computePfDays, pfDays)} PF-days`);
    const curve = rows.filter((r) => r.kind === "curve" && r.series.endsWith("(yours)"));
    const first = curve[0]!;
    const last = curve.at(-1)!;
    return `The crossover compute falls steeply as α_C rises: from ${formatNumber(first.computePfDays, sci2)} PF-days at α_C = ${first.alphaC.toFixed(3)} to ${formatNumber(last.computePfDays, sci2)} at ${last.alphaC.toFixed(3)} (data exponent ${p.tokensExponent.toFixed(2)}). With the paper's printed exponents: ${printed.join("; ")}. The stated C* is 10⁴ PF-days, ±10×. ${rows.length} points in the table.`;
  },
});
