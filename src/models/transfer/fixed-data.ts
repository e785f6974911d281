/**
 * Figure transfer/fixed-data: effective data against model size at the reader's fixed fine-tuning
 * data, from scratch (flat at D_F) and pre-trained on text or text + code (D_F + D_T, eq 1.1).
 */
import * as Plot from "@observablehq/plot";
import type { TransferPreset } from "../../laws/index.ts";
import { defineFigure } from "../define.ts";
import { MUTED, SERIES, decadeTicks } from "../figure.ts";
import { endLabelText, endLabels } from "../labels.ts";
import { logGrid } from "../numeric.ts";
import { text, mix, count, multiple, fmt, effectiveAt, SIZE_RANGE, ticks } from "./shared.ts";
import type { P } from "./shared.ts";

/** Its y axis: every D_F in the fine-tuning-data range and every size above (10³ to ~6·10¹⁰ characters). */
const EFFECTIVE_DOMAIN: [number, number] = [1e2, 1e12];

/** One point of one line: effective data of a model of one size, from scratch or pre-trained. */
type R = { series: string; nonEmbeddingParams: number; effectiveData: number };

export default defineFigure<P, R>({
  title: "At fixed fine-tuning data, only the pre-trained model keeps gaining with size",
  caption: (p) =>
    `Effective data against model size at a fixed ${fmt(p.fineTuneData, count)} characters of Python. Trained from scratch, a model of any size has exactly D_F: once it is large enough to be data-limited, a larger one learns no more. Pre-trained, it has D_F + D_T, and D_T grows as N^β (eq 1.1, both rows of Table 1). The dots mark the reader's model size. The law gives effective data, not loss; it was fitted in the low-data regime.`,
  uses: ["fineTuneData", "nonEmbeddingParams"],
  formula: String.raw`D_\text{eff} = D_F\ \text{(from scratch)},\quad D_\text{eff} = D_F + k\,D_F^{\alpha}N^{\beta}\ \text{(pre-trained)}`,
  sources: ["hernandez2021"],
  constants: () => [text, mix],
  columns: [
    { key: "series", label: "Training" },
    { key: "nonEmbeddingParams", label: "Model size N (non-embedding parameters)", format: count },
    { key: "effectiveData", label: "Effective data (characters of Python)", format: count },
  ],
  compute: (p) => {
    const rows: R[] = [];
    for (const n of logGrid(SIZE_RANGE[0], SIZE_RANGE[1], 25)) rows.push({ series: "from scratch", nonEmbeddingParams: n, effectiveData: p.fineTuneData });
    for (const [label, q] of [
      ["pre-trained on text", text],
      ["pre-trained on text + code", mix],
    ] as const) {
      for (const n of logGrid(SIZE_RANGE[0], SIZE_RANGE[1], 25))
        rows.push({ series: label, nonEmbeddingParams: n, effectiveData: effectiveAt(p.fineTuneData, n, q) });
    }
    return rows;
  },
  plot: (rows, p) => {
    const series = ["from scratch", "pre-trained on text", "pre-trained on text + code"];
    const ends = endLabels(rows, "series", "nonEmbeddingParams", "effectiveData", EFFECTIVE_DOMAIN, series);
    const here = [
      { x: p.nonEmbeddingParams, y: p.fineTuneData, series: "from scratch" },
      { x: p.nonEmbeddingParams, y: effectiveAt(p.fineTuneData, p.nonEmbeddingParams, text), series: "pre-trained on text" },
    ];
    return {
      marginRight: 172,
      x: {
        type: "log",
        label: "Model size N (non-embedding parameters) →",
        domain: [...SIZE_RANGE],
        tickFormat: (d: number) => (Math.round(Math.log10(d)) % 2 === 0 && Math.abs(Math.log10(d) % 1) < 1e-9 ? ticks(d) : ""),
      },
      y: {
        type: "log",
        label: "↑ Effective data (characters of Python)",
        domain: EFFECTIVE_DOMAIN,
        grid: true,
        ticks: decadeTicks(EFFECTIVE_DOMAIN),
        tickFormat: ticks,
      },
      color: { domain: series, range: [MUTED, SERIES[1], SERIES[2]] },
      marks: [
        Plot.ruleX([p.nonEmbeddingParams], { stroke: MUTED, strokeOpacity: 0.5 }),
        Plot.line(
          rows.filter((r) => r.series === "from scratch"),
          { x: "nonEmbeddingParams", y: "effectiveData", stroke: "series", strokeWidth: 2, strokeDasharray: "5,4" },
        ),
        Plot.line(
          rows.filter((r) => r.series !== "from scratch"),
          { x: "nonEmbeddingParams", y: "effectiveData", stroke: "series", strokeWidth: 2 },
        ),
        Plot.dot(here, { x: "x", y: "y", fill: "series", r: 4 }),
        endLabelText(ends, { fontSize: 11 }),
      ],
    };
  },
  describe: (rows, p) => {
    const at = (n: number, q: TransferPreset) => fmt(effectiveAt(p.fineTuneData, n, q), count);
    return `A flat dashed line for from-scratch training at ${fmt(p.fineTuneData, count)} characters, and two rising straight lines on log-log axes (slope ${fmt(text.beta, { kind: "sig", digits: 2 })} where D_T dominates) for pre-trained models. From ${fmt(SIZE_RANGE[0], count)} to ${fmt(SIZE_RANGE[1], count)} non-embedding parameters, text pre-training takes effective data from ${at(SIZE_RANGE[0], text)} to ${at(SIZE_RANGE[1], text)} characters and text + code from ${at(SIZE_RANGE[0], mix)} to ${at(SIZE_RANGE[1], mix)}; from scratch it stays at ${fmt(p.fineTuneData, count)}. At the reader's ${fmt(p.nonEmbeddingParams, count)} model, a 10× larger pre-trained model has ${fmt(effectiveAt(p.fineTuneData, p.nonEmbeddingParams * 10, text) / effectiveAt(p.fineTuneData, p.nonEmbeddingParams, text), multiple)} the effective data (text). ${rows.length} points in the table.`;
  },
});
