/** Figure chinchilla/embedding-exponent: Counting non-embedding parameters tilts the small-scale exponent (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { chinchillaAllocationExponents, hoffmann2022, kaplan2020Allocation, pfDaysToFlops } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { BAND, MUTED, SERIES, SHADE, decades } from "../figure.ts";
import { KAPLAN_ALLOCATION_RANGE_PF_DAYS } from "../kaplan-ranges.ts";
import { logGrid } from "../numeric.ts";
import {
  CHINCHILLA_ISOFLOP_RANGE,
  embeddingCoefficient,
  apparentExponent,
  apparentExponentOverRange,
  sci2,
  exponent2,
  exponent3,
  superscriptTen,
} from "./shared.ts";
import type { P } from "./shared.ts";

/** The local allocation exponent at one compute, counting non-embedding or all parameters. */
type R = { series: "non-embedding N and C" | "all parameters"; flops: number; exponent: number };

export default defineFigure<P, R>({
  title: "Counting non-embedding parameters tilts the small-scale exponent",
  caption: (p) =>
    `The local exponent d ln N*/d ln C that an analyst would measure if the true loss were Chinchilla's (printed constants) in all parameters, but they counted non-embedding parameters and compute, with embeddings N_E = k·N^(1/3) (${formatNumber(p.embeddingShare, { kind: "percent", digits: 2 })} of a GPT-2-small-sized model). Shaded: Kaplan's and Chinchilla's compute ranges. Our simplification, not Pearce & Song's exact model.`,
  uses: ["embeddingShare", "studyFlops"],
  formula: String.raw`N^* = \arg\min_N \hat L\!\left(N + kN^{1/3},\ \frac{C_E}{6N}\right)`,
  sources: ["pearce2024", "hoffmann2022", "kaplan2020"],
  constants: () => [hoffmann2022, kaplan2020Allocation],
  columns: [
    { key: "series", label: "Counting" },
    { key: "flops", label: "Compute (FLOPs)", format: sci2 },
    { key: "exponent", label: "Local exponent", format: exponent3 },
  ],
  compute: (p) => {
    const k = embeddingCoefficient(p.embeddingShare);
    const a = chinchillaAllocationExponents(hoffmann2022).a;
    return logGrid(1e13, 1e25, 37).flatMap((c) => [
      { series: "non-embedding N and C", flops: c, exponent: apparentExponent(c, k) },
      { series: "all parameters", flops: c, exponent: a },
    ]);
  },
  plot: (rows, p) => {
    const k = embeddingCoefficient(p.embeddingShare);
    const kaplanLo = pfDaysToFlops(KAPLAN_ALLOCATION_RANGE_PF_DAYS[0]);
    const kaplanHi = pfDaysToFlops(KAPLAN_ALLOCATION_RANGE_PF_DAYS[1]);
    const kaplanA = kaplan2020Allocation.paramsExponent;
    return {
      marginRight: 16,
      x: {
        type: "log",
        label: "Compute counted by the analyst (FLOPs) →",
        ticks: decades(1e13, 1e25),
        tickFormat: (d: number) => (Math.round(Math.log10(d)) % 2 === 1 ? superscriptTen(d) : ""),
      },
      y: { label: "↑ Apparent allocation exponent a", grid: true, domain: [0.4, 1] },
      color: { domain: ["non-embedding N and C", "all parameters"], range: [SERIES[1], SERIES[0]] },
      marks: [
        Plot.rectX([{ x1: kaplanLo, x2: kaplanHi }], { x1: "x1", x2: "x2", fill: SHADE }),
        Plot.rectX([{ x1: CHINCHILLA_ISOFLOP_RANGE[0], x2: CHINCHILLA_ISOFLOP_RANGE[1] }], { x1: "x1", x2: "x2", fill: BAND }),
        Plot.text([{ x: Math.sqrt(kaplanLo * kaplanHi), label: "Kaplan's runs" }], { x: "x", frameAnchor: "top", text: "label", dy: 8, fill: MUTED }),
        Plot.text([{ x: Math.sqrt(CHINCHILLA_ISOFLOP_RANGE[0] * CHINCHILLA_ISOFLOP_RANGE[1]), label: "Chinchilla's" }], {
          x: "x",
          frameAnchor: "top",
          text: "label",
          dy: 8,
          fill: MUTED,
        }),
        Plot.ruleY([kaplanA], { stroke: SERIES[1], strokeDasharray: "2,3" }),
        Plot.text([{ y: kaplanA, label: `Kaplan's ${kaplanA}` }], {
          y: "y",
          frameAnchor: "right",
          text: "label",
          textAnchor: "end",
          dy: -7,
          fill: SERIES[1],
        }),
        Plot.line(rows, { x: "flops", y: "exponent", stroke: "series", strokeWidth: 2 }),
        Plot.text([rows.filter((r) => r.series === "all parameters").at(-1)!], {
          x: "flops",
          y: "exponent",
          text: "series",
          textAnchor: "end",
          dy: 14,
          fill: SERIES[0],
        }),
        Plot.text([rows.filter((r) => r.series !== "all parameters")[20]!], {
          x: "flops",
          y: "exponent",
          text: "series",
          textAnchor: "start",
          dx: 6,
          dy: -10,
          fill: SERIES[1],
        }),
        Plot.dot([{ x: p.studyFlops, y: apparentExponent(p.studyFlops, k) }], { x: "x", y: "y", fill: SERIES[1], r: 4.5 }),
      ],
    };
  },
  describe: (rows, p) => {
    const k = embeddingCoefficient(p.embeddingShare);
    const ne = rows.filter((r) => r.series !== "all parameters");
    const peak = ne.reduce((a, b) => (b.exponent > a.exponent ? b : a));
    return `The exponent an analyst counting non-embedding parameters would measure is ${formatNumber(ne[0]!.exponent, exponent2)} at 10¹³ FLOPs, peaks at ${formatNumber(peak.exponent, exponent2)} near ${superscriptTen(peak.flops)} FLOPs, and falls to ${formatNumber(ne.at(-1)!.exponent, exponent2)} at 10²⁵, approaching the all-parameter value ${chinchillaAllocationExponents(hoffmann2022).a.toFixed(3)}. At the study compute ${superscriptTen(p.studyFlops)} FLOPs it is ${formatNumber(apparentExponent(p.studyFlops, k), exponent2)}; a power law fitted over Kaplan's range gives ${formatNumber(apparentExponentOverRange(k), exponent2)}. ${rows.length} points in the table.`;
  },
});
