/**
 * Figure transfer/text-vs-code: the effective-data multiplier (D_F + D_T)/D_F against fine-tuning data
 * for Table 1's two rows, with the paper's Figure 1 read-off.
 */
import * as Plot from "@observablehq/plot";
import { transferMultiplier, type TransferPreset } from "../../laws/index.ts";
import { defineFigure } from "../define.ts";
import { FG, SERIES, decadeTicks, factorTick, snapLogDomain } from "../figure.ts";
import { endLabelText, endLabels } from "../labels.ts";
import { logGrid } from "../numeric.ts";
import { text, mix, hernandez2021Figure1, count, multiple, fmt, ticks, hernandez2021Figure1Point } from "./shared.ts";
import type { P } from "./shared.ts";

/** One point of one line: the effective-data multiplier at one fine-tuning data size, for one row of Table 1. */
type R = { series: string; fineTuneData: number; multiplier: number };

export default defineFigure<P, R>({
  title: "What pre-training on code buys: the multiplier",
  caption: (p) =>
    `The effective-data multiplier (D_F + D_T)/D_F for a ${fmt(p.nonEmbeddingParams, count)} model from the two rows of Table 1, against fine-tuning data. The ring marks the paper's Figure 1 example (a 40M model, 3e5 characters, about 1000×), probably read off measured curves rather than computed from either fit; the filled dots are the fits at the reader's fine-tuning data.`,
  uses: ["nonEmbeddingParams", "fineTuneData"],
  formula: String.raw`\frac{D_F + D_T}{D_F} = 1 + k\,D_F^{\alpha-1}N^{\beta}`,
  sources: ["hernandez2021"],
  constants: () => [text, mix],
  columns: [
    { key: "series", label: "Pre-training" },
    { key: "fineTuneData", label: "Fine-tuning data D_F (characters)", format: count },
    { key: "multiplier", label: "Multiplier (D_F + D_T)/D_F", format: multiple },
  ],
  compute: (p) =>
    (
      [
        ["text → Python", text],
        ["text + code → Python", mix],
      ] as const
    ).flatMap(([label, q]) =>
      logGrid(1e3, 1e9, 25).map((d) => ({
        series: label,
        fineTuneData: d,
        multiplier: transferMultiplier({ fineTuneData: d, nonEmbeddingParams: p.nonEmbeddingParams }, q),
      })),
    ),
  plot: (rows, p) => {
    const series = ["text → Python", "text + code → Python"];
    const ys = rows.map((r) => r.multiplier);
    const domain: [number, number] = [1, snapLogDomain(1, Math.max(...ys, hernandez2021Figure1.readOffMultiple) * 1.5)[1]];
    const ends = endLabels(rows, "series", "fineTuneData", "multiplier", domain, series);
    const here = (
      [
        ["text → Python", text],
        ["text + code → Python", mix],
      ] as const
    ).map(([s, q]) => ({
      series: s,
      x: p.fineTuneData,
      y: transferMultiplier({ fineTuneData: p.fineTuneData, nonEmbeddingParams: p.nonEmbeddingParams }, q),
    }));
    const paper = { x: hernandez2021Figure1.fineTuneData, y: hernandez2021Figure1.readOffMultiple, label: "Fig. 1 read-off (40M)" };
    return {
      marginRight: 128,
      x: { type: "log", label: "Fine-tuning data D_F (characters) →", domain: [1e3, 1e9], tickFormat: ticks },
      y: { type: "log", label: "↑ Effective-data multiplier (D_F + D_T)/D_F", domain, grid: true, ticks: decadeTicks(domain), tickFormat: factorTick },
      color: { domain: series, range: [SERIES[1], SERIES[2]] },
      marks: [
        Plot.line(rows, { x: "fineTuneData", y: "multiplier", stroke: "series", strokeWidth: 2 }),
        endLabelText(ends, { fontSize: 11 }),
        Plot.dot(here, { x: "x", y: "y", fill: "series", r: 4 }),
        Plot.dot([paper], { x: "x", y: "y", stroke: FG, strokeWidth: 1.5, r: 6 }),
        Plot.text([paper], { x: "x", y: "y", text: "label", dx: 10, textAnchor: "start", fill: FG, fontSize: 11 }),
      ],
    };
  },
  describe: (rows, p) => {
    const at = (q: TransferPreset) => fmt(transferMultiplier({ fineTuneData: p.fineTuneData, nonEmbeddingParams: p.nonEmbeddingParams }, q), multiple);
    return `Two falling curves on log-log axes. For a ${fmt(p.nonEmbeddingParams, count)} model at ${fmt(p.fineTuneData, count)} characters of fine-tuning data the multiplier is ${at(text)} after pre-training on text and ${at(mix)} after text + code. The text + code curve starts higher and falls faster (α = ${fmt(mix.alpha, { kind: "sig", digits: 2 })} against ${fmt(text.alpha, { kind: "sig", digits: 2 })}). The paper's read-off example is ${fmt(hernandez2021Figure1.readOffMultiple, { kind: "multiple", digits: 1 })} at 40M and 300k characters; the text → Python fit gives ${fmt(transferMultiplier(hernandez2021Figure1Point(), text), multiple)} there. ${rows.length} points in the table.`;
  },
});
